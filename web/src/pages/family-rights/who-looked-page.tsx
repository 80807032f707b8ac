import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccessLog, useAskAboutEntry, type AccessLogEntry } from '../../api/family-rights';
import { ErrorSummary } from '../../components/form/error-summary';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { Pagination } from '../../components/pagination';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import './family-rights.css';
import { Glossary } from '../portal/term';

const KNOWN = <T extends string>(value: string | null, known: readonly T[]): T | 'other' =>
  known.includes(value as T) ? (value as T) : 'other';
const ROLES = [
  'professional',
  'team_lead',
  'consultant',
  'privacy_officer',
  'coordinator',
  'provider',
  'admin',
] as const;
const SUBJECTS = ['family', 'person', 'trajectory', 'meeting', 'plan'] as const;
const ACTIONS = ['read', 'search', 'create', 'update', 'delete', 'export', 'login', 'logout'] as const;
const PURPOSES = ['care', 'care allocation', 'supervision'] as const;

function AskForm({ entry, onDone }: { entry: AccessLogEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const ask = useAskAboutEntry();
  const [body, setBody] = useState('');
  const form = useFormErrors(
    {
      body: {
        label: t('familyRights.whoLooked.question'),
        messages: {
          required: t('familyRights.whoLooked.questionRequired'),
          too_big: t('familyRights.whoLooked.questionTooLong'),
        },
      },
    },
    ask.error,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([issue(!body.trim(), 'body')])) return;
    ask.mutate({ entryId: entry.id, body: body.trim() }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <TextareaField
        label={t('familyRights.whoLooked.question')}
        value={body}
        onValueChange={setBody}
        rows={4}
        required
        {...form.field('body')}
      />
      <Button type="submit" appearance="primary-action-button" busy={ask.isPending} disabled={ask.isPending}>
        {t('familyRights.common.send')}
      </Button>{' '}
      <Button type="button" appearance="secondary-action-button" onClick={onDone}>
        {t('familyRights.whoLooked.cancel')}
      </Button>
    </form>
  );
}

function EntryItem({ entry }: { entry: AccessLogEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [asking, setAsking] = useState(false);
  const sentence = t('familyRights.whoLooked.sentence', {
    role: t(`familyRights.whoLooked.roles.${KNOWN(entry.role, ROLES)}`),
    organisation: entry.organisation ?? t('familyRights.whoLooked.unknownOrganisation'),
    action: t(`familyRights.whoLooked.actions.${KNOWN(entry.action, ACTIONS)}`),
    subject: t(`familyRights.whoLooked.subjects.${KNOWN(entry.subjectType, SUBJECTS)}`),
  });
  return (
    <li data-testid="access-entry" className={entry.emergency ? 'kt-rights-emergency' : undefined}>
      <Paragraph className="kt-rights-meta">
        <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
      </Paragraph>
      <Paragraph>{sentence}</Paragraph>
      <Paragraph>
        {t('familyRights.whoLooked.purposeLabel')}:{' '}
        {t(`familyRights.whoLooked.purposes.${KNOWN(entry.purpose, PURPOSES)}`)}
      </Paragraph>
      {entry.emergency ? <Paragraph>{t('familyRights.whoLooked.emergency')}</Paragraph> : null}
      {entry.asked ? (
        <Paragraph>{t('familyRights.whoLooked.asked')}</Paragraph>
      ) : asking ? (
        <AskForm entry={entry} onDone={() => setAsking(false)} />
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setAsking(true)}>
          {t('familyRights.whoLooked.ask')}
        </Button>
      )}
    </li>
  );
}

export function WhoLookedPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const log = useAccessLog(page);
  return (
    <div className="kt-rights-page">
      <PageHeading>{t('familyRights.whoLooked.title')}</PageHeading>
      <Paragraph>{t('familyRights.whoLooked.intro')}</Paragraph>
      <Glossary terms={['privacyOfficer']} />
      <QueryView query={log}>
        {(p) =>
          p.total === 0 ? (
            <Paragraph>{t('familyRights.whoLooked.empty')}</Paragraph>
          ) : (
            <>
              <Paragraph role="status">{t('familyRights.whoLooked.total', { count: p.total })}</Paragraph>
              <ul className="kt-rights-list">
                {p.items.map((e) => (
                  <EntryItem key={e.id} entry={e} />
                ))}
              </ul>
              <Pagination page={p.page} pageSize={p.pageSize} total={p.total} onPageChange={setPage} />
            </>
          )
        }
      </QueryView>
    </div>
  );
}
