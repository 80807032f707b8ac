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
import { useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  OPEN_STATUSES,
  TEAM_PAGE_SIZE,
  useReassign,
  useTeamCaseload,
  type OpenStatus,
  type TeamCaseload,
  type TeamCaseloadFilter,
} from '../../api/caseload';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { CheckboxField } from '../../components/form/checkbox-field';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { issue, useFormErrors, type ProblemFields } from '../../components/form/use-form-errors';
import { Pagination } from '../../components/pagination';
import { TextareaField } from '../../components/form/textarea-field';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';

const NO_FILTER: TeamCaseloadFilter = { regisseur: '', status: '', planLate: false, page: 1 };

/**
 * A team lead balances the load: open trajectories per regisseur (counted by the server over the
 * whole team), a filtered page of the trajectories, and reassign with a hand-over note.
 */
export function TeamCaseloadPage() {
  const { t } = useTranslation();
  const { teamId = '' } = useParams();
  const [filter, setFilter] = useState<TeamCaseloadFilter>(NO_FILTER);
  const caseload = useTeamCaseload(teamId, filter);
  return (
    <QueryView query={caseload}>
      {(data) => (
        <>
          <PageHeading>{t('caseload.team.title', { team: data.team.name })}</PageHeading>
          <Paragraph lead>{t('caseload.team.intro')}</Paragraph>
          <LoadTable data={data} />
          <TrajectoriesAndReassign
            data={data}
            teamId={teamId}
            filter={filter}
            setFilter={setFilter}
            busy={caseload.isFetching}
          />
        </>
      )}
    </QueryView>
  );
}

function TrajectoryFilters({
  data,
  filter,
  setFilter,
}: {
  data: TeamCaseload;
  filter: TeamCaseloadFilter;
  setFilter: (f: TeamCaseloadFilter) => void;
}) {
  const { t } = useTranslation();
  // Every change starts again at page 1: page 5 of another selection means nothing.
  const change = (patch: Partial<TeamCaseloadFilter>) => setFilter({ ...filter, ...patch, page: 1 });
  const filtered = filter.regisseur !== '' || filter.status !== '' || filter.planLate;
  return (
    <form
      role="search"
      aria-label={t('caseload.team.filterLabel')}
      className="kt-filter-form"
      onSubmit={(e) => e.preventDefault()}
    >
      <SelectField
        label={t('caseload.team.filterRegisseur')}
        value={filter.regisseur}
        onValueChange={(regisseur) => change({ regisseur })}
        emptyOption={t('caseload.team.filterAll')}
        options={data.regisseurs
          .filter((r) => r.open > 0)
          .map((r) => ({
            value: r.userId,
            label: t('caseload.team.filterRegisseurOption', { name: r.displayName, count: r.open }),
          }))}
      />
      <SelectField
        label={t('caseload.team.filterStatus')}
        value={filter.status}
        onValueChange={(status) => change({ status: status as OpenStatus | '' })}
        emptyOption={t('caseload.team.filterAll')}
        options={OPEN_STATUSES.map((s) => ({ value: s, label: t(`families.statuses.${s}`) }))}
      />
      <CheckboxField
        label={t('caseload.team.filterPlanLate')}
        checked={filter.planLate}
        onCheckedChange={(planLate) => change({ planLate })}
      />
      {filtered ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => setFilter(NO_FILTER)}>
          {t('caseload.team.filterClear')}
        </Button>
      ) : null}
    </form>
  );
}

function LoadTable({ data }: { data: TeamCaseload }) {
  const { t } = useTranslation();
  return (
    <section className="kt-section">
      <Heading2>{t('caseload.team.loadHeading')}</Heading2>
      <DataTable caption={t('caseload.team.loadCaption', { count: data.regisseurs.length })} testId="team-load" wide>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('caseload.team.regisseur')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('caseload.team.organisation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('caseload.team.open')}</TableHeaderCell>
            {OPEN_STATUSES.map((s) => (
              <TableHeaderCell key={s} scope="col">
                {t(`families.statuses.${s}`)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{t('caseload.team.planLate')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.regisseurs.map((r) => (
            <TableRow key={r.userId}>
              <TableHeaderCell scope="row">
                {r.displayName}
                {r.isLead ? ` (${t('caseload.team.lead')})` : ''}
                {!r.isMember ? ` (${t('caseload.team.notMember')})` : ''}
                {!r.active ? ` (${t('caseload.team.inactive')})` : ''}
              </TableHeaderCell>
              <TableCell>{r.organisationName}</TableCell>
              <TableCell>{r.open}</TableCell>
              {OPEN_STATUSES.map((s) => (
                <TableCell key={s}>{r.byStatus[s]}</TableCell>
              ))}
              <TableCell>{r.planLate}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </DataTable>
    </section>
  );
}

function TrajectoriesAndReassign({
  data,
  teamId,
  filter,
  setFilter,
  busy,
}: {
  data: TeamCaseload;
  teamId: string;
  filter: TeamCaseloadFilter;
  setFilter: (f: TeamCaseloadFilter) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [trajectoryId, setTrajectoryId] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const nameOf = (userId: string) => data.regisseurs.find((r) => r.userId === userId)?.displayName ?? '';
  const choose = (id: string) => {
    setTrajectoryId(id);
    formRef.current?.scrollIntoView({ block: 'start' });
    formRef.current?.querySelector('select')?.focus();
  };
  return (
    <section className="kt-section">
      <Heading2>{t('caseload.team.trajectoriesHeading')}</Heading2>
      <TrajectoryFilters data={data} filter={filter} setFilter={setFilter} />
      <Paragraph role="status">
        {data.page.total === 0
          ? t('caseload.team.noneShown')
          : t('caseload.team.shown', {
              from: data.page.offset + 1,
              to: data.page.offset + data.trajectories.length,
              count: data.page.total,
            })}
      </Paragraph>
      {data.trajectories.length === 0 ? (
        <Paragraph>{t('caseload.team.noTrajectories')}</Paragraph>
      ) : (
        <DataTable
          caption={t('caseload.team.trajectoriesCaption', { count: data.page.total })}
          testId="team-trajectories"
          busy={busy}
          wide
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('caseload.team.family')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseload.team.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseload.team.regisseur')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseload.team.openedAt')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseload.mine.deadline')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('caseload.team.action')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.trajectories.map((tr) => (
              <TableRow key={tr.trajectoryId}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/families/${tr.familyId}`}>{tr.familyReference}</AppLink>
                </TableHeaderCell>
                <TableCell>{t(`families.statuses.${tr.status}`)}</TableCell>
                <TableCell>{nameOf(tr.regisseurId)}</TableCell>
                <TableCell>{format.date(tr.openedAt)}</TableCell>
                <TableCell>{t(`caseload.deadline.${tr.deadline.state}`)}</TableCell>
                <TableCell>
                  <Button type="button" appearance="subtle-button" onClick={() => choose(tr.trajectoryId)}>
                    {t('caseload.team.reassignRow', { reference: tr.familyReference })}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
      <Pagination
        page={filter.page}
        pageSize={TEAM_PAGE_SIZE}
        total={data.page.total}
        onPageChange={(page) => setFilter({ ...filter, page })}
      />
      <ReassignForm
        data={data}
        teamId={teamId}
        trajectoryId={trajectoryId}
        setTrajectoryId={setTrajectoryId}
        formRef={formRef}
      />
    </section>
  );
}

// Refusals of the hand-over the server names without a field path; both are about the new regisseur.
const REASSIGN_PROBLEMS: ProblemFields = { already_regisseur: 'toUserId', not_team_member: 'toUserId' };

function useReassignSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const notMember = t('families.dossier.errors.notTeamMember');
    const note = t('families.dossier.errors.handoverNote');
    return {
      trajectoryId: {
        label: t('caseload.team.reassignTrajectory'),
        messages: { required: t('caseload.team.errors.trajectory') },
      },
      toUserId: {
        label: t('caseload.team.reassignTo'),
        messages: {
          required: t('caseload.team.errors.toUserId'),
          invalid_format: t('caseload.team.errors.toUserId'),
          other: notMember,
          not_team_member: notMember,
          already_regisseur: t('families.dossier.errors.alreadyRegisseur'),
        },
      },
      note: {
        label: t('caseload.team.reassignNote'),
        messages: { required: note, too_small: note, too_big: t('families.dossier.errors.handoverNoteTooLong') },
      },
    };
  }, [t]);
}

function ReassignForm({
  data,
  teamId,
  trajectoryId,
  setTrajectoryId,
  formRef,
}: {
  data: TeamCaseload;
  teamId: string;
  trajectoryId: string;
  setTrajectoryId: (id: string) => void;
  formRef: RefObject<HTMLFormElement | null>;
}) {
  const { t } = useTranslation();
  const reassign = useReassign(teamId);
  const [toUserId, setToUserId] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(useReassignSpecs(), reassign.error, REASSIGN_PROBLEMS);
  const selected = data.trajectories.find((tr) => tr.trajectoryId === trajectoryId);
  const candidates = data.regisseurs.filter((r) => r.isMember && r.active && r.userId !== selected?.regisseurId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check([
      issue(!selected, 'trajectoryId'),
      issue(!toUserId, 'toUserId'),
      issue(note.trim().length < 5, 'note', note.trim() ? 'too_small' : 'required'),
    ]);
    if (!ok) return;
    reassign.mutate(
      { trajectoryId, toUserId, note: note.trim() },
      {
        onSuccess: () => {
          setDone(selected?.familyReference ?? '');
          setNote('');
          setToUserId('');
          setTrajectoryId('');
        },
      },
    );
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="reassign-heading" className="kt-section">
      <Heading2 id="reassign-heading">{t('caseload.team.reassignHeading')}</Heading2>
      <Paragraph>{t('caseload.team.reassignIntro')}</Paragraph>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      {done !== null ? (
        <Paragraph role="status">{t('caseload.team.reassignDone', { reference: done })}</Paragraph>
      ) : null}
      <SelectField
        label={t('caseload.team.reassignTrajectory')}
        value={trajectoryId}
        onValueChange={setTrajectoryId}
        emptyOption={t('common.choose')}
        required
        {...form.field('trajectoryId')}
        options={data.trajectories.map((tr) => ({
          value: tr.trajectoryId,
          label: `${tr.familyReference} — ${data.regisseurs.find((r) => r.userId === tr.regisseurId)?.displayName ?? ''}`,
        }))}
      />
      <SelectField
        label={t('caseload.team.reassignTo')}
        value={toUserId}
        onValueChange={setToUserId}
        emptyOption={t('common.choose')}
        required
        {...form.field('toUserId')}
        options={candidates.map((r) => ({
          value: r.userId,
          label: t('caseload.team.candidate', { name: r.displayName, organisation: r.organisationName, count: r.open }),
        }))}
      />
      <TextareaField
        label={t('caseload.team.reassignNote')}
        description={t('caseload.team.reassignNoteDescription')}
        value={note}
        onValueChange={setNote}
        rows={3}
        required
        {...form.field('note')}
      />
      <Button type="submit" appearance="primary-action-button" disabled={reassign.isPending}>
        {t('caseload.team.reassignSave')}
      </Button>
    </form>
  );
}
