import { Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePlan, usePlanVersion, type PlanVersion } from '../../api/plans';
import { AppLink } from '../../components/app-link';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { formatFor } from '../../i18n/format';
import { versionParam } from './plan-version-page';
import './plans.css';

/**
 * The plan for the family, in plain language (B1) with a print stylesheet: the current version,
 * or the one named in the route. It is always in Dutch, whatever language the professional
 * reads the app in, because it is written for the family.
 */
export function PlanPrintPage() {
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT('nl'), [i18n]);
  const { familyId = '', version: raw } = useParams();
  const version = raw === undefined ? null : versionParam(raw);
  const plan = usePlan(familyId);
  const named = usePlanVersion(familyId, version);
  const back = raw === undefined ? `/families/${familyId}/plan` : `/families/${familyId}/plan/versions/${raw}`;
  const body = () => {
    if (raw !== undefined && version === null)
      return <Paragraph role="alert">{t('plans.versionPage.invalid')}</Paragraph>;
    if (plan.isError || named.isError) return <ProblemAlert error={named.error ?? plan.error} />;
    if (plan.isPending || (version !== null && named.isPending)) return <Loading />;
    const shown = version === null ? plan.data.current : (named.data ?? null);
    if (!shown) return <Paragraph>{t('plans.noPlan')}</Paragraph>;
    return <PrintedPlan reference={plan.data.familyReference} version={shown} back={back} />;
  };
  return (
    // lang="nl" also when the app is in English: screen readers and axe then read it as Dutch.
    <div className="kt-print" lang="nl">
      <PageHeading>{t('plans.print.title')}</PageHeading>
      {body()}
    </div>
  );
}

function PrintedPlan({ reference, version: v, back }: { reference: string; version: PlanVersion; back: string }) {
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT('nl'), [i18n]);
  const format = formatFor('nl');
  const c = v.content;
  const list = (items: string[]) =>
    items.length === 0 ? (
      <Paragraph>{t('plans.print.nothingYet')}</Paragraph>
    ) : (
      <UnorderedList>
        {items.map((s, i) => (
          <UnorderedListItem key={i}>{s}</UnorderedListItem>
        ))}
      </UnorderedList>
    );
  return (
    <>
      <div className="kt-no-print">
        <Paragraph>
          <AppLink to={back}>{t('plans.print.back')}</AppLink>
        </Paragraph>
        <Button appearance="primary-action-button" onClick={() => window.print()}>
          {t('plans.print.print')}
        </Button>
      </div>
      <Paragraph>{t('plans.print.intro', { reference, version: v.version, date: format.date(v.createdAt) })}</Paragraph>
      <Heading2>{t('plans.print.strengths')}</Heading2>
      {list(c.strengths.map((s) => s.text))}
      <Heading2>{t('plans.print.concerns')}</Heading2>
      {list(c.concerns.map((x) => (x.priority === 1 ? `${x.text} ${t('plans.print.first')}` : x.text)))}
      <Heading2>{t('plans.print.goals')}</Heading2>
      {list(
        c.goals.map(
          (g) =>
            `${g.what}${g.byWhen ? `. ${t('plans.print.before', { date: format.date(g.byWhen) })}` : ''}${g.howWeKnow ? `. ${t('plans.print.weKnow', { how: g.howWeKnow })}` : ''}`,
        ),
      )}
      <Heading2>{t('plans.print.actions')}</Heading2>
      {list(
        c.actions
          .filter((a) => a.status !== 'cancelled')
          .map(
            (a) =>
              `${t('plans.print.who', { name: a.owner.name })}: ${a.what}${a.due ? `. ${t('plans.print.before', { date: format.date(a.due) })}` : ''}${a.status === 'done' ? ` (${t('plans.print.done')})` : ''}`,
          ),
      )}
      {c.safetyAgreements.length > 0 ? (
        <>
          <Heading2>{t('plans.print.safety')}</Heading2>
          {list(c.safetyAgreements.map((s) => s.text))}
        </>
      ) : null}
      <Heading2>{t('plans.print.reviews')}</Heading2>
      {list(c.reviews.map((r) => format.date(r.date)))}
      <Heading2>{t('plans.print.agreement')}</Heading2>
      <Paragraph>
        {v.signOffs.length > 0
          ? v.signOffs
              .map((s) => t('plans.print.agreedBy', { name: s.signedByName, date: format.date(s.signedOn) }))
              .join(' ')
          : t('plans.print.notAgreed')}
      </Paragraph>
    </>
  );
}
