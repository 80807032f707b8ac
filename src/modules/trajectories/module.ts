// The trajectories module's manifest, its one entry into the app (listed in src/modules/index.ts).
// Trajectories: opening, status, team and regisseur, reopening.
import type { ErrorTexts } from '../../platform/http/messages.js';
import { defineModule } from '../../platform/module.js';
import { trajectoryRoutes } from './routes.js';
import { teamCaseloadPolicy, caseloadPolicy, trajectoryReopeningPolicy } from './policy.js';

/** Dutch and English texts of the codes this module throws; their keys become valid `ErrorCode`s. */
export const TRAJECTORIES_ERRORS = {
  trajectory_not_found: { nl: 'Dit traject bestaat niet.', en: 'No such trajectory.' },
  trajectory_still_open: {
    nl: 'Dit gezin heeft nog een open traject. Sluit dat eerst af voordat je een nieuw traject opent.',
    en: 'This family still has an open trajectory. Close it before opening a new one.',
  },
  not_team_member: {
    nl: 'Deze collega is geen actief lid van het team.',
    en: 'This colleague is not an active member of the team.',
  },
  status_not_allowed: { nl: 'Deze statusovergang is niet toegestaan.', en: 'This status change is not allowed.' },
  already_regisseur: { nl: 'Deze collega is al de regisseur.', en: 'This colleague is already the regisseur.' },
} as const satisfies ErrorTexts;

declare module '../../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof TRAJECTORIES_ERRORS, true> {}
}

export const trajectoriesModule = defineModule({
  name: 'trajectories',
  routes: trajectoryRoutes,
  // a trajectory's need-to-know is its family's
  subjectParams: [
    {
      param: 'trajectoryId',
      subject: 'family',
      resolve: async (trx, id) =>
        (await trx.selectFrom('trajectory').select('family_id').where('id', '=', id).executeTakeFirst())?.family_id ??
        null,
    },
  ],
  policies: [teamCaseloadPolicy, caseloadPolicy, trajectoryReopeningPolicy],
  errors: TRAJECTORIES_ERRORS,
});
