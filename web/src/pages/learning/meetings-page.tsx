// Reflection meetings of a municipality: what was discussed and decided, with the follow-up actions;
// team leads and the municipality's policy advisors record a new meeting.
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
import { useNavigate } from 'react-router';
import { useCreateMeeting, useLearningContext, useMeetings, type ReflectionMeeting } from '../../api/learning';
import { today } from '../../clock';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ListPager } from '../../components/list-controls';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { TableDownload } from '../../components/table-download';
import { useFormat } from '../../i18n/format';
import { usePersonalDataMessages } from './texts';

type Context = NonNullable<ReturnType<typeof useLearningContext>['data']>;

export function MeetingsPage() {
  const { t } = useTranslation();
  const context = useLearningContext();
  return (
    <>
      <PageHeading>{t('learning.meetings.title')}</PageHeading>
      <Paragraph>{t('learning.meetings.intro')}</Paragraph>
      <QueryView query={context}>
        {(c) =>
          c.municipalities.length === 0 ? <Paragraph>{t('learning.log.noAccess')}</Paragraph> : <Meetings context={c} />
        }
      </QueryView>
    </>
  );
}

function Meetings({ context }: { context: Context }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [municipality, setMunicipality] = useState(context.abilities.meet[0] ?? context.municipalities[0]?.code ?? '');
  const [page, setPage] = useState(1);
  const meetings = useMeetings(municipality, page);
  const items = meetings.data?.items ?? [];
  const openActions = (m: ReflectionMeeting) => m.actions.filter((a) => a.status === 'open').length;
  return (
    <>
      {context.abilities.meet.includes(municipality) ? (
        <NewMeetingForm context={context} municipality={municipality} />
      ) : null}
      <section aria-labelledby="meetings-list">
        <Heading2 id="meetings-list">{t('learning.meetings.list')}</Heading2>
        <SelectField
          label={t('learning.log.municipality')}
          value={municipality}
          onValueChange={(v) => {
            setMunicipality(v);
            setPage(1);
          }}
          options={context.municipalities.map((m) => ({ value: m.code, label: m.name }))}
        />
        <ProblemAlert error={meetings.error} />
        <DataTable caption={t('learning.meetings.caption')} stack testId="meetings" busy={meetings.isFetching}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('learning.meetings.meeting')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('learning.meetings.heldOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('learning.meetings.discussed')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('learning.meetings.openActions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((m) => (
              <TableRow key={m.id}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/learning/meetings/${m.id}`}>{m.title}</AppLink>
                  {m.team ? ` (${m.team.name})` : ''}
                </TableHeaderCell>
                <TableCell>{format.date(m.heldOn)}</TableCell>
                <TableCell>{format.integer(m.discussions.length)}</TableCell>
                <TableCell>{format.integer(openActions(m))}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
        <TableDownload<ReflectionMeeting>
          fileName="reflectieoverleggen"
          columns={[
            { header: t('learning.meetings.meeting'), value: (m) => m.title },
            { header: t('learning.meetings.heldOn'), value: (m) => m.heldOn },
            { header: t('learning.meetings.discussed'), value: (m) => m.discussions.length },
            { header: t('learning.meetings.openActions'), value: (m) => openActions(m) },
          ]}
          rows={items}
        />
        {meetings.data ? (
          <ListPager
            page={meetings.data.page}
            pageSize={meetings.data.pageSize}
            total={meetings.data.total}
            onPageChange={setPage}
          />
        ) : null}
      </section>
    </>
  );
}

function NewMeetingForm({ context, municipality }: { context: Context; municipality: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState(today());
  const [teamId, setTeamId] = useState('');
  const personal = usePersonalDataMessages();
  const specs: FieldSpecs = useMemo(
    () => ({
      title: {
        label: t('learning.meetings.meetingTitle'),
        messages: {
          required: t('learning.meetings.errors.title'),
          too_small: t('learning.meetings.errors.title'),
          ...personal,
        },
      },
      heldOn: { label: t('learning.meetings.heldOn'), messages: { required: t('learning.meetings.errors.heldOn') } },
      teamId: { label: t('learning.entry.team') },
    }),
    [t, personal],
  );
  const form = useFormErrors(specs, create.error);
  const teams = context.teams.filter((tm) => tm.municipalityCode === municipality);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (
      !form.check([
        issue(title.trim().length < 3, 'title', title.trim() ? 'too_small' : 'required'),
        issue(!heldOn, 'heldOn'),
      ])
    )
      return;
    create.mutate(
      { municipality, title: title.trim(), heldOn, ...(teamId ? { teamId } : {}) },
      { onSuccess: (r) => void navigate(`/learning/meetings/${r.id}`) },
    );
  };
  return (
    <section aria-labelledby="new-meeting">
      <Heading2 id="new-meeting">{t('learning.meetings.new')}</Heading2>
      <form onSubmit={onSubmit} noValidate data-testid="meeting-form">
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <TextField
          label={t('learning.meetings.meetingTitle')}
          value={title}
          onValueChange={setTitle}
          required
          {...form.field('title')}
        />
        <TextField
          label={t('learning.meetings.heldOn')}
          type="date"
          value={heldOn}
          onValueChange={setHeldOn}
          required
          {...form.field('heldOn')}
        />
        {teams.length > 0 ? (
          <SelectField
            label={t('learning.entry.team')}
            value={teamId}
            onValueChange={setTeamId}
            emptyOption={t('learning.entry.noTeam')}
            options={teams.map((tm) => ({ value: tm.id, label: tm.name }))}
            {...form.field('teamId')}
          />
        ) : null}
        <Button appearance="primary-action-button" type="submit" disabled={create.isPending}>
          {t('learning.meetings.create')}
        </Button>
      </form>
    </section>
  );
}
