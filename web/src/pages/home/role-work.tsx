import { Heading2, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useOpenBreakGlassAccesses } from '../../api/audit';
import type { Me } from '../../api/types';
import { AppLink } from '../../components/app-link';
import { hasRole } from '../../components/roles';
import { ProviderWork } from '../provider/provider-work';

type WorkKey = `home.work.${string}` | `home.links.${string}`;
interface WorkLink {
  to: string;
  label: WorkKey;
}

/** The work each role does here, as links to where it is done; every role but the family's gets at least one. */
function workLinks(user: Me): WorkLink[] {
  const links: WorkLink[] = [];
  const add = (to: string, label: WorkKey) => {
    if (!links.some((link) => link.to === to)) links.push({ to, label });
  };
  if (hasRole(user, 'professional') || hasRole(user, 'team_lead')) {
    add('/families/new', 'home.work.registerFamily');
    add('/signals/queue', 'home.work.signalQueue');
    add('/involvement', 'home.work.involvement');
  }
  if (hasRole(user, 'team_lead')) add('/insights/patterns', 'home.work.patterns');
  if (hasRole(user, 'consultant')) {
    add('/decisions', 'home.work.decisionQueue');
    add('/families', 'home.work.consultantFamilies');
  }
  if (hasRole(user, 'contract_manager')) {
    add('/contracts', 'home.work.contracts');
    add('/budgets', 'home.work.budgets');
  }
  if (hasRole(user, 'coordinator')) {
    add('/buurtgezinnen/aanvragen', 'home.work.supportRequests');
    add('/buurtgezinnen/voorstel', 'home.work.supportProposal');
    add('/buurtgezinnen/herinneringen', 'home.work.supportReminders');
  }
  if (hasRole(user, 'signaller')) {
    add('/signals/submit', 'home.work.submitSignal');
    add('/involvement', 'home.work.involvement');
  }
  if (hasRole(user, 'policy')) {
    add('/insights/patterns', 'home.work.ownPatterns');
    add('/buurtgezinnen-cijfers', 'home.work.supportFigures');
  }
  if (hasRole(user, 'privacy_officer')) add('/audit', 'home.work.audit');
  if (hasRole(user, 'provider')) {
    add('/provider/allocations', 'home.work.providerAllocations');
    add('/provider/messages', 'home.work.providerMessages');
    add('/provider/claims', 'home.work.providerClaims');
  }
  if (hasRole(user, 'admin')) {
    add('/approvals', 'home.work.approvals');
    add('/admin/users', 'home.links.users');
    add('/admin/teams', 'home.links.teams');
    add('/admin/organisations', 'home.links.organisations');
  }
  return links;
}

/** "Jouw werk": what this role does here, first on the start page. */
export function RoleWork({ user }: { user: Me }) {
  const { t } = useTranslation();
  const links = workLinks(user);
  if (links.length === 0) return null;
  return (
    <section className="kt-section" aria-labelledby="role-work" data-testid="start-work">
      <Heading2 id="role-work">{t('home.work.heading')}</Heading2>
      {hasRole(user, 'privacy_officer') ? <OpenReviews /> : null}
      {hasRole(user, 'consultant') ? <Paragraph>{t('home.work.consultantNote')}</Paragraph> : null}
      {hasRole(user, 'provider') ? <ProviderWork /> : null}
      <LinkList>
        {links.map((link) => (
          <li key={link.to} className="utrecht-link-list__item">
            <AppLink to={link.to} className="utrecht-link-list__link">
              {t(link.label as never)}
            </AppLink>
          </li>
        ))}
      </LinkList>
    </section>
  );
}

function OpenReviews() {
  const { t } = useTranslation();
  const open = useOpenBreakGlassAccesses();
  if (!open.data) return null;
  const count = open.data.items.length;
  return (
    <Paragraph data-testid="open-reviews">
      {count === 0 ? t('home.work.noReviews') : <AppLink to="/audit">{t('home.work.reviews', { count })}</AppLink>}
    </Paragraph>
  );
}

/** The family's start: the portal, their rights, messages and login, in their own words. */
export function FamilyStart() {
  const { t } = useTranslation();
  return (
    <section className="kt-section" aria-labelledby="family-start" data-testid="start-work">
      <Heading2 id="family-start">{t('home.family.heading')}</Heading2>
      <Paragraph>{t('home.family.intro')}</Paragraph>
      <LinkList>
        <li className="utrecht-link-list__item">
          <AppLink to="/mijn" className="utrecht-link-list__link">
            {t('portal.nav.main')}
          </AppLink>
        </li>
        <li className="utrecht-link-list__item">
          <AppLink to="/mijn/verklaring" className="utrecht-link-list__link">
            {t('home.family.rights')}
          </AppLink>
        </li>
        <li className="utrecht-link-list__item">
          <AppLink to="/inbox" className="utrecht-link-list__link">
            {t('home.family.inbox')}
          </AppLink>
        </li>
        <li className="utrecht-link-list__item">
          <AppLink to="/profile" className="utrecht-link-list__link">
            {t('home.family.profile')}
          </AppLink>
        </li>
      </LinkList>
    </section>
  );
}
