import { Button, Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddRequest, useMyRequests, type FamilyRightsRequest } from '../../api/family-rights';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { RadioGroup } from '../../components/form/radio-group';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { day } from './rights-links';
import './family-rights.css';
import { Glossary } from '../portal/term';

type Kind = 'correction' | 'deletion';

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const kind = t('familyRights.requests.kindRequired');
    return {
      kind: { label: t('familyRights.requests.kind'), messages: { required: kind, invalid_enum: kind } },
      about: {
        label: t('familyRights.requests.about'),
        messages: {
          required: t('familyRights.requests.aboutRequired'),
          too_big: t('familyRights.requests.aboutTooLong'),
        },
      },
      body: {
        label: t('familyRights.requests.body'),
        messages: {
          required: t('familyRights.requests.bodyRequired'),
          too_big: t('familyRights.requests.bodyTooLong'),
        },
      },
    };
  }, [t]);
}

export function RequestItem({ request }: { request: FamilyRightsRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li data-testid="family-request">
      <Paragraph>
        <StatusBadge status={request.status === 'open' ? 'warning' : 'neutral'}>
          {t(`familyRights.requests.status.${request.status}`)}
        </StatusBadge>{' '}
        <strong>{t(`familyRights.requests.${request.kind}`)}</strong>
      </Paragraph>
      {request.kind === 'access_question' ? null : <Paragraph>{request.about}</Paragraph>}
      <Paragraph className="kt-rights-body">{request.body}</Paragraph>
      <Paragraph className="kt-rights-meta">
        {t('familyRights.requests.submitted', { date: format.date(day(request.submittedOn)) })} ·{' '}
        {t('familyRights.requests.due', { date: format.date(day(request.dueOn)) })}
      </Paragraph>
      {request.answer && request.answeredOn ? (
        <>
          <Paragraph>
            {t('familyRights.requests.answer', {
              role: t(
                `familyRights.requests.roles.${request.answeredByRole === 'privacy_officer' ? 'privacy_officer' : 'regisseur'}`,
              ),
              date: format.date(day(request.answeredOn)),
            })}
          </Paragraph>
          <Paragraph className="kt-rights-body">{request.answer}</Paragraph>
        </>
      ) : null}
    </li>
  );
}

export function RequestsPage() {
  const { t } = useTranslation();
  const requests = useMyRequests();
  const add = useAddRequest();
  const [kind, setKind] = useState<Kind | ''>('');
  const [about, setAbout] = useState('');
  const [body, setBody] = useState('');
  const form = useFormErrors(useSpecs(), add.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check([issue(kind === '', 'kind'), issue(!about.trim(), 'about'), issue(!body.trim(), 'body')]);
    if (!ok || kind === '') return;
    add.mutate(
      { kind, about: about.trim(), body: body.trim() },
      {
        onSuccess: () => {
          setKind('');
          setAbout('');
          setBody('');
        },
      },
    );
  };

  return (
    <div className="kt-rights-page">
      <PageHeading>{t('familyRights.requests.title')}</PageHeading>
      <Paragraph>{t('familyRights.requests.intro')}</Paragraph>
      <Glossary terms={['regisseur', 'privacyOfficer']} />
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <RadioGroup<Kind>
          legend={t('familyRights.requests.kind')}
          name="request-kind"
          value={kind}
          onValueChange={setKind}
          options={[
            { value: 'correction', label: t('familyRights.requests.correction') },
            { value: 'deletion', label: t('familyRights.requests.deletion') },
          ]}
          {...form.field('kind')}
        />
        <TextField
          label={t('familyRights.requests.about')}
          description={t('familyRights.requests.aboutHint')}
          value={about}
          onValueChange={setAbout}
          required
          {...form.field('about')}
        />
        <TextareaField
          label={t('familyRights.requests.body')}
          value={body}
          onValueChange={setBody}
          rows={5}
          required
          {...form.field('body')}
        />
        <Button type="submit" appearance="primary-action-button" busy={add.isPending} disabled={add.isPending}>
          {t('familyRights.common.send')}
        </Button>
        {add.isSuccess ? <Paragraph role="status">{t('familyRights.common.sent')}</Paragraph> : null}
      </form>
      <Heading2>{t('familyRights.requests.listTitle')}</Heading2>
      <QueryView query={requests}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('familyRights.common.none')}</Paragraph>
          ) : (
            <ul className="kt-rights-list">
              {items.map((r) => (
                <RequestItem key={r.id} request={r} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}
