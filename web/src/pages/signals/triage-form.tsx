import { Button, Fieldset, FieldsetLegend, Heading2 } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MELDCODE_STEPS,
  REFERRAL_TARGETS,
  TRIAGE_OUTCOMES,
  useTriage,
  type Meldcode,
  type SignalDetail,
  type TriageBody,
  type TriageOutcome,
} from '../../api/signals';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { today } from '../../clock';

/** The triage decision's fields: labels for the error summary and, per problem code, what to do. */
function useTriageSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const e = (key: string) => t(`signals.triage.errors.${key}` as 'signals.triage.errors.outcome');
    return {
      outcome: { label: t('signals.triage.outcome'), messages: { required: e('outcome'), invalid_enum: e('outcome') } },
      referredTo: {
        label: t('signals.triage.referredTo'),
        messages: { required: e('referredTo'), invalid_enum: e('referredTo') },
      },
      newTrajectory: { label: t('signals.triage.personKind'), messages: { required: e('newTrajectory') } },
      meldcode: {
        label: t('signals.meldcode.title'),
        messages: { required: e('meldcode'), meldcode_required: e('meldcode'), too_small: e('meldcode') },
      },
      reason: {
        label: t('signals.triage.reason'),
        messages: {
          required: e('reason'),
          reason_required: e('reason'),
          too_small: e('reason'),
          too_big: e('reasonLong'),
        },
      },
    };
  }, [t]);
}

/** The triage decision; a domestic-safety referral walks through the five meldcode steps. */
export function TriageForm({ signal }: { signal: SignalDetail }) {
  const { t } = useTranslation();
  const triage = useTriage(signal.id);
  const [outcome, setOutcome] = useState<TriageOutcome | ''>('');
  const [reason, setReason] = useState('');
  const [referredTo, setReferredTo] = useState('');
  const [personKind, setPersonKind] = useState<'child' | 'parent' | 'household'>('parent');
  const [steps, setSteps] = useState(MELDCODE_STEPS.map((step) => ({ step, on: today(), note: '' })));
  const [decision, setDecision] = useState<Meldcode['decision']>('report_veilig_thuis');
  const serverError = useMemo(() => withFieldCodes(triage.error), [triage.error]);
  const form = useFormErrors(useTriageSpecs(), serverError);
  const safetyReferral = signal.category === 'domestic_safety' && outcome === 'referred';
  const outcomes = TRIAGE_OUTCOMES.filter((o) => (signal.familyId ? o !== 'new_trajectory' : o !== 'linked'));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const referredToCode = REFERRAL_TARGETS.find((known) => known === referredTo);
    const needsReason = outcome === 'no_action' || outcome === 'referred';
    const valid = form.check([
      issue(!outcome, 'outcome'),
      issue(outcome === 'referred' && !referredToCode, 'referredTo'),
      issue(safetyReferral && steps.every((s) => !s.note.trim()), 'meldcode'),
      issue(needsReason && reason.trim().length < 3, 'reason'),
    ]);
    if (!valid || !outcome) return;
    const body: TriageBody = {
      outcome,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(outcome === 'referred' && referredToCode ? { referredTo: referredToCode } : {}),
      ...(outcome === 'new_trajectory' ? { newTrajectory: { personKind } } : {}),
      ...(safetyReferral
        ? {
            meldcode: {
              decision,
              steps: steps.filter((s) => s.note.trim()).map((s) => ({ ...s, note: s.note.trim() })),
            },
          }
        : {}),
    };
    triage.mutate(body);
  };
  return (
    <section className="kt-section" aria-labelledby="triage-title">
      <Heading2 id="triage-title">{t('signals.triage.title')}</Heading2>
      <form onSubmit={onSubmit} noValidate data-testid="triage-form">
        <ErrorSummary form={form} />
        <RadioGroup
          legend={t('signals.triage.outcome')}
          name="outcome"
          value={outcome}
          onValueChange={setOutcome}
          {...form.field('outcome')}
          options={outcomes.map((o) => ({
            value: o,
            label: t(`signals.outcomes.${o}`),
            description: t(`signals.outcomeHints.${o}`),
          }))}
        />
        {outcome === 'referred' ? (
          <SelectField
            label={t('signals.triage.referredTo')}
            value={referredTo}
            onValueChange={setReferredTo}
            emptyOption={t('signals.choose')}
            required
            {...form.field('referredTo')}
            options={REFERRAL_TARGETS.map((r) => ({ value: r, label: t(`signals.referralTargets.${r}`) }))}
          />
        ) : null}
        {outcome === 'new_trajectory' ? (
          <SelectField
            label={t('signals.triage.personKind')}
            value={personKind}
            onValueChange={(v) => setPersonKind(v as typeof personKind)}
            options={(['parent', 'child', 'household'] as const).map((k) => ({
              value: k,
              label: t(`families.kinds.${k}`),
            }))}
          />
        ) : null}
        {safetyReferral ? (
          <Fieldset>
            <FieldsetLegend>{t('signals.meldcode.title')}</FieldsetLegend>
            {steps.map((s, i) => (
              <Fieldset key={s.step}>
                <FieldsetLegend>{t(`signals.meldcode.steps.${s.step}`)}</FieldsetLegend>
                <TextField
                  label={t('signals.meldcode.on')}
                  type="date"
                  value={s.on}
                  onValueChange={(v) => setSteps(steps.map((x, j) => (j === i ? { ...x, on: v } : x)))}
                />
                <TextareaField
                  label={t('signals.meldcode.note')}
                  {...(i === 0 ? form.field('meldcode') : {})}
                  value={s.note}
                  onValueChange={(v) => setSteps(steps.map((x, j) => (j === i ? { ...x, note: v } : x)))}
                />
              </Fieldset>
            ))}
            <SelectField
              label={t('signals.meldcode.decision')}
              value={decision}
              onValueChange={(v) => setDecision(v as Meldcode['decision'])}
              options={(['report_veilig_thuis', 'help', 'report_and_help'] as const).map((d) => ({
                value: d,
                label: t(`signals.meldcode.decisions.${d}`),
              }))}
            />
          </Fieldset>
        ) : null}
        <TextareaField
          label={t('signals.triage.reason')}
          value={reason}
          onValueChange={setReason}
          {...form.field('reason')}
          description={
            outcome === 'no_action' || outcome === 'referred' ? t('signals.triage.reasonRequired') : undefined
          }
        />
        <ProblemAlert error={form.otherError} />
        <Button appearance="primary-action-button" type="submit" disabled={triage.isPending}>
          {t('signals.triage.save')}
        </Button>
      </form>
    </section>
  );
}
