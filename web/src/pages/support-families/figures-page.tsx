// Figures per municipality as charts with the same numbers in a table. Coordinators see their
// area exactly; policy advisors every municipality, with numbers under 5 shown as "<5".
import { Alert, Heading2, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { END_REASONS, useFigures, type MunicipalityFigures } from '../../api/support-families';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { ColumnChart, GroupedBarChart } from './charts';
import './support-families.css';

export function FiguresPage() {
  const { t } = useTranslation();
  const figures = useFigures();
  const lt5 = t('supportFamilies.figures.lessThan5');
  const show = (v: number | null) => (v === null ? lt5 : v.toLocaleString());
  return (
    <>
      <PageHeading>{t('supportFamilies.figures.title')}</PageHeading>
      <QueryView query={figures}>
        {(f) => {
          const rows: MunicipalityFigures[] = [...f.municipalities, { ...f.total, name: t('supportFamilies.figures.total') }];
          return (
            <>
              {f.suppressed ? <Alert type="info" className="kt-alert"><Paragraph>{t('supportFamilies.figures.suppressedNote')}</Paragraph></Alert> : null}
              <section className="kt-section">
                <Heading2>{t('supportFamilies.figures.perMunicipality')}</Heading2>
                <GroupedBarChart title={t('supportFamilies.figures.perMunicipality')} desc={t('supportFamilies.figures.perMunicipalityDesc')} suppressedLabel={lt5}
                  categories={f.municipalities.map((m) => m.name)}
                  series={[
                    { key: 'open', label: t('supportFamilies.figures.openRequests'), values: f.municipalities.map((m) => m.openRequests) },
                    { key: 'active', label: t('supportFamilies.figures.activeMatches'), values: f.municipalities.map((m) => m.activeMatches) },
                    { key: 'eligible', label: t('supportFamilies.figures.eligibleFamilies'), values: f.municipalities.map((m) => m.families.eligible) },
                  ]} />
              </section>
              <section className="kt-section">
                <Heading2>{t('supportFamilies.figures.perMonth')}</Heading2>
                <ColumnChart title={t('supportFamilies.figures.perMonth')} desc={t('supportFamilies.figures.perMonthDesc')} suppressedLabel={lt5}
                  labels={f.months} values={f.total.matchesPerMonth.map((m) => m.count)} />
              </section>
              <DataTable caption={t('supportFamilies.figures.tableCaption')} wide testId="figures-table">
                <TableHeader>
                  <TableRow>
                    {(['municipality', 'openRequests', 'waiting', 'activeMatches', 'duration', 'eligibleFamilies', 'incomplete', 'expired', 'foster'] as const).map((c) => <TableHeaderCell key={c} scope="col">{t(`supportFamilies.figures.${c}`)}</TableHeaderCell>)}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((m) => (
                    <TableRow key={m.code}>
                      <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
                      <TableCell>{show(m.openRequests)}</TableCell>
                      <TableCell>{m.averageWaitingDays ?? '—'}</TableCell>
                      <TableCell>{show(m.activeMatches)}</TableCell>
                      <TableCell>{m.averageDurationDays ?? '—'}</TableCell>
                      <TableCell>{show(m.families.eligible)}</TableCell>
                      <TableCell>{show(m.families.incomplete)}</TableCell>
                      <TableCell>{show(m.families.expired)}</TableCell>
                      <TableCell>{show(m.families.fosterInterest)}</TableCell>
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
                      <TableCell>{show(f.total.endedReasons.find((x) => x.reason === r)?.count ?? 0)}</TableCell>
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
