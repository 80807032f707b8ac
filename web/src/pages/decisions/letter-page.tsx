import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDecision, type DecisionView } from '../../api/decisions';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';

type Level = 'basic' | 'ambulant' | 'day_treatment' | 'residential' | 'crisis' | 'protection' | 'generic';

/** The decision letter (beschikking): plain Dutch (B1) or English, printable from the browser. */
export function DecisionLetterPage() {
  const { decisionId = '' } = useParams();
  const decision = useDecision(decisionId);
  return <QueryView query={decision}>{(d) => <Letter decision={d} />}</QueryView>;
}

function Letter({ decision: d }: { decision: DecisionView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const day = (iso: string) => format.longDate(`${iso}T12:00:00Z`);
  const current = d.allocations.filter((a) => a.status !== 'withdrawn');
  return (
    <article className="kt-letter" data-testid="decision-letter">
      <PageHeading>{t('decisions.letter.title', { reference: d.reference })}</PageHeading>
      <Paragraph>
        {d.municipalityName}, {format.longDate(d.decidedAt)}
      </Paragraph>
      <Paragraph>{t('decisions.letter.greeting', { name: d.youthGivenName })}</Paragraph>
      <Paragraph>
        {d.outcome === 'granted'
          ? t('decisions.letter.granted', { name: d.youthGivenName })
          : t('decisions.letter.rejected', { name: d.youthGivenName })}
      </Paragraph>
      {d.outcome === 'granted' ? (
        <>
          <Heading2>{t('decisions.letter.whichHelp')}</Heading2>
          <ul>
            {current.map((a) => (
              <li key={a.id}>
                {t('decisions.letter.help', {
                  help: a.productName ?? t(`decisions.levels.${(a.levelOfHelp ?? 'generic') as Level}`),
                  provider: a.providerName,
                  from: day(a.startsOn),
                  until: day(a.endsOn),
                })}
                {a.volume !== null && a.frequency
                  ? ` ${t('decisions.letter.volume', { volume: a.volume, unit: t(`decisions.units.${a.unit ?? '04'}`, { defaultValue: a.unit ?? '' }), frequency: t(`decisions.frequencies.${a.frequency}`, { defaultValue: '' }) })}`
                  : ''}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{t(`decisions.rejections.${d.rejectionReason ?? '7'}`, { defaultValue: '' })}</Paragraph>
      )}
      <Heading2>{t('decisions.letter.why')}</Heading2>
      <Paragraph>{d.motivation}</Paragraph>
      <Heading2>{t('decisions.letter.objectTitle')}</Heading2>
      <Paragraph>
        {t('decisions.letter.object', {
          municipality: d.municipalityName,
          until: format.longDate(addWeeks(d.decidedAt, 6)),
        })}
      </Paragraph>
      <Paragraph>{t('decisions.letter.signed', { name: d.decidedBy, municipality: d.municipalityName })}</Paragraph>
      <Button type="button" appearance="secondary-action-button" className="kt-no-print" onClick={() => window.print()}>
        {t('decisions.letter.print')}
      </Button>
    </article>
  );
}

function addWeeks(iso: string, weeks: number): string {
  return new Date(new Date(iso).getTime() + weeks * 7 * 86_400_000).toISOString();
}
