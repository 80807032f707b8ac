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
import type { Instrument, Measurement } from '../../api/instruments';
import { DataTable } from '../../components/data-table';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/** Every measurement as a column, every item (or participant on the safety scale) as a row. */
export function HistoryTable({ instrument, measurements }: { instrument: Instrument; measurements: Measurement[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const rows = instrument.perRater
    ? [
        ...new Map(
          measurements
            .flatMap((m) => m.scores)
            .map((s) => [(s.raterName ?? '').toLowerCase(), `${s.raterName ?? ''} (${s.raterRole ?? ''})`]),
        ).entries(),
      ].map(([key, label]) => ({
        key,
        label,
        pick: (m: Measurement) => m.scores.find((s) => (s.raterName ?? '').toLowerCase() === key)?.score,
      }))
    : instrument.items.map((i) => ({
        key: i.code,
        label: i.label[language],
        pick: (m: Measurement) => m.scores.find((s) => s.item === i.code)?.score,
      }));
  const notes = measurements.filter((m) => m.note);
  return (
    <section className="kt-section" aria-labelledby="instrument-history">
      <Heading2 id="instrument-history">{t('instruments.historyTitle')}</Heading2>
      <DataTable
        caption={t('instruments.historyCaption', { instrument: instrument.name[language] })}
        testId="measurement-history"
        wide={measurements.length > 4}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('instruments.item')}</TableHeaderCell>
            {measurements.map((m) => (
              <TableHeaderCell key={m.id} scope="col">
                {format.date(m.measuredOn)}
                <br />
                <span className="kt-instruments-muted">{t('instruments.by', { name: m.recordedBy.name })}</span>
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key}>
              <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
              {measurements.map((m) => {
                const v = r.pick(m);
                return (
                  <TableCell key={m.id}>
                    {v === undefined ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="kt-visually-hidden">{t('instruments.notScored')}</span>
                      </>
                    ) : (
                      v
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
      {notes.length > 0 ? (
        <>
          <Paragraph>{t('instruments.notes')}</Paragraph>
          <UnorderedList>
            {notes.map((m) => (
              <UnorderedListItem key={m.id}>
                {format.date(m.measuredOn)}: {m.note}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </section>
  );
}
