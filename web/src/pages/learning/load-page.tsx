// Loading the region's own meetlat (policy advisors, administrators): paste or choose a JSON or CSV
// file, check it first (a report of every problem per line, nothing stored), then load it.
import {
  Button,
  ButtonGroup,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { useImportMeetlat } from '../../api/learning';
import { LabelledField } from '../../components/form/labelled-field';
import { useFieldIds } from '../../components/form/field-ids';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useIndicatorLabel } from './texts';

export function LoadMeetlatPage() {
  const { t } = useTranslation();
  const load = useImportMeetlat();
  const indicator = useIndicatorLabel();
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [name, setName] = useState('');
  const [content, setContent] = useState('');
  const fileIds = useFieldIds(true, false);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setContent(await file.text());
    setFormat(file.name.toLowerCase().endsWith('.json') ? 'json' : 'csv');
  };
  const send = (dryRun: boolean) =>
    load.mutate({ format, content, dryRun, ...(name.trim() ? { name: name.trim() } : {}) });
  const problems = isApiError(load.error) ? (load.error.problem.errors ?? []) : [];
  const report = load.data;
  return (
    <>
      <PageHeading>{t('learning.load.title')}</PageHeading>
      <Paragraph>{t('learning.load.intro')}</Paragraph>
      <Paragraph>
        <code>positie;titel;beschrijving;indicatoren</code>
      </Paragraph>
      <form onSubmit={(e) => e.preventDefault()} noValidate data-testid="load-form">
        <TextField
          label={t('learning.load.name')}
          value={name}
          onValueChange={setName}
          description={t('learning.load.nameHint')}
        />
        <SelectField
          label={t('learning.load.format')}
          value={format}
          onValueChange={(v) => setFormat(v === 'json' ? 'json' : 'csv')}
          options={[
            { value: 'csv', label: 'CSV' },
            { value: 'json', label: 'JSON' },
          ]}
        />
        <LabelledField
          ids={fileIds}
          label={t('learning.load.file')}
          description={t('learning.load.fileHint')}
          input={
            <input
              id={fileIds.id}
              type="file"
              accept=".csv,.json,text/csv,application/json"
              onChange={(e) => void onFile(e)}
              aria-describedby={fileIds.describedBy}
            />
          }
        />
        <TextareaField label={t('learning.load.content')} value={content} onValueChange={setContent} rows={10} />
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            type="button"
            disabled={!content || load.isPending}
            onClick={() => send(true)}
          >
            {t('learning.load.check')}
          </Button>
          <Button
            appearance="primary-action-button"
            type="button"
            disabled={!content || load.isPending}
            onClick={() => send(false)}
          >
            {t('learning.load.store')}
          </Button>
        </ButtonGroup>
      </form>
      {load.error ? (
        <section aria-labelledby="load-problems">
          <ProblemAlert error={load.error} fieldsShownInline={['content', 'name']} />
          {problems.length ? (
            <>
              <Heading2 id="load-problems">{t('learning.load.problems', { count: problems.length })}</Heading2>
              <UnorderedList data-testid="load-problems">
                {problems.map((p) => {
                  const [, line, field] = p.path.split('.');
                  return (
                    <UnorderedListItem key={`${p.path}:${p.kind ?? ''}`}>
                      {line && line !== '0' ? `${t('learning.load.line', { line })}: ` : ''}
                      {t(`learning.load.kinds.${p.kind ?? 'other'}` as 'learning.load.kinds.other', {
                        defaultValue: t('learning.load.kinds.other'),
                        field: field ?? p.path,
                        limit: p.limit,
                      })}
                    </UnorderedListItem>
                  );
                })}
              </UnorderedList>
            </>
          ) : null}
        </section>
      ) : null}
      {report ? (
        <section aria-labelledby="load-report" role="status">
          <Heading2 id="load-report">
            {report.stored
              ? t('learning.load.stored', { name: report.name })
              : t('learning.load.checked', { name: report.name })}
          </Heading2>
          <Paragraph>{t('learning.load.levels', { levels: report.levels.join(' · ') })}</Paragraph>
          <OrderedList>
            {report.steps.map((s) => (
              <OrderedListItem key={s.position}>
                {s.title}
                {s.indicators.length ? ` (${s.indicators.map(indicator).join(', ')})` : ''}
              </OrderedListItem>
            ))}
          </OrderedList>
        </section>
      ) : null}
    </>
  );
}
