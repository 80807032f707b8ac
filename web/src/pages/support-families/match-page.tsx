// One match through its lifecycle: the next steps the rules allow, the separate introductions and
// acceptances, written agreements, what each family may be told about the other, and history.
import {
  Button,
  ButtonGroup,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  END_REASONS,
  useAgreement,
  useIntroduction,
  useMatch,
  useMatchEvent,
  useTransition,
  type EndReason,
  type MatchDetail,
  type MatchEventKind,
  type Side,
} from '../../api/support-families';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextareaField } from '../../components/form/textarea-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import { formatDate } from './labels';
import { today } from '../../clock';

export function MatchPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { matchId = '' } = useParams();
  const match = useMatch(matchId);
  return (
    <QueryView query={match}>
      {(m) => (
        <>
          <PageHeading>
            {t('supportFamilies.match.title', { request: m.request.givenName, family: m.family.givenName })}
          </PageHeading>
          <dl className="kt-sf-summary">
            <div>
              <dt>{t('supportFamilies.matches.statusCol')}</dt>
              <dd data-testid="match-status">{t(`supportFamilies.matchStatus.${m.status}`)}</dd>
            </div>
            <div>
              <dt>{t('supportFamilies.request.score')}</dt>
              <dd>{format.decimal(m.score)}</dd>
            </div>
            <div>
              <dt>{t('supportFamilies.matches.started')}</dt>
              <dd>{formatDate(m.startedAt, i18n.language)}</dd>
            </div>
          </dl>
          <Steps match={m} />
          <Events match={m} />
          {['joint_introduction', 'trial', 'active', 'evaluated'].includes(m.status) ? <Agreements match={m} /> : null}
          <IntroductionView matchId={m.id} />
          <section className="kt-section">
            <Heading2>{t('supportFamilies.match.history')}</Heading2>
            <OrderedList>
              {m.events.map((e, i) => (
                <OrderedListItem key={i}>
                  {formatDate(e.happenedOn, i18n.language)}:{' '}
                  {e.kind === 'status'
                    ? t('supportFamilies.match.movedTo', {
                        status: t(`supportFamilies.matchStatus.${(e.toStatus ?? 'proposed') as 'proposed'}`),
                      })
                    : t(`supportFamilies.events.${e.kind as 'checkin'}`)}{' '}
                  ({e.recordedBy}){e.note ? ` — ${e.note}` : ''}
                </OrderedListItem>
              ))}
            </OrderedList>
          </section>
        </>
      )}
    </QueryView>
  );
}

/** What a step still needs, as the server checks it (lifecycle/transitions.ts), so the button can say so first. */
function missingFor(match: MatchDetail, step: string): MissingStep[] {
  const had = (kind: string) => match.events.some((e) => e.kind === kind);
  const missing: MissingStep[] = [];
  if (step === 'joint_introduction') {
    if (!had('introduction_request')) missing.push('introduction_request');
    if (!had('introduction_family')) missing.push('introduction_family');
    if (!match.requestAccepted) missing.push('acceptance_request');
    if (!match.familyAccepted) missing.push('acceptance_family');
  }
  if (step === 'active' && match.agreements.length === 0) missing.push('agreement');
  return missing;
}
type MissingStep =
  'introduction_request' | 'introduction_family' | 'acceptance_request' | 'acceptance_family' | 'agreement';

function Steps({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const move = useTransition(match.id);
  const forward = match.next.filter((s) => s !== 'ended' && s !== 'evaluated');
  const hintId = useId();
  const blocked = forward.map((s) => ({ step: s, missing: missingFor(match, s) })).filter((x) => x.missing.length > 0);
  return (
    <section className="kt-section">
      <Heading2>{t('supportFamilies.match.next')}</Heading2>
      <ProblemAlert error={move.error} fieldsShownInline={['to']} />
      <ButtonGroup>
        {forward.map((s) => {
          const cannot = blocked.some((b) => b.step === s);
          return (
            <Button
              key={s}
              appearance="primary-action-button"
              disabled={move.isPending || cannot}
              aria-describedby={cannot ? `${hintId}-${s}` : undefined}
              onClick={() => move.mutate({ to: s })}
            >
              {t(`supportFamilies.match.to.${s as 'trial'}`)}
            </Button>
          );
        })}
      </ButtonGroup>
      {blocked.map((b) => (
        <Paragraph key={b.step} id={`${hintId}-${b.step}`} data-testid={`step-blocked-${b.step}`}>
          {t('supportFamilies.match.blocked', {
            step: t(`supportFamilies.match.to.${b.step as 'trial'}`),
            missing: format.list(b.missing.map((m) => t(`supportFamilies.match.missingSteps.${m}`))),
          })}
        </Paragraph>
      ))}
      {match.next.includes('evaluated') ? <EvaluationForm matchId={match.id} /> : null}
      {match.next.includes('ended') ? <EndForm matchId={match.id} /> : null}
    </section>
  );
}

/** The match forms' fields, each with a text per kind of problem that says what to do. */
function useMatchSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const all = (text: string) => ({ required: text, too_small: text, too_big: text, other: text });
    return {
      evaluation: {
        label: t('supportFamilies.match.evaluation'),
        messages: all(t('supportFamilies.match.errors.evaluation')),
      },
      endReason: {
        label: t('supportFamilies.match.endReason'),
        messages: {
          ...all(t('supportFamilies.match.errors.endReason')),
          invalid_enum: t('supportFamilies.match.errors.endReason'),
        },
      },
      what: { label: t('supportFamilies.match.what'), messages: all(t('supportFamilies.match.errors.what')) },
      howOften: {
        label: t('supportFamilies.match.howOften'),
        messages: all(t('supportFamilies.match.errors.howOften')),
      },
    };
  }, [t]);
}

function EvaluationForm({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const move = useTransition(matchId);
  const form = useFormErrors(useMatchSpecs(), move.error);
  const [evaluation, setEvaluation] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.check([issue(evaluation.trim().length > 4000, 'evaluation', 'too_big')])) return;
    move.mutate({ to: 'evaluated', ...(evaluation.trim() ? { evaluation: evaluation.trim() } : {}) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <TextareaField
        label={t('supportFamilies.match.evaluation')}
        value={evaluation}
        onValueChange={setEvaluation}
        {...form.field('evaluation')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" disabled={move.isPending}>
          {t('supportFamilies.match.to.evaluated')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function EndForm({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const move = useTransition(matchId);
  const form = useFormErrors(useMatchSpecs(), move.error);
  const [reason, setReason] = useState<EndReason | ''>('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form.check([issue(!reason, 'endReason')]) && reason) move.mutate({ to: 'ended', endReason: reason });
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <SelectField
        label={t('supportFamilies.match.endReason')}
        value={reason}
        emptyOption={t('common.choose')}
        required
        onValueChange={(v) => setReason(END_REASONS.find((r) => r === v) ?? '')}
        options={END_REASONS.map((r) => ({ value: r, label: t(`supportFamilies.endReasons.${r}`) }))}
        {...form.field('endReason')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" disabled={move.isPending}>
          {t('supportFamilies.match.to.ended')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Events({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const event = useMatchEvent(match.id);
  const early = match.status === 'proposed' || match.status === 'introductions';
  const running = ['trial', 'active', 'evaluated'].includes(match.status);
  const kinds: MatchEventKind[] = [];
  if (early) {
    kinds.push('introduction_request', 'introduction_family');
    if (!match.requestAccepted) kinds.push('accepted_request');
    if (!match.familyAccepted) kinds.push('accepted_family');
  }
  if (running) kinds.push('checkin');
  if (match.status !== 'ended' && !match.fosterInterest) kinds.push('foster_interest');
  if (kinds.length === 0) return null;
  return (
    <section className="kt-section">
      <Heading2>{t('supportFamilies.match.record')}</Heading2>
      <Paragraph>
        {t('supportFamilies.match.accepted', {
          request: match.requestAccepted ? t('common.yes') : t('common.no'),
          family: match.familyAccepted ? t('common.yes') : t('common.no'),
        })}
      </Paragraph>
      <ProblemAlert error={event.error} showDetail />
      <div className="kt-sf-actions">
        {kinds.map((k) => (
          <Button
            key={k}
            appearance="secondary-action-button"
            disabled={event.isPending}
            onClick={() => event.mutate({ kind: k, happenedOn: today() })}
          >
            {t(`supportFamilies.events.${k as 'checkin'}`)}
          </Button>
        ))}
      </div>
    </section>
  );
}

function Agreements({ match }: { match: MatchDetail }) {
  const { t } = useTranslation();
  const add = useAgreement(match.id);
  const form = useFormErrors(useMatchSpecs(), add.error);
  const [what, setWhat] = useState('');
  const [howOften, setHowOften] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ok = form.check([
      issue(!what.trim() || what.trim().length > 1000, 'what', what.trim() ? 'too_big' : 'required'),
      issue(!howOften.trim() || howOften.trim().length > 200, 'howOften', howOften.trim() ? 'too_big' : 'required'),
    ]);
    if (!ok) return;
    add.mutate(
      { what: what.trim(), howOften: howOften.trim() },
      {
        onSuccess: () => {
          setWhat('');
          setHowOften('');
        },
      },
    );
  };
  return (
    <section className="kt-section">
      <Heading2>{t('supportFamilies.match.agreements')}</Heading2>
      <OrderedList>
        {match.agreements.map((a, i) => (
          <OrderedListItem key={i}>
            {a.what} — {a.howOften}
          </OrderedListItem>
        ))}
      </OrderedList>
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <TextField
          label={t('supportFamilies.match.what')}
          value={what}
          onValueChange={setWhat}
          required
          {...form.field('what')}
        />
        <TextField
          label={t('supportFamilies.match.howOften')}
          value={howOften}
          onValueChange={setHowOften}
          required
          {...form.field('howOften')}
        />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" disabled={add.isPending}>
            {t('supportFamilies.match.addAgreement')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function IntroductionView({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const intro = useIntroduction(matchId);
  const side = (label: string, s: Side) => (
    <div>
      <dt>{label}</dt>
      <dd>
        {s.otherGivenName}
        {s.otherNeighbourhood ? `, ${s.otherNeighbourhood}` : ''}
        {s.contact ? ` — ${s.contact.familyName}, ${s.contact.email ?? ''} ${s.contact.phone ?? ''}` : ''}
      </dd>
    </div>
  );
  return (
    <section className="kt-section">
      <Heading2>{t('supportFamilies.match.introduction')}</Heading2>
      <QueryView query={intro}>
        {(i) => (
          <>
            <Paragraph>
              {i.bothAccepted ? t('supportFamilies.match.introFull') : t('supportFamilies.match.introLimited')}
            </Paragraph>
            <dl className="kt-sf-summary">
              {side(t('supportFamilies.match.toRequestFamily'), i.toRequestFamily)}
              {side(t('supportFamilies.match.toSupportFamily'), i.toSupportFamily)}
            </dl>
          </>
        )}
      </QueryView>
    </section>
  );
}
