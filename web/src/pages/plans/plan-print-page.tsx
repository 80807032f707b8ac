import { Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePlan } from '../../api/plans';
import { AppLink } from '../../components/app-link';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import './plans.css';

/** The plan for the family, in plain language (B1), with a print stylesheet. */
export function PlanPrintPage() {
  const { t } = useTranslation();
  const { familyId = '' } = useParams();
  const plan = usePlan(familyId);
  const format = useFormat();
  return (
    <div className="kt-print">
      <PageHeading>{t('plans.print.title')}</PageHeading>
      <QueryView query={plan}>
        {(p) => {
          const c = p.current?.content;
          if (!p.current || !c) return <Paragraph>{t('plans.noPlan')}</Paragraph>;
          const signed = p.current.signOffs;
          const list = (items: string[]) => items.length === 0 ? <Paragraph>{t('plans.print.nothingYet')}</Paragraph> : <UnorderedList>{items.map((s, i) => <UnorderedListItem key={i}>{s}</UnorderedListItem>)}</UnorderedList>;
          return (
            <>
              <div className="kt-no-print">
                <Paragraph><AppLink to={`/families/${familyId}/plan`}>{t('plans.print.back')}</AppLink></Paragraph>
                <Button appearance="primary-action-button" onClick={() => window.print()}>{t('plans.print.print')}</Button>
              </div>
              <Paragraph>{t('plans.print.intro', { reference: p.familyReference, version: p.current.version, date: format.date(p.current.createdAt) })}</Paragraph>
              <Heading2>{t('plans.print.strengths')}</Heading2>
              {list(c.strengths.map((s) => s.text))}
              <Heading2>{t('plans.print.concerns')}</Heading2>
              {list(c.concerns.map((x) => (x.priority === 1 ? `${x.text} ${t('plans.print.first')}` : x.text)))}
              <Heading2>{t('plans.print.goals')}</Heading2>
              {list(c.goals.map((g) => `${g.what}${g.byWhen ? `. ${t('plans.print.before', { date: format.date(g.byWhen) })}` : ''}${g.howWeKnow ? `. ${t('plans.print.weKnow', { how: g.howWeKnow })}` : ''}`))}
              <Heading2>{t('plans.print.actions')}</Heading2>
              {list(c.actions.filter((a) => a.status !== 'cancelled').map((a) => `${t('plans.print.who', { name: a.owner.name })}: ${a.what}${a.due ? `. ${t('plans.print.before', { date: format.date(a.due) })}` : ''}${a.status === 'done' ? ` (${t('plans.print.done')})` : ''}`))}
              {c.safetyAgreements.length > 0 ? <><Heading2>{t('plans.print.safety')}</Heading2>{list(c.safetyAgreements.map((s) => s.text))}</> : null}
              <Heading2>{t('plans.print.reviews')}</Heading2>
              {list(c.reviews.map((r) => format.date(r.date)))}
              <Heading2>{t('plans.print.agreement')}</Heading2>
              <Paragraph>{signed.length > 0 ? signed.map((s) => t('plans.print.agreedBy', { name: s.signedByName, date: format.date(s.signedOn) })).join(' ') : t('plans.print.notAgreed')}</Paragraph>
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
