import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MyTeam, OrganisationRef } from '../../api/types';

export function OrganisationCard({ organisation }: { organisation: OrganisationRef }) {
  const { t } = useTranslation();
  return (
    <article className="kt-card" data-testid="home-organisation-card">
      <Paragraph className="kt-card__kicker">{t('home.homeOrganisation')}</Paragraph>
      <Heading3>{organisation.name}</Heading3>
      <Paragraph>{t(`organisationTypes.${organisation.type}`)}</Paragraph>
    </article>
  );
}

export function TeamCard({ team }: { team: MyTeam }) {
  const { t } = useTranslation();
  return (
    <article className="kt-card kt-card--team" data-testid="team-card">
      <Paragraph className="kt-card__kicker">{team.isLead ? t('home.teamAsLead') : t('home.teamAsMember')}</Paragraph>
      <Heading3>{team.name}</Heading3>
      <Paragraph>
        {t(`teamTypes.${team.type}`)} · {team.municipalityName}
      </Paragraph>
      <Paragraph>{t('home.teamCarriedBy', { organisation: team.organisationName })}</Paragraph>
    </article>
  );
}
