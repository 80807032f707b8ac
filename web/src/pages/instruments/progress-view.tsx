import {
  Heading2,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Instrument, ProgressSeries } from '../../api/instruments';
import { DataTable } from '../../components/data-table';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { LineChart, RadarChart } from './charts';

/** Radar of latest vs first (instruments with three or more items), a comparison table, and a line per item. */
export function ProgressView({ instrument, series }: { instrument: Instrument; series: ProgressSeries }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const { min, max } = instrument.scale;
  const items = series.items.map((s) => ({
    ...s,
    label: instrument.items.find((i) => i.code === s.item)?.label[language] ?? s.item,
  }));
  const firstDate =
    items
      .map((i) => i.first?.measuredOn)
      .filter((d): d is string => Boolean(d))
      .sort()[0] ?? '';
  const latestDate =
    items
      .map((i) => i.latest?.measuredOn)
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ?? '';
  const scored = items.filter((i) => i.change !== null);
  const summary = t('instruments.radarSummary', {
    up: scored.filter((i) => (i.change ?? 0) > 0).length,
    down: scored.filter((i) => (i.change ?? 0) < 0).length,
    same: scored.filter((i) => i.change === 0).length,
  });
  const value = (v: number | null | undefined) =>
    v === null || v === undefined ? t('instruments.notScored') : format.number(v);
  return (
    <section className="kt-section" aria-labelledby="instrument-progress">
      <Heading2 id="instrument-progress">{t('instruments.progressTitle')}</Heading2>
      <Paragraph data-testid="progress-summary">{summary}</Paragraph>
      {items.length >= 3 ? (
        <figure className="kt-figure" data-testid="radar-chart">
          <RadarChart
            axes={items.map((i) => ({ code: i.item, label: i.label }))}
            min={min}
            max={max}
            polygons={[
              {
                key: 'first',
                label: t('instruments.first', { date: format.date(firstDate) }),
                values: items.map((i) => i.first?.score ?? null),
                dashed: true,
              },
              {
                key: 'latest',
                label: t('instruments.latest', { date: format.date(latestDate) }),
                values: items.map((i) => i.latest?.score ?? null),
              },
            ]}
            title={t('instruments.radarTitle')}
            desc={`${t('instruments.radarDesc', { instrument: instrument.name[language], first: format.date(firstDate), latest: format.date(latestDate), min, max })} ${summary}`}
          />
          <figcaption>{t('instruments.radarTitle')}</figcaption>
        </figure>
      ) : null}
      <DataTable caption={t('instruments.comparisonCaption')} testId="comparison-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('instruments.item')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('instruments.first', { date: format.date(firstDate) })}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('instruments.latest', { date: format.date(latestDate) })}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('instruments.change')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((i) => (
            <TableRow key={i.item}>
              <TableHeaderCell scope="row">{i.label}</TableHeaderCell>
              <TableCell>{value(i.first?.score)}</TableCell>
              <TableCell>{value(i.latest?.score)}</TableCell>
              <TableCell>{i.change === null ? '' : format.signed(i.change)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      <Heading3>{t('instruments.linesTitle')}</Heading3>
      <div className="kt-chart-grid" data-testid="line-charts">
        {items
          .filter((i) => i.points.length > 0)
          .map((i) => (
            <figure key={i.item} className="kt-figure">
              <LineChart
                points={i.points.map((p) => ({ date: p.measuredOn, score: p.score }))}
                min={min}
                max={max}
                formatDate={format.date}
                title={i.label}
                desc={t('instruments.lineDesc', {
                  item: i.label,
                  points: i.points.map((p) => `${format.date(p.measuredOn)}: ${format.number(p.score)}`).join('; '),
                })}
              />
              <figcaption>{i.label}</figcaption>
            </figure>
          ))}
      </div>
    </section>
  );
}
