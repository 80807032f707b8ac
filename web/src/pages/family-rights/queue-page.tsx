import { Button, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerRequest, useRequestQueue, type QueueItem } from '../../api/family-rights';
import { AppLink } from '../../components/app-link';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { Pagination } from '../../components/pagination';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { day } from './rights-links';
import './family-rights.css';

type Outcome = 'granted' | 'refused' | 'answered';

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const outcome = t('familyRights.queue.outcomeRequired');
    return {
      outcome: { label: t('familyRights.queue.outcome'), messages: { required: outcome, invalid_enum: outcome } },
      answer: {
        label: t('familyRights.queue.answer'),
        messages: { required: t('familyRights.queue.answerRequired'), too_big: t('familyRights.queue.answerTooLong') },
      },
    };
  }, [t]);
}

function AnswerForm({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  const answer = useAnswerRequest();
  const question = item.kind === 'access_question';
  const [outcome, setOutcome] = useState<Outcome | ''>(question ? 'answered' : '');
  const [text, setText] = useState('');
  const form = useFormErrors(useSpecs(), answer.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([issue(outcome === '', 'outcome'), issue(!text.trim(), 'answer')]) || outcome === '') return;
    answer.mutate({ id: item.id, outcome, answer: text.trim() });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      {question ? null : (
        <RadioGroup<Outcome>
          legend={t('familyRights.queue.outcome')}
          name={`outcome-${item.id}`}
          value={outcome}
          onValueChange={setOutcome}
          options={[
            { value: 'granted', label: t('familyRights.queue.granted') },
            { value: 'refused', label: t('familyRights.queue.refused') },
          ]}
          {...form.field('outcome')}
        />
      )}
      <TextareaField
        label={t('familyRights.queue.answer')}
        description={t('familyRights.queue.answerHint')}
        value={text}
        onValueChange={setText}
        rows={4}
        required
        {...form.field('answer')}
      />
      <Button type="submit" appearance="primary-action-button" busy={answer.isPending} disabled={answer.isPending}>
        {t('familyRights.queue.submit')}
      </Button>
    </form>
  );
}

function QueueEntry({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li data-testid="queue-item">
      <Paragraph>
        <StatusBadge status={item.status === 'open' ? (item.daysLeft < 0 ? 'danger' : 'warning') : 'neutral'}>
          {t(`familyRights.requests.status.${item.status}`)}
        </StatusBadge>{' '}
        <strong>{t(`familyRights.requests.${item.kind}`)}</strong> ·{' '}
        <AppLink to={`/families/${item.familyId}`}>
          {t('familyRights.queue.family', { reference: item.familyReference })}
        </AppLink>
      </Paragraph>
      {item.auditEventId ? (
        <Paragraph>{t('familyRights.queue.entry', { id: item.auditEventId })}</Paragraph>
      ) : (
        <Paragraph>{item.about}</Paragraph>
      )}
      <Paragraph className="kt-rights-body">{item.body}</Paragraph>
      <Paragraph className="kt-rights-meta">
        {t('familyRights.requests.submitted', { date: format.date(day(item.submittedOn)) })} ·{' '}
        {t('familyRights.requests.due', { date: format.date(day(item.dueOn)) })}
        {item.status === 'open'
          ? ` · ${item.daysLeft < 0 ? t('familyRights.queue.overdue') : t('familyRights.queue.daysLeft', { count: item.daysLeft })}`
          : null}
      </Paragraph>
      {item.status === 'open' ? (
        <AnswerForm item={item} />
      ) : (
        <Paragraph className="kt-rights-body">{item.answer}</Paragraph>
      )}
    </li>
  );
}

/** The regisseur's and the privacy officer's queue of families' requests, by deadline. */
export function QueuePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const [page, setPage] = useState(1);
  const queue = useRequestQueue(status, page);
  return (
    <div className="kt-rights-page">
      <PageHeading>{t('familyRights.queue.title')}</PageHeading>
      <Paragraph>{t('familyRights.queue.intro')}</Paragraph>
      <SelectField
        label={t('familyRights.queue.show')}
        value={status}
        onValueChange={(v) => {
          setStatus(v === 'closed' ? 'closed' : 'open');
          setPage(1);
        }}
        options={[
          { value: 'open', label: t('familyRights.queue.open') },
          { value: 'closed', label: t('familyRights.queue.closed') },
        ]}
      />
      <QueryView query={queue}>
        {(p) =>
          p.items.length === 0 ? (
            <Paragraph>{t('familyRights.queue.empty')}</Paragraph>
          ) : (
            <>
              <ul className="kt-rights-list">
                {p.items.map((i) => (
                  <QueueEntry key={i.id} item={i} />
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
