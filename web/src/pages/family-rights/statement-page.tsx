import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddStatement, useMyStatements } from '../../api/family-rights';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import './family-rights.css';
import { Glossary } from '../portal/term';

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      title: {
        label: t('familyRights.statement.fieldTitle'),
        messages: {
          required: t('familyRights.statement.titleRequired'),
          too_big: t('familyRights.statement.titleTooLong'),
        },
      },
      body: {
        label: t('familyRights.statement.fieldBody'),
        messages: {
          required: t('familyRights.statement.bodyRequired'),
          too_big: t('familyRights.statement.bodyTooLong'),
        },
      },
    }),
    [t],
  );
}

export function StatementPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const statements = useMyStatements();
  const add = useAddStatement();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const form = useFormErrors(useSpecs(), add.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([issue(!title.trim(), 'title'), issue(!body.trim(), 'body')])) return;
    add.mutate(
      { title: title.trim(), body: body.trim() },
      {
        onSuccess: () => {
          setTitle('');
          setBody('');
        },
      },
    );
  };

  return (
    <div className="kt-rights-page">
      <PageHeading>{t('familyRights.statement.title')}</PageHeading>
      <Paragraph>{t('familyRights.statement.intro')}</Paragraph>
      <Glossary terms={['regisseur']} />
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <TextField
          label={t('familyRights.statement.fieldTitle')}
          description={t('familyRights.statement.fieldTitleHint')}
          value={title}
          onValueChange={setTitle}
          required
          {...form.field('title')}
        />
        <TextareaField
          label={t('familyRights.statement.fieldBody')}
          value={body}
          onValueChange={setBody}
          rows={6}
          required
          {...form.field('body')}
        />
        <Button type="submit" appearance="primary-action-button" busy={add.isPending} disabled={add.isPending}>
          {t('familyRights.common.send')}
        </Button>
        {add.isSuccess ? <Paragraph role="status">{t('familyRights.common.sent')}</Paragraph> : null}
      </form>
      <Heading2>{t('familyRights.statement.listTitle')}</Heading2>
      <QueryView query={statements}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('familyRights.common.none')}</Paragraph>
          ) : (
            <ul className="kt-rights-list">
              {items.map((s) => (
                <li key={s.id}>
                  <strong>{s.title}</strong>
                  <Paragraph className="kt-rights-meta">
                    {format.dateTime(s.createdAt)} ·{' '}
                    {s.mine ? t('familyRights.common.mine') : t('familyRights.common.by', { name: s.author })}
                  </Paragraph>
                  <Paragraph className="kt-rights-body">{s.body}</Paragraph>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}
