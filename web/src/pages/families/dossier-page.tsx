import './families.css';
import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDossier } from '../../api/families';
import { isApiError } from '../../api/problem';
import { AppLink } from '../../components/app-link';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { FamilyDecisionsSection } from '../decisions/family-decisions';
import { FamilyInvolvementSection } from '../involvement/family-involvement';
import { ConsentSection } from './dossier-consent';
import { DossierRefused } from './dossier-refused';
import { FormerMembersSection, MembersSection, NetworkSection } from './dossier-people';
import { StorySection } from './dossier-story';
import { TrajectorySection } from './dossier-trajectory';

/** The dossier: what a newly joined team member reads first (story, intake), then who, then the trajectory and consent. */
export function DossierPage() {
  const { t } = useTranslation();
  const { familyId = '' } = useParams();
  const dossier = useDossier(familyId);
  if (dossier.isError && isApiError(dossier.error, 'forbidden'))
    return <DossierRefused familyId={familyId} error={dossier.error} />;
  return (
    <QueryView query={dossier}>
      {(d) => (
        <>
          <PageHeading>{t('families.dossier.title', { reference: d.reference })}</PageHeading>
          {d.postcode ? (
            <Paragraph>
              {t('families.dossier.addressLine', {
                postcode: d.postcode,
                houseNumber: d.houseNumber ?? '',
                municipality: d.municipality.name,
              })}
              {d.neighbourhood ? ` (${d.neighbourhood.name})` : ''}
            </Paragraph>
          ) : null}
          {d.emergency ? (
            <Alert type="warning" className="kt-alert">
              <Paragraph>{t('families.dossier.emergency')}</Paragraph>
            </Alert>
          ) : null}
          {d.trajectory?.status === 'closed' ? (
            <Alert type="info" className="kt-alert">
              <Paragraph>{t('families.dossier.closedReadOnly')}</Paragraph>
            </Alert>
          ) : null}
          <nav aria-labelledby="dossier-links">
            <Heading2 id="dossier-links" className="kt-visually-hidden">
              {t('families.dossier.links')}
            </Heading2>
            <UnorderedList>
              <UnorderedListItem>
                <AppLink to={`/families/${d.id}/meetings`}>{t('families.dossier.meetings')}</AppLink>
              </UnorderedListItem>
              <UnorderedListItem>
                <AppLink to={`/families/${d.id}/plan`}>{t('families.dossier.plan')}</AppLink>
              </UnorderedListItem>
              <UnorderedListItem>
                <AppLink to={`/families/${d.id}/instruments`}>{t('instruments.title')}</AppLink>
              </UnorderedListItem>
              <UnorderedListItem>
                <AppLink to={`/families/${d.id}/timeline`}>{t('timeline.title')}</AppLink>
              </UnorderedListItem>
            </UnorderedList>
          </nav>
          <StorySection dossier={d} kind="story" />
          <StorySection dossier={d} kind="intake" />
          <MembersSection dossier={d} />
          <NetworkSection dossier={d} />
          <FormerMembersSection dossier={d} />
          <TrajectorySection dossier={d} />
          <ConsentSection dossier={d} />
          <FamilyDecisionsSection familyId={d.id} />
          {d.abilities.readInvolvement ? <FamilyInvolvementSection familyId={d.id} /> : null}
        </>
      )}
    </QueryView>
  );
}
