import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMeeting, useRemoveParticipant, useTakeOver, type Meeting } from '../../api/meetings';
import { usePlan } from '../../api/plans';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { ConfirmTop3Form } from './confirm-form';
import { ParticipantForm } from './participant-form';
import { ShieldsPanel } from '../portal/shields-panel';
import './meetings.css';

export function MeetingPage() {
  const { t } = useTranslation();
  const { familyId = '', meetingId = '' } = useParams();
  const meeting = useMeeting(familyId, meetingId);
  const format = useFormat();
  if (meeting.isPending) return <Loading />;
  if (meeting.isError) {
    return (
      <>
        <PageHeading>{t('meetings.detailTitleUnknown')}</PageHeading>
        <ProblemAlert error={meeting.error} />
      </>
    );
  }
  const m = meeting.data;
  return (
    <>
      <PageHeading>
        {t('meetings.detailTitle', { kind: t(`meetings.kinds.${m.kind}`), date: format.date(m.heldOn) })}
      </PageHeading>
      <Paragraph>
        <AppLink to={`/families/${familyId}/meetings`}>{t('meetings.backToList')}</AppLink>
      </Paragraph>
      <DataList appearance="rows" className="kt-data-list">
        <DataListItem>
          <DataListKey>{t('meetings.location')}</DataListKey>
          <DataListValue>{m.location ?? t('common.none')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('meetings.recordedBy')}</DataListKey>
          <DataListValue>{m.createdBy}</DataListValue>
        </DataListItem>
      </DataList>
      <WhoSaidWhat meeting={m} />
      {m.abilities.edit ? <ParticipantForm meeting={m} /> : null}
      <ComputedTop3 meeting={m} />
      {m.confirmed ? (
        <ConfirmedTop3 meeting={m} />
      ) : m.abilities.edit && m.computed.tallies.length > 0 ? (
        <ConfirmTop3Form key={m.computed.candidates.join()} meeting={m} />
      ) : null}
      <ShieldsPanel
        familyId={familyId}
        items={[{ kind: 'meeting', ref: m.id, label: t('portal.shields.thisMeeting') }]}
        canShield={m.abilities.edit}
      />
    </>
  );
}

function WhoSaidWhat({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const remove = useRemoveParticipant(meeting.familyId, meeting.id);
  return (
    <section className="kt-section kt-voice-list" aria-labelledby="who-said-what">
      <Heading2 id="who-said-what">{t('meetings.whoSaidWhat')}</Heading2>
      {meeting.participants.length === 0 ? <Paragraph>{t('meetings.noParticipants')}</Paragraph> : null}
      <ProblemAlert error={remove.error} />
      {meeting.participants.map((p) => (
        <article key={p.id} className="kt-card" aria-labelledby={`participant-${p.id}`}>
          <Heading3 id={`participant-${p.id}`}>
            {t('meetings.participantHeading', { name: p.name, role: p.roleLabel })}
          </Heading3>
          <Paragraph>
            {t(`meetings.participantKinds.${p.kind}`)}
            {p.safetyRating !== null ? ` · ${t('meetings.safetyRating', { rating: p.safetyRating })}` : ''}
          </Paragraph>
          {p.concerns.length > 0 ? (
            <ol className="utrecht-ordered-list">
              {p.concerns.map((c) => (
                <li key={c.rank} className="utrecht-ordered-list__item">
                  “{c.ownWords}” —{' '}
                  <span className="kt-muted">{t('meetings.mappedTo', { label: c.concernLabel, count: c.points })}</span>
                </li>
              ))}
            </ol>
          ) : (
            <Paragraph>{t('meetings.noConcerns')}</Paragraph>
          )}
          {p.strengths.length > 0 ? (
            <>
              <Paragraph>
                <strong>{t('meetings.whatGoesWell')}</strong>
              </Paragraph>
              <UnorderedList>
                {p.strengths.map((s) => (
                  <UnorderedListItem key={s}>{s}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          ) : null}
          {meeting.abilities.edit ? (
            <Button appearance="subtle-button" onClick={() => remove.mutate(p.id)} disabled={remove.isPending}>
              {t('meetings.removeParticipant', { name: p.name })}
            </Button>
          ) : null}
        </article>
      ))}
    </section>
  );
}

function ComputedTop3({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { computed } = meeting;
  const label = (key: string) => computed.tallies.find((x) => x.concernKey === key)?.label ?? key;
  return (
    <section className="kt-section" aria-labelledby="computed-top3">
      <Heading2 id="computed-top3">{t('meetings.computedTitle')}</Heading2>
      <Paragraph>{t('meetings.ruleExplained')}</Paragraph>
      {computed.tallies.length === 0 ? (
        <Paragraph>{t('meetings.noConcernsYet')}</Paragraph>
      ) : (
        <DataTable caption={t('meetings.computedCaption', { total: computed.totalPoints })} testId="computed-top3">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('meetings.position')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('meetings.sharedConcern')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('meetings.points')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('meetings.firstChoices')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('meetings.mentionedBy')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {computed.tallies.map((x) => (
              <TableRow key={x.concernKey} className={x.position <= 3 ? 'kt-row-candidate' : undefined}>
                <TableCell>
                  {x.position}
                  {x.tied ? ` (${t('meetings.tie')})` : ''}
                </TableCell>
                <TableCell>{x.label}</TableCell>
                <TableCell>{x.points}</TableCell>
                <TableCell>{x.firstChoices}</TableCell>
                <TableCell>{x.voices.map((v) => v.name).join(', ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
      {computed.ties.map((group) => (
        <Alert key={group.join()} type="warning" className="kt-alert">
          <Paragraph>
            {t('meetings.tieNotice', { concerns: group.map(label).join(` ${t('meetings.and')} `) })}
          </Paragraph>
        </Alert>
      ))}
      {meeting.safety ? <Paragraph>{t('meetings.safetySummary', meeting.safety)}</Paragraph> : null}
    </section>
  );
}

function ConfirmedTop3({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const format = useFormat();
  const plan = usePlan(meeting.familyId);
  const takeOver = useTakeOver(meeting.familyId, meeting.id);
  const confirmed = meeting.confirmed;
  if (!confirmed) return null;
  return (
    <section className="kt-section" aria-labelledby="confirmed-top3">
      <Heading2 id="confirmed-top3">{t('meetings.confirmedTitle')}</Heading2>
      <ol className="utrecht-ordered-list">
        {confirmed.order.map((c) => (
          <li key={c.concernKey} className="utrecht-ordered-list__item">
            {c.label}{' '}
            <span className="kt-muted">
              ({t('meetings.pointsCount', { count: c.points })})
              {c.position === 1 ? ` — ${t('meetings.tackledFirst')}` : ''}
            </span>
          </li>
        ))}
      </ol>
      <Paragraph>
        {t('meetings.confirmedBy', { name: confirmed.confirmedBy, date: format.dateTime(confirmed.confirmedAt) })}
      </Paragraph>
      {confirmed.reason ? (
        <Paragraph>{t('meetings.reasonShown', { reason: confirmed.reason })}</Paragraph>
      ) : (
        <Paragraph>{t('meetings.followsCount')}</Paragraph>
      )}
      {meeting.planVersion !== null ? (
        <Alert type="ok" role="status" className="kt-alert">
          <Paragraph>
            {t('meetings.takenOver', { version: meeting.planVersion })}{' '}
            <AppLink to={`/families/${meeting.familyId}/plan`}>{t('meetings.openPlan')}</AppLink>
          </Paragraph>
        </Alert>
      ) : plan.data?.abilities.edit ? (
        <>
          <ProblemAlert error={takeOver.error} showDetail />
          <Button
            appearance="primary-action-button"
            busy={takeOver.isPending}
            disabled={takeOver.isPending || plan.isPending}
            onClick={() => takeOver.mutate(plan.data?.current?.version ?? 0)}
          >
            {t('meetings.takeOver')}
          </Button>
        </>
      ) : null}
    </section>
  );
}
