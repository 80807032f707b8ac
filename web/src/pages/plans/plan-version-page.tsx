import {
  Alert,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePlan, usePlanVersion } from '../../api/plans';
import { AppLink } from '../../components/app-link';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { PlanSections } from './plan-sections';

/** Parses the :version route parameter; anything but a positive whole number is no version. */
export function versionParam(value: string | undefined): number | null {
  return value && /^[1-9][0-9]{0,6}$/.test(value) ? Number(value) : null;
}

/** One version of the plan in full, read-only: as it was, with who wrote it, when, and who agreed. */
export function PlanVersionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { familyId = '', version: raw } = useParams();
  const version = versionParam(raw);
  const plan = usePlan(familyId);
  const v = usePlanVersion(familyId, version);
  const title = t('plans.versionPage.title', { version: raw ?? '' });
  if (version === null)
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <Alert type="error" role="alert" className="kt-alert">
          <Paragraph>{t('plans.versionPage.invalid')}</Paragraph>
        </Alert>
      </>
    );
  if (v.isPending || plan.isPending) return <Loading />;
  if (v.isError || plan.isError)
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <ProblemAlert error={v.error ?? plan.error} />
      </>
    );
  const p = plan.data;
  const d = v.data;
  const currentVersion = p.current?.version ?? null;
  const base = `/families/${familyId}/plan`;
  return (
    <>
      <PageHeading>{t('plans.versionPage.titleWithRef', { reference: p.familyReference, version })}</PageHeading>
      <Paragraph>
        <AppLink to={base}>{t('plans.versionPage.back')}</AppLink>
        {' · '}
        <AppLink to={`${base}/versions/${version}/print`}>{t('plans.versionPage.print', { version })}</AppLink>
      </Paragraph>
      {currentVersion === version ? (
        <Paragraph data-testid="plan-version-state">{t('plans.versionPage.isCurrent')}</Paragraph>
      ) : (
        <Alert type="info" className="kt-alert" data-testid="plan-version-state">
          <Paragraph>
            {t('plans.versionPage.isOld', { current: currentVersion ?? 0 })}{' '}
            <AppLink to={base}>{t('plans.versionPage.toCurrent')}</AppLink>
          </Paragraph>
        </Alert>
      )}
      <section className="kt-section" aria-labelledby="plan-version-about">
        <Heading2 id="plan-version-about">{t('plans.versionPage.about')}</Heading2>
        <Paragraph data-testid="plan-version-meta">
          {t('plans.currentVersion', { version: d.version, author: d.author.name, date: format.dateTime(d.createdAt) })}
        </Paragraph>
        <Paragraph>
          {t('plans.change')}:{' '}
          {d.source === 'meeting' ? t('plans.fromMeeting') : (d.note ?? t('plans.versionPage.noNote'))}
        </Paragraph>
        <Heading3>{t('plans.versionPage.signOffs')}</Heading3>
        {d.signOffs.length === 0 ? (
          <Paragraph>{t('plans.versionPage.notSigned')}</Paragraph>
        ) : (
          <UnorderedList data-testid="plan-version-signoffs">
            {d.signOffs.map((s) => (
              <UnorderedListItem key={s.id}>
                {t('plans.signedOn', { name: s.signedByName, date: format.date(s.signedOn) })}
                {s.byPortalUser ? ` (${t('plans.versionPage.byPortal')})` : ''}
                {s.note ? ` — ${s.note}` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <PlanSections content={d.content} />
    </>
  );
}
