import {
  Button,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePatternMunicipalities } from '../../api/insights';
import { useCbsFile, useCbsReport, type CbsDeliveryRequest } from '../../api/steering';
import { today } from '../../clock';
import { clientPage } from '../../components/client-page';
import { DataTable } from '../../components/data-table';
import { ListPager } from '../../components/list-controls';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import './insights.css';

/** A half-year can refuse hundreds of records: the list is paged (the report itself is whole, and capped). */
const REFUSED_PAGE_SIZE = 25;

/** Team leads: check and download the half-year CBS delivery of the team's own help. Person-level: by POST, audited. */
export function CbsDeliveryPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const items = usePatternMunicipalities().data?.items ?? [];
  const [now] = useState(() => today());
  const thisYear = Number(now.slice(0, 4));
  const [choice, setChoice] = useState<{ municipality: string; year: number; half: 1 | 2 }>({
    municipality: '',
    year: Number(now.slice(5, 7)) > 6 ? thisYear : thisYear - 1,
    half: Number(now.slice(5, 7)) > 6 ? 1 : 2,
  });
  const request: CbsDeliveryRequest = { ...choice, municipality: choice.municipality || (items[0]?.code ?? '') };
  const report = useCbsReport();
  const file = useCbsFile();
  const r = report.data;
  const [refusedPage, setRefusedPage] = useState(1);
  const refused = clientPage(r?.refused ?? [], refusedPage, REFUSED_PAGE_SIZE);
  return (
    <>
      <PageHeading>{t('steering.cbs.title')}</PageHeading>
      <Paragraph lead>{t('steering.cbs.intro')}</Paragraph>
      <form
        className="kt-filters"
        aria-label={t('steering.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          setRefusedPage(1);
          report.mutate(request);
        }}
      >
        <SelectField
          label={t('steering.cbs.municipality')}
          value={request.municipality}
          onValueChange={(v) => setChoice({ ...choice, municipality: v })}
          options={items.map((m) => ({ value: m.code, label: m.name }))}
        />
        <SelectField
          label={t('steering.cbs.year')}
          value={String(choice.year)}
          onValueChange={(v) => setChoice({ ...choice, year: Number(v) })}
          options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField
          label={t('steering.cbs.half')}
          value={String(choice.half)}
          onValueChange={(v) => setChoice({ ...choice, half: v === '2' ? 2 : 1 })}
          options={[
            { value: '1', label: t('steering.cbs.halves.1') },
            { value: '2', label: t('steering.cbs.halves.2') },
          ]}
        />
        <Button type="submit" appearance="primary-action-button" disabled={!request.municipality}>
          {t('steering.cbs.check')}
        </Button>
      </form>
      <ProblemAlert error={report.error ?? file.error} />
      {r ? (
        <section className="kt-section" aria-labelledby="cbs-report">
          <Paragraph id="cbs-report">
            {t('steering.cbs.deliverable', {
              count: r.deliverable,
              number: format.integer(r.deliverable),
              from: format.date(r.period.from),
              to: format.date(r.period.to),
              teams: format.list(r.teams),
            })}
          </Paragraph>
          <Button appearance="secondary-action-button" disabled={file.isPending} onClick={() => file.mutate(request)}>
            {t('steering.cbs.download')}
          </Button>
          <Heading2>{t('steering.cbs.refusedTitle')}</Heading2>
          {r.refused.length === 0 ? (
            <Paragraph>{t('steering.cbs.refusedNone')}</Paragraph>
          ) : (
            <DataTable caption={t('steering.cbs.caption')} busy={report.isPending} testId="cbs-refused">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('steering.cbs.dossier')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('steering.cbs.youth')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('steering.cbs.reasons')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {refused.items.map((x) => (
                  <TableRow key={`${x.reference}-${x.givenName}`}>
                    <TableCell className="kt-cbs-reference">{x.reference}</TableCell>
                    <TableCell>{x.givenName}</TableCell>
                    <TableCell>{format.list(x.problems.map((p) => t(`steering.cbs.problems.${p}`)))}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </DataTable>
          )}
          {r.refused.length > REFUSED_PAGE_SIZE ? (
            <ListPager
              page={refused.page}
              pageSize={REFUSED_PAGE_SIZE}
              total={refused.total}
              onPageChange={setRefusedPage}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
