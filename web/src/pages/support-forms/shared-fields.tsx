// Fields both public forms share: kinds of support, languages, days × parts of day, consent, and
// the honeypot (hidden from people and screen readers; bots fill it in).
import { Fieldset, FieldsetLegend, FormFieldDescription, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpecs } from '../../components/form/field-messages';
import { DAYS, PARTS, useSupportKinds } from '../../api/support-families';
import { CheckboxField } from '../../components/form/checkbox-field';
import { CheckboxGroup } from '../../components/form/checkbox-group';

export const LANGUAGES = ['nl', 'fy', 'en', 'ar', 'tr', 'pl', 'ti', 'so', 'uk', 'de'] as const;

export function KindsField({
  legend,
  selected,
  onChange,
  error,
  id,
}: {
  legend: string;
  selected: string[];
  onChange: (v: string[]) => void;
  error?: string | undefined;
  id?: string | undefined;
}) {
  const { i18n } = useTranslation();
  const kinds = useSupportKinds().data?.items ?? [];
  const lang = i18n.language.startsWith('en') ? 'en' : 'nl';
  return (
    <CheckboxGroup
      legend={legend}
      options={kinds.map((k) => ({ value: k.code, label: k.label[lang] }))}
      selected={selected}
      onSelectedChange={onChange}
      error={error}
      id={id}
    />
  );
}

export function LanguagesField({
  legend,
  selected,
  onChange,
  error,
  id,
}: {
  legend: string;
  selected: string[];
  onChange: (v: string[]) => void;
  error?: string | undefined;
  id?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      legend={legend}
      options={LANGUAGES.map((l) => ({ value: l, label: t(`supportFamilies.languages.${l}`) }))}
      selected={selected}
      onSelectedChange={onChange}
      error={error}
      id={id}
    />
  );
}

export function AvailabilityField({
  legend,
  selected,
  onChange,
  error,
  id,
}: {
  legend: string;
  selected: string[];
  onChange: (v: string[]) => void;
  error?: string | undefined;
  id?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset id={id} invalid={Boolean(error)}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {error ? <FormFieldDescription>{error}</FormFieldDescription> : null}
      <div className="kt-sf-days">
        {DAYS.map((d) => (
          <Fieldset key={d} className="kt-sf-day">
            <FieldsetLegend>{t(`supportFamilies.days.${d}`)}</FieldsetLegend>
            {PARTS.map((p) => {
              const slot = `${d}_${p}`;
              return (
                <CheckboxField
                  key={slot}
                  name={slot}
                  label={t(`supportFamilies.parts.${p}`)}
                  checked={selected.includes(slot)}
                  onCheckedChange={(on) => onChange(on ? [...selected, slot] : selected.filter((s) => s !== slot))}
                />
              );
            })}
          </Fieldset>
        ))}
      </div>
    </Fieldset>
  );
}

export function ConsentField({
  checked,
  onChange,
  error,
  id,
}: {
  checked: boolean;
  onChange: (v: boolean) => void;
  error?: string | undefined;
  id?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset id={id} invalid={Boolean(error)}>
      <FieldsetLegend>{t('supportFamilies.form.consentLegend')}</FieldsetLegend>
      <Paragraph>{t('supportFamilies.form.consentText')}</Paragraph>
      <CheckboxField
        label={t('supportFamilies.form.consent')}
        checked={checked}
        onCheckedChange={onChange}
        description={error}
      />
    </Fieldset>
  );
}

/** Off-screen, not focusable, not announced: people never fill it in. */
export function Honeypot({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <div className="kt-sf-honeypot" aria-hidden="true">
      <label htmlFor="kt-website">Website</label>
      <input
        id="kt-website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function parseAges(raw: string): number[] {
  return raw
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((x) => Number(x))
    .filter((n) => Number.isInteger(n));
}

const RULE_CODES = ['postcode_unknown', 'unknown_support_kind', 'below_minimum', 'in_future'] as const;

/**
 * The public forms' fields for the shared form pattern: each with its label, and the server's rule
 * codes (`postcode_unknown`, …) in plain words.
 */
export function useSupportFormSpecs(labels: Record<string, string>): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const messages = Object.fromEntries(RULE_CODES.map((code) => [code, t(`supportFamilies.fieldErrors.${code}`)]));
    return Object.fromEntries(Object.entries(labels).map(([path, label]) => [path, { label, messages }]));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels are rebuilt from `t` each render
  }, [t, JSON.stringify(labels)]);
}
