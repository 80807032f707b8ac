// Figures per municipality as charts with the same numbers in a table. Coordinators see their
// area exactly; policy advisors every municipality as published by the server: counts 1–4 as "<5",
// cells hidden to protect them as "•", totals of shown cells marked "≥".
import {
  Alert,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { END_REASONS, useFigures, type FigureCell, type FigureTotal } from '../../api/support-families';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { useFormat } from '../../i18n/format';
import { QueryView } from '../../components/query-view';
import { ColumnChart, GroupedBarChart, type ChartValue } from './charts';
import './support-families.css';

function Shown({ c }: { c: FigureCell | FigureTotal }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!('kind' in c))
    return c.partial ? (
      <abbr title={t('supportFamilies.figures.atLeastTitle')}>≥ {format.integer(c.value)}</abbr>
    ) : (
      <>{format.integer(c.value)}</>
    );
  if (c.kind === 'primary')
    return <abbr title={t('supportFamilies.figures.lessThan5Title')}>{t('supportFamilies.figures.lessThan5')}</abbr>;
  if (c.kind === 'secondary')
    return (
      <abbr title={t('supportFamilies.figures.secondaryTitle')}>
        •<span className="kt-visually-hidden">{t('supportFamilies.figures.secondaryTitle')}</span>
      </abbr>
    );
  return <>{format.integer(c.value ?? 0)}</>;
}

export function FiguresPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = useFigures();
  const chart = (c: FigureCell | FigureTotal): ChartValue =>
    'kind' in c
      ? {
          value: c.value,
          text:
            c.kind === 'primary'
              ? t('supportFamilies.figures.lessThan5')
              : c.kind === 'secondary'
                ? '•'
                : format.integer(c.value ?? 0),
        }
      : { value: c.value, text: c.partial ? `≥ ${format.integer(c.value)}` : format.integer(c.value) };
  return (
    <>
      <PageHeading>{t('supportFamilies.figures.title')}</PageHeading>
      <QueryView query={figures}>
        {(f) => {
          const rows = [...f.municipalities, { ...f.total, code: 'total', name: t('supportFamilies.figures.total') }];
          return (
            <>
              {f.suppressed ? (
                <Alert type="info" className="kt-alert">
                  <Paragraph>{t('supportFamilies.figures.suppressedNote')}</Paragraph>
                </Alert>
              ) : null}
              <section className="kt-section">
                <Heading2>{t('supportFamilies.figures.perMunicipality')}</Heading2>
                <GroupedBarChart
                  title={t('supportFamilies.figures.perMunicipality')}
                  desc={t('supportFamilies.figures.perMunicipalityDesc')}
                  categories={f.municipalities.map((m) => m.name)}
                  series={[
                    {
                      key: 'open',
                      label: t('supportFamilies.figures.openRequests'),
                      values: f.municipalities.map((m) => chart(m.openRequests)),
                    },
                    {
                      key: 'active',
                      label: t('supportFamilies.figures.activeMatches'),
                      values: f.municipalities.map((m) => chart(m.activeMatches)),
                    },
                    {
                      key: 'eligible',
                      label: t('supportFamilies.figures.eligibleFamilies'),
                      values: f.municipalities.map((m) => chart(m.families.eligible)),
                    },
                  ]}
                />
              </section>
              <section className="kt-section">
                <Heading2>{t('supportFamilies.figures.perMonth')}</Heading2>
                <ColumnChart
                  title={t('supportFamilies.figures.perMonth')}
                  desc={t('supportFamilies.figures.perMonthDesc')}
                  labels={f.months}
                  values={f.total.matchesPerMonth.map((m) => chart(m.count))}
                />
              </section>
              <DataTable caption={t('supportFamilies.figures.tableCaption')} wide testId="figures-table">
                <TableHeader>
                  <TableRow>
                    {(
                      [
                        'municipality',
                        'openRequests',
                        'waiting',
                        'activeMatches',
                        'duration',
                        'eligibleFamilies',
                        'incomplete',
                        'expired',
                        'foster',
                      ] as const
                    ).map((c) => (
                      <TableHeaderCell key={c} scope="col">
                        {t(`supportFamilies.figures.${c}`)}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((m) => (
                    <TableRow key={m.code}>
                      <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
                      <TableCell>
                        <Shown c={m.openRequests} />
                      </TableCell>
                      <TableCell>{m.averageWaitingDays ?? '—'}</TableCell>
                      <TableCell>
                        <Shown c={m.activeMatches} />
                      </TableCell>
                      <TableCell>{m.averageDurationDays ?? '—'}</TableCell>
                      <TableCell>
                        <Shown c={m.families.eligible} />
                      </TableCell>
                      <TableCell>
                        <Shown c={m.families.incomplete} />
                      </TableCell>
                      <TableCell>
                        <Shown c={m.families.expired} />
                      </TableCell>
                      <TableCell>
                        <Shown c={m.families.fosterInterest} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </DataTable>
              <DataTable caption={t('supportFamilies.figures.endedCaption')}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('supportFamilies.match.endReason')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('supportFamilies.figures.count')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {END_REASONS.map((r) => (
                    <TableRow key={r}>
                      <TableHeaderCell scope="row">{t(`supportFamilies.endReasons.${r}`)}</TableHeaderCell>
                      <TableCell>
                        <Shown
                          c={f.total.endedReasons.find((x) => x.reason === r)?.count ?? { value: 0, partial: false }}
                        />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </DataTable>
            </>
          );
        }}
      </QueryView>
    </>
  );
}
