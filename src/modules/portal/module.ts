// The portal module's manifest, its one entry into the app (listed in src/modules/index.ts).
// The family's own Keukentafel: its plan, meetings, team, care and timeline as the law lets each
// household member see them (authority/), what the family does in its plan, and the shields.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { portalFamilyPolicy, shieldRegisterPolicy } from './policy.js';
import { portalRoutes } from './routes.js';

export const PORTAL_ERRORS = {
  portal_item_not_found: { nl: 'Dit onderdeel staat niet in uw plan.', en: 'This item is not in your plan.' },
  portal_not_your_action: {
    nl: 'Alleen wie de actie doet, kan haar afvinken.',
    en: 'Only the person doing the action can mark it done.',
  },
  portal_shield_not_allowed: {
    nl: 'Vanaf 16 jaar kunt u alleen uw eigen onderdelen afschermen.',
    en: 'From 16 you can shield only your own parts.',
  },
  portal_sign_off_not_allowed: {
    nl: 'Alleen een ouder met gezag of de jongere zelf (vanaf 12 jaar) stemt in met het hele plan.',
    en: 'Only a parent with authority or the young person (from 12) agrees to the whole plan.',
  },
  portal_trajectory_closed: {
    nl: 'De begeleiding is afgesloten: u kunt het plan nog lezen, niet meer wijzigen.',
    en: 'The support has ended: you can still read the plan, not change it.',
  },
  shield_review_in_past: {
    nl: 'Kies een herbeoordelingsdatum in de toekomst.',
    en: 'Choose a review date in the future.',
  },
  shield_item_not_found: { nl: 'Dit onderdeel bestaat niet bij dit gezin.', en: 'No such item in this family.' },
  shield_exists: { nl: 'Dit onderdeel is al afgeschermd.', en: 'This item is already shielded.' },
  shield_not_found: { nl: 'Deze afscherming bestaat niet (meer).', en: 'No such active shield.' },
  proposal_not_found: { nl: 'Dit voorstel bestaat niet.', en: 'No such proposal.' },
  proposal_answered: { nl: 'Dit voorstel is al beantwoord.', en: 'This proposal was answered already.' },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof PORTAL_ERRORS, true> {}
}

export const portalModule = defineModule({
  name: 'portal',
  routes: portalRoutes,
  subjectParams: [{ param: 'familyId', subject: 'portal_family', route: /^\/api\/portal\// }],
  policies: [portalFamilyPolicy, shieldRegisterPolicy],
  errors: PORTAL_ERRORS,
});
