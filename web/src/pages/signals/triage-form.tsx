import { Button, Fieldset, FieldsetLegend, Heading2 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
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
import { fieldCodesOf, generalFieldText, ProblemAlert } from '../../components/problem-alert';
import { today } from '../../clock';

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
  const fieldError = fieldCodesOf(triage.error);
  const err = (f: string) => {
    const c = fieldError(f);
    return c
      ? t(`signals.reasons.${c}` as 'signals.reasons.required', { defaultValue: generalFieldText(c) })
      : undefined;
  };
  const safetyReferral = signal.category === 'domestic_safety' && outcome === 'referred';
  const outcomes = TRIAGE_OUTCOMES.filter((o) => (signal.familyId ? o !== 'new_trajectory' : o !== 'linked'));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome) return;
    const referredToCode = REFERRAL_TARGETS.find((known) => known === referredTo);
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
        <RadioGroup
          legend={t('signals.triage.outcome')}
          name="outcome"
          value={outcome}
          onValueChange={setOutcome}
          error={err('outcome')}
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
            error={err('referredTo')}
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
          error={err('reason')}
          description={
            outcome === 'no_action' || outcome === 'referred' ? t('signals.triage.reasonRequired') : undefined
          }
        />
        <ProblemAlert error={triage.error} fieldsShownInline={['reason', 'referredTo', 'outcome']} />
        <Button appearance="primary-action-button" type="submit" disabled={!outcome || triage.isPending}>
          {t('signals.triage.save')}
        </Button>
      </form>
    </section>
  );
}
