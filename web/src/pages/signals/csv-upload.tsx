import {
  Button,
  Heading2,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUploadCsv, type BatchReport } from '../../api/signals';
import { DataTable } from '../../components/data-table';
import { ErrorSummary } from '../../components/form/error-summary';
import { useFieldIds } from '../../components/form/field-ids';
import { LabelledField } from '../../components/form/labelled-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

/** Upload a batch list (CSV); the report shows how many rows came in and every refused line with its reason. */
export function CsvUpload() {
  const { t } = useTranslation();
  const upload = useUploadCsv();
  const [file, setFile] = useState<File | null>(null);
  const id = useId();
  const specs = useMemo(
    () => ({ file: { label: t('signals.upload.file'), messages: { required: t('signals.upload.fileRequired') } } }),
    [t],
  );
  const form = useFormErrors(specs, upload.error);
  const field = form.field('file');
  const ids = useFieldIds(true, Boolean(field.error), field.id);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The button stays enabled: pressing it without a file says what is missing instead of doing nothing.
    if (form.check([issue(!file, 'file')]) && file) upload.mutate(file);
  };
  return (
    <section className="kt-section" aria-labelledby={`${id}-title`}>
      <Heading2 id={`${id}-title`}>{t('signals.upload.title')}</Heading2>
      <Paragraph>{t('signals.upload.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate data-testid="csv-upload">
        <ErrorSummary form={form} />
        <LabelledField
          ids={ids}
          label={t('signals.upload.file')}
          description={t('signals.upload.fileHint')}
          error={field.error}
          input={
            <input
              id={ids.id}
              className="utrecht-form-field__input"
              type="file"
              accept=".csv,text/csv"
              aria-describedby={ids.describedBy}
              aria-invalid={field.error ? true : undefined}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                form.clear();
              }}
            />
          }
        />
        <ProblemAlert error={form.otherError} />
        <Button appearance="primary-action-button" type="submit" disabled={upload.isPending}>
          {t('signals.upload.send')}
        </Button>
      </form>
      {upload.data ? <UploadReport report={upload.data} /> : null}
    </section>
  );
}

export function UploadReport({ report }: { report: BatchReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="kt-section" role="status" data-testid="upload-report">
      <Heading3>{t('signals.upload.reportTitle', { file: report.fileName ?? '' })}</Heading3>
      <Paragraph>
        {t('signals.upload.summary', {
          total: format.number(report.rowsTotal),
          accepted: format.number(report.rowsAccepted),
          duplicate: format.number(report.rowsDuplicate),
          rejected: format.number(report.rowsRejected),
        })}
      </Paragraph>
      {report.rejections.length > 0 ? (
        <DataTable
          caption={t('signals.upload.rejectedCaption', { count: report.rowsRejected })}
          testId="rejected-rows"
          stack
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('signals.upload.line')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signals.upload.column')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('signals.upload.reason')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {report.rejections.map((r) => (
              <TableRow key={`${r.line}-${r.reason}`}>
                <TableHeaderCell scope="row">{r.line}</TableHeaderCell>
                <TableCell>
                  {r.field ? t(`signals.fields.${r.field}` as 'signals.fields.bsn', { defaultValue: r.field }) : '—'}
                </TableCell>
                <TableCell>
                  {t(`signals.reasons.${r.reason}` as 'signals.reasons.required', { defaultValue: r.reason })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      ) : null}
    </div>
  );
}
