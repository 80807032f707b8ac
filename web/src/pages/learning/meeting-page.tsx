// One reflection meeting: the entries discussed with their decisions, the follow-up actions with
// owner, due date and status (changed here), and discussing another entry of the log.
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
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  reflectionActionStatusValues,
  useChangeActionStatus,
  useDiscussEntry,
  useMeeting,
  type ActionStatus,
} from '../../api/learning';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { TableDownload } from '../../components/table-download';
import { useFormat } from '../../i18n/format';
import { usePersonalDataMessages } from './texts';

type Detail = NonNullable<ReturnType<typeof useMeeting>['data']>;

export function MeetingPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const { t } = useTranslation();
  return (
    <QueryView query={meeting}>
      {(d) => (
        <>
          <PageHeading>{d.meeting.title}</PageHeading>
          <Paragraph>
            <AppLink to="/learning/meetings">{t('learning.meetings.back')}</AppLink>
          </Paragraph>
          <Meeting detail={d} />
        </>
      )}
    </QueryView>
  );
}

function Meeting({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const change = useChangeActionStatus();
  const m = detail.meeting;
  type Action = (typeof m.actions)[number];
  const entryTitle = (id: string) => m.discussions.find((d) => d.entryId === id)?.entryTitle ?? '';
  return (
    <>
      <Paragraph>
        {format.longDate(m.heldOn)}
        {m.team ? ` · ${m.team.name}` : ''}
      </Paragraph>
      <section aria-labelledby="discussed">
        <Heading2 id="discussed">{t('learning.meeting.discussed')}</Heading2>
        {m.discussions.length === 0 ? <Paragraph>{t('learning.meeting.nothingYet')}</Paragraph> : null}
        {m.discussions.length > 0 ? (
          <DataTable caption={t('learning.meeting.decisionsCaption')} stack testId="decisions">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('learning.meeting.entry')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learning.meeting.decision')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {m.discussions.map((d) => (
                <TableRow key={d.entryId}>
                  <TableHeaderCell scope="row">
                    {d.entryTitle} ({t(`learning.kinds.${d.entryKind}`)})
                  </TableHeaderCell>
                  <TableCell>{d.decision}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
        ) : null}
        <TableDownload<(typeof m.discussions)[number]>
          fileName={`besluiten-${m.title}`}
          columns={[
            { header: t('learning.meeting.entry'), value: (d) => d.entryTitle },
            { header: t('learning.meeting.decision'), value: (d) => d.decision },
          ]}
          rows={m.discussions}
        />
      </section>
      <section aria-labelledby="actions">
        <Heading2 id="actions">{t('learning.meeting.actions')}</Heading2>
        <ProblemAlert error={change.error} />
        {m.actions.length > 0 ? (
          <DataTable caption={t('learning.meeting.actionsCaption')} stack testId="actions">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('learning.meeting.action')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learning.meeting.owner')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learning.meeting.due')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('learning.meeting.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {m.actions.map((a) => (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row">
                    {a.description} <small>({entryTitle(a.entryId)})</small>
                  </TableHeaderCell>
                  <TableCell>{a.owner.name}</TableCell>
                  <TableCell>{format.date(a.dueOn)}</TableCell>
                  <TableCell>
                    <SelectField
                      label={t('learning.meeting.statusOf', { action: a.description })}
                      value={a.status}
                      onValueChange={(v) => {
                        const status = reflectionActionStatusValues.find((s) => s === v);
                        if (status) change.mutate({ id: a.id, status: status as ActionStatus });
                      }}
                      options={reflectionActionStatusValues.map((s) => ({
                        value: s,
                        label: t(`learning.actionStatus.${s}`),
                      }))}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
        ) : (
          <Paragraph>{t('learning.meeting.noActions')}</Paragraph>
        )}
        <TableDownload<Action>
          fileName={`acties-${m.title}`}
          columns={[
            { header: t('learning.meeting.action'), value: (a) => a.description },
            { header: t('learning.meeting.owner'), value: (a) => a.owner.name },
            { header: t('learning.meeting.due'), value: (a) => a.dueOn },
            { header: t('learning.meeting.status'), value: (a) => t(`learning.actionStatus.${a.status}`) },
          ]}
          rows={m.actions}
        />
      </section>
      {detail.abilities.discuss ? <DiscussForm detail={detail} /> : null}
    </>
  );
}

function DiscussForm({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const discuss = useDiscussEntry(detail.meeting.id);
  const [entryId, setEntryId] = useState('');
  const [decision, setDecision] = useState('');
  const [action, setAction] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const personal = usePersonalDataMessages();
  const specs: FieldSpecs = useMemo(
    () => ({
      entryId: { label: t('learning.meeting.entry'), messages: { required: t('learning.meeting.errors.entry') } },
      decision: {
        label: t('learning.meeting.decision'),
        messages: { required: t('learning.meeting.errors.decision'), ...personal },
      },
      'actions.0.description': {
        label: t('learning.meeting.action'),
        messages: {
          required: t('learning.meeting.errors.action'),
          too_small: t('learning.meeting.errors.action'),
          ...personal,
        },
      },
      'actions.0.ownerId': {
        label: t('learning.meeting.owner'),
        messages: { required: t('learning.meeting.errors.owner'), unknown_owner: t('learning.meeting.errors.owner') },
      },
      'actions.0.dueOn': {
        label: t('learning.meeting.due'),
        messages: { required: t('learning.meeting.errors.due'), in_past: t('learning.meeting.errors.duePast') },
      },
    }),
    [t, personal],
  );
  const form = useFormErrors(specs, discuss.error);
  const withAction = action.trim() !== '' || ownerId !== '' || dueOn !== '';
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const ok = form.check([
      issue(!entryId, 'entryId'),
      issue(!decision.trim(), 'decision'),
      issue(withAction && action.trim().length < 3, 'actions.0.description', action.trim() ? 'too_small' : 'required'),
      issue(withAction && !ownerId, 'actions.0.ownerId'),
      issue(withAction && !dueOn, 'actions.0.dueOn'),
    ]);
    if (!ok) return;
    discuss.mutate(
      {
        entryId,
        decision: decision.trim(),
        actions: withAction ? [{ description: action.trim(), ownerId, dueOn }] : [],
      },
      {
        onSuccess: () => {
          setEntryId('');
          setDecision('');
          setAction('');
          setOwnerId('');
          setDueOn('');
          form.clear();
        },
      },
    );
  };
  return (
    <section aria-labelledby="discuss">
      <Heading2 id="discuss">{t('learning.meeting.discuss')}</Heading2>
      <form onSubmit={onSubmit} noValidate data-testid="discuss-form">
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <SelectField
          label={t('learning.meeting.entry')}
          value={entryId}
          onValueChange={setEntryId}
          emptyOption={t('learning.position.choose')}
          options={detail.candidates.map((c) => ({
            value: c.id,
            label: `${c.title} (${t(`learning.kinds.${c.kind}`)})`,
          }))}
          {...form.field('entryId')}
        />
        <TextareaField
          label={t('learning.meeting.decision')}
          value={decision}
          onValueChange={setDecision}
          {...form.field('decision')}
        />
        <Paragraph>{t('learning.meeting.actionHint')}</Paragraph>
        <TextField
          label={t('learning.meeting.action')}
          value={action}
          onValueChange={setAction}
          {...form.field('actions.0.description')}
        />
        <SelectField
          label={t('learning.meeting.owner')}
          value={ownerId}
          onValueChange={setOwnerId}
          emptyOption={t('learning.position.choose')}
          options={detail.owners.map((o) => ({ value: o.id, label: o.name }))}
          {...form.field('actions.0.ownerId')}
        />
        <TextField
          label={t('learning.meeting.due')}
          type="date"
          value={dueOn}
          onValueChange={setDueOn}
          {...form.field('actions.0.dueOn')}
        />
        <Button appearance="primary-action-button" type="submit" disabled={discuss.isPending}>
          {t('learning.meeting.save')}
        </Button>
      </form>
    </section>
  );
}
