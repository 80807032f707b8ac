// The pieces every outcome page shares: a figure as text ("23 % (12 van 52)", or "—" when hidden), the
// table of indicators per group with its download, bars for one indicator with the same numbers in the
// table beside them, and what each figure means (CBS definition or local, cohort, preliminary or final).
import {
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorKey, OutcomeFigure, OutcomeReport } from '../../../api/outcomes';
import { BarChart } from '../../../components/charts/bar-chart';
import { DataTable } from '../../../components/data-table';
import { TableDownload } from '../../../components/table-download';
import { useFormat } from '../../../i18n/format';

export const ALL_INDICATORS: IndicatorKey[] = [
  'drop_out',
  'satisfaction',
  'managing_without_help',
  'no_new_start',
  'repeat_use',
  'goals_achieved',
  'problems_reduced',
  'specialised_referral',
  'time_to_help',
];

const EMPTY: OutcomeFigure = { cells: [], numerator: null, denominator: null, value: null };
/** A row's figure of one indicator (every indicator is always there; the type cannot say so). */
export const figureOf = (row: OutcomeReport['rows'][number], key: IndicatorKey): OutcomeFigure =>
  row.figures[key] ?? EMPTY;

/** An indicator's name; satisfaction names the informant when the figures are of one informant only. */
export function useIndicatorTitle() {
  const { t } = useTranslation();
  return (report: OutcomeReport, key: IndicatorKey): string =>
    key === 'satisfaction' && report.informant
      ? t(`outcomes.satisfactionOf.${report.informant}`)
      : t(`outcomes.indicators.${key}`);
}

export function useFigureText() {
  const { t } = useTranslation();
  const format = useFormat();
  const value = (report: OutcomeReport, key: IndicatorKey, f: OutcomeFigure): string => {
    if (f.value === null) return t('outcomes.hidden');
    const unit = report.definitions.find((d) => d.key === key)?.unit;
    if (unit === 'mark') return format.decimal(f.value, 1);
    if (unit === 'days') return t('outcomes.days', { n: format.integer(f.value) });
    return format.percent(f.value * 100);
  };
  const counts = (f: OutcomeFigure): string =>
    f.numerator === null || f.denominator === null
      ? t('outcomes.countsHidden')
      : t('outcomes.counts', { num: format.integer(f.numerator), den: format.integer(f.denominator) });
  const bar = (report: OutcomeReport, key: IndicatorKey, f: OutcomeFigure) => {
    if (f.value === null) return null;
    const unit = report.definitions.find((d) => d.key === key)?.unit;
    return unit === 'share' ? Math.round(f.value * 1000) / 10 : f.value;
  };
  return { value, counts, bar };
}

export function useGroupLabel() {
  const { t } = useTranslation();
  return (report: OutcomeReport, row: OutcomeReport['rows'][number]) => {
    switch (report.groupBy) {
      case 'none':
        return report.name;
      case 'entry_point':
        return row.key === 'unknown'
          ? t('outcomes.unknownEntry')
          : t(`families.entryPoints.${row.key}` as 'families.entryPoints.gp_ojg', { defaultValue: row.key });
      case 'level':
        return t(`outcomes.levels.${row.label}` as 'outcomes.levels.none', { defaultValue: row.label });
      case 'pilot':
        return row.key === 'pilot' ? t('outcomes.pilots.inPilot') : t('outcomes.pilots.others');
      default:
        return row.label;
    }
  };
}

/** The indicators per group as one table, with its download. */
export function IndicatorTable({
  report,
  indicators = ALL_INDICATORS,
  caption,
  busy = false,
  testId,
}: {
  report: OutcomeReport;
  indicators?: IndicatorKey[];
  caption: string;
  busy?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const text = useFigureText();
  const label = useGroupLabel();
  const title = useIndicatorTitle();
  return (
    <>
      <DataTable caption={caption} busy={busy} wide {...(testId ? { testId } : {})}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t(`outcomes.groupBy.${report.groupBy}`)}</TableHeaderCell>
            {indicators.map((k) => (
              <TableHeaderCell key={k} scope="col">
                {title(report, k)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {report.rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={indicators.length + 1}>{t('outcomes.noRows')}</TableCell>
            </TableRow>
          ) : null}
          {report.rows.map((r) => (
            <TableRow key={r.key}>
              <TableHeaderCell scope="row">{label(report, r)}</TableHeaderCell>
              {indicators.map((k) => (
                <TableCell
                  key={k}
                  data-label={title(report, k)}
                  className={figureOf(r, k).value === null ? 'kt-suppressed' : undefined}
                >
                  <strong>{text.value(report, k, figureOf(r, k))}</strong>
                  <br />
                  <small>{text.counts(figureOf(r, k))}</small>
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      <ComputedAt at={report.computedAt} />
      <TableDownload
        fileName={caption}
        columns={[
          {
            header: t(`outcomes.groupBy.${report.groupBy}`),
            value: (r: OutcomeReport['rows'][number]) => label(report, r),
          },
          ...indicators.flatMap((k) => [
            {
              header: title(report, k),
              value: (r: OutcomeReport['rows'][number]) => figureOf(r, k).value,
            },
            {
              header: `${title(report, k)} — ${t('outcomes.numerator')}`,
              value: (r: OutcomeReport['rows'][number]) => figureOf(r, k).numerator,
            },
            {
              header: `${title(report, k)} — ${t('outcomes.denominator')}`,
              value: (r: OutcomeReport['rows'][number]) => figureOf(r, k).denominator,
            },
          ]),
        ]}
        rows={report.rows}
      />
    </>
  );
}

/** When the figures were computed: they come from a summary a job brings up to date every few minutes. */
export function ComputedAt({ at }: { at: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paragraph data-testid="outcomes-computed-at">
      <small>{at ? t('outcomes.computedAt', { at: format.dateTime(at) }) : t('outcomes.notComputed')}</small>
    </Paragraph>
  );
}

/** Bars of one indicator over the groups, with the same figures in a table beside them. */
export function IndicatorBars({
  report,
  indicator,
  id,
}: {
  report: OutcomeReport;
  indicator: IndicatorKey;
  id: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useFigureText();
  const label = useGroupLabel();
  const def = report.definitions.find((d) => d.key === indicator);
  const title = useIndicatorTitle()(report, indicator);
  return (
    <section className="kt-section kt-outcome-bars" aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      <div className="kt-chart-with-table">
        <BarChart
          title={title}
          desc={t(`outcomes.explain.${indicator}`)}
          bars={report.rows.map((r) => ({
            label: label(report, r),
            value: text.bar(report, indicator, figureOf(r, indicator)),
            note: text.counts(figureOf(r, indicator)),
          }))}
          format={(n) =>
            def?.unit === 'share'
              ? format.percent(n)
              : def?.unit === 'days'
                ? t('outcomes.days', { n: format.integer(n) })
                : format.decimal(n, 1)
          }
        />
        <IndicatorTable
          report={report}
          indicators={[indicator]}
          caption={t('outcomes.barsCaption', { title, name: report.name })}
        />
      </div>
    </section>
  );
}

/** What each figure means: its definition, its cohort and whether it can still change. */
export function Definitions({
  report,
  indicators = ALL_INDICATORS,
}: {
  report: OutcomeReport;
  indicators?: IndicatorKey[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = useIndicatorTitle();
  return (
    <section className="kt-section" aria-labelledby="outcome-definitions">
      <Heading2 id="outcome-definitions">{t('outcomes.definitionsTitle')}</Heading2>
      <Paragraph>
        {t('outcomes.suppressionNote', { max: report.threshold - 1 })}
        {report.rounded ? ` ${t('outcomes.roundedNote')}` : ''}
      </Paragraph>
      <UnorderedList>
        {report.definitions
          .filter((d) => indicators.includes(d.key))
          .map((d) => (
            <UnorderedListItem key={d.key}>
              <strong>{title(report, d.key)}</strong> — {d.basis === 'cbs' ? t('outcomes.cbs') : t('outcomes.local')}:{' '}
              {t(`outcomes.explain.${d.key}`, { detail: d.detail })}{' '}
              {d.key === 'satisfaction' && report.informant
                ? `${t(`outcomes.informantOnly.${report.informant}`)} `
                : ''}
              {t(`outcomes.cohorts.${d.cohort}`)}{' '}
              {d.preliminary ? t('outcomes.preliminary', { date: format.date(d.finalOn) }) : t('outcomes.final')}
            </UnorderedListItem>
          ))}
      </UnorderedList>
    </section>
  );
}
