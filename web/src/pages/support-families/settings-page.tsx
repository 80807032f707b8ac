// The coordinator's own weights for the suggestion criteria (0–10); the shared settings (VOG
// validity, check-in days) and the list of support kinds — editable by a regional coordinator
// (settings.mayConfigure, the same rule the server enforces), shown read-only to everyone else.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITERIA, useSaveWeights, useSettings, type Criterion } from '../../api/support-families';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { SharedSettingsForm } from './shared-settings-form';
import { SupportKindsSection } from './support-kinds-section';

/** A weight is a whole number from 0 to 10. */
const isWeight = (text: string) => /^\d{1,2}$/.test(text.trim()) && Number(text) <= 10;

function useWeightSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const weight = t('supportFamilies.settings.errors.weight');
    const messages = { required: weight, invalid_type: weight, too_small: weight, too_big: weight, other: weight };
    return {
      ...Object.fromEntries(CRITERIA.map((c) => [c, { label: t(`supportFamilies.criteria.${c}`), messages }])),
      // All weights at 0 is about the set, not one field: the summary links to the first weight.
      weights: {
        label: t('supportFamilies.settings.weightsTitle'),
        messages: { all_zero: t('supportFamilies.settings.errors.allZero') },
      },
    };
  }, [t]);
}

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  const save = useSaveWeights();
  const [weights, setWeights] = useState<Record<Criterion, string> | null>(null);
  useEffect(() => {
    if (settings.data && !weights)
      setWeights(
        Object.fromEntries(CRITERIA.map((c) => [c, String(settings.data.weights[c])])) as Record<Criterion, string>,
      );
  }, [settings.data, weights]);
  const serverError = useMemo(() => withFieldCodes(save.error), [save.error]);
  const form = useFormErrors(useWeightSpecs(), serverError);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!weights) return;
    const ok = form.check([
      ...CRITERIA.map((c) => issue(!isWeight(weights[c]), c, weights[c].trim() ? 'invalid_type' : 'required')),
      issue(
        CRITERIA.every((c) => isWeight(weights[c]) && Number(weights[c]) === 0),
        'weights',
        'all_zero',
      ),
    ]);
    if (ok) save.mutate(Object.fromEntries(CRITERIA.map((c) => [c, Number(weights[c])])) as Record<Criterion, number>);
  };
  return (
    <>
      <PageHeading>{t('supportFamilies.settings.title')}</PageHeading>
      {settings.data ? (
        <Paragraph>
          {t('supportFamilies.settings.area', { area: settings.data.area.map((a) => a.name).join(', ') || '—' })}
        </Paragraph>
      ) : null}
      {weights ? (
        <section className="kt-section" aria-labelledby="weights-heading">
          <Heading2 id="weights-heading">{t('supportFamilies.settings.weightsTitle')}</Heading2>
          <form onSubmit={submit} noValidate>
            <Paragraph>{t('supportFamilies.settings.weightsIntro')}</Paragraph>
            <ErrorSummary form={form} />
            <ProblemAlert error={form.otherError} />
            <div id={form.field('weights').id}>
              {CRITERIA.map((c) => (
                <TextField
                  key={c}
                  label={t(`supportFamilies.criteria.${c}`)}
                  type="number"
                  min={0}
                  max={10}
                  value={weights[c]}
                  onValueChange={(v) => setWeights({ ...weights, [c]: v })}
                  {...form.field(c)}
                />
              ))}
            </div>
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
                {t('supportFamilies.settings.save')}
              </Button>
            </ButtonGroup>
            {save.isSuccess ? <Paragraph role="status">{t('supportFamilies.settings.saved')}</Paragraph> : null}
          </form>
        </section>
      ) : null}
      {settings.data ? <SharedSettingsForm settings={settings.data} /> : null}
      <SupportKindsSection />
    </>
  );
}
