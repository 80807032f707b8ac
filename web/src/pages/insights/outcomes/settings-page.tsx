// "Instellingen meetdefinities": how a municipality measures its outcomes — which ending reasons count
// as drop-out, the look-back window for repeat use, the publication threshold and rounding — with who
// changed them last. The municipality's own policy advisor changes them; others see them read-only
// (the server decides; `canChange` only spares them a form they cannot send).
import '../insights.css';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../api/auth';
import {
  useOutcomeOptions,
  useOutcomeSettings,
  useSaveOutcomeSettings,
  type OutcomeSettings,
  type OutcomeSettingsBody,
} from '../../../api/outcomes';
import { CheckboxField } from '../../../components/form/checkbox-field';
import { ErrorSummary } from '../../../components/form/error-summary';
import type { FieldSpecs } from '../../../components/form/field-messages';
import { RadioGroup } from '../../../components/form/radio-group';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { issue, useFormErrors } from '../../../components/form/use-form-errors';
import { PageHeading } from '../../../components/page-heading';
import { ProblemAlert } from '../../../components/problem-alert';
import { useFormat } from '../../../i18n/format';

type DropOut = OutcomeSettingsBody['dropOutReasons'];

export function OutcomeSettingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const own = useCurrentUser().homeOrganisation.municipalityCode ?? '';
  const municipality = params.get('municipality') ?? (own || '0193');
  const options = useOutcomeOptions('municipality', municipality);
  const settings = useOutcomeSettings(municipality);
  const name = settings.data?.municipality.name ?? '';
  return (
    <>
      <PageHeading>{t('outcomes.settings.title')}</PageHeading>
      {name ? <Paragraph lead>{t('outcomes.settings.intro', { name })}</Paragraph> : null}
      {(options.data?.municipalities.length ?? 0) > 1 ? (
        <form className="kt-filters" onSubmit={(e) => e.preventDefault()} aria-label={t('outcomes.filters.label')}>
          <SelectField
            label={t('outcomes.settings.municipality')}
            value={municipality}
            onValueChange={(v) => setParams(new URLSearchParams({ municipality: v }), { replace: true })}
            options={(options.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
          />
        </form>
      ) : null}
      <ProblemAlert error={settings.error} />
      {settings.data ? <SettingsForm key={municipality} settings={settings.data} /> : null}
    </>
  );
}

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const months = t('outcomes.settings.windowError');
    const threshold = t('outcomes.settings.thresholdError');
    const all = (text: string) => ({ required: text, too_small: text, too_big: text, invalid_type: text });
    return {
      dropOutReasons: { label: t('outcomes.settings.dropOut') },
      repeatWindowMonths: { label: t('outcomes.settings.window'), messages: all(months) },
      suppressionThreshold: { label: t('outcomes.settings.threshold'), messages: all(threshold) },
    };
  }, [t]);
}

const whole = (text: string, min: number, max: number): number | null => {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
};

function SettingsForm({ settings }: { settings: OutcomeSettings }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveOutcomeSettings(settings.municipality.code);
  const form = useFormErrors(useSpecs(), save.error);
  const [dropOut, setDropOut] = useState<DropOut>(settings.dropOutReasons);
  const [windowText, setWindowText] = useState(String(settings.repeatWindowMonths));
  const [threshold, setThreshold] = useState(String(settings.suppressionThreshold));
  const [round, setRound] = useState(settings.roundToFive);
  const editable = settings.canChange;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const months = whole(windowText, 1, 60);
    const limit = whole(threshold, 5, 50);
    const ok = form.check([
      issue(months === null, 'repeatWindowMonths', 'too_big'),
      issue(limit === null, 'suppressionThreshold', 'too_big'),
    ]);
    if (!ok || months === null || limit === null) return;
    save.mutate({
      dropOutReasons: dropOut,
      repeatWindowMonths: months,
      suppressionThreshold: limit,
      roundToFive: round,
    });
  };

  const changed = settings.updatedAt
    ? settings.updatedBy
      ? t('outcomes.settings.changed', { who: settings.updatedBy, when: format.dateTime(settings.updatedAt) })
      : t('outcomes.settings.changedUnknown', { when: format.dateTime(settings.updatedAt) })
    : t('outcomes.settings.defaults');
  return (
    <form onSubmit={submit} noValidate className="kt-section" aria-label={t('outcomes.settings.title')}>
      <Paragraph data-testid="settings-changed">{changed}</Paragraph>
      {editable ? null : (
        <Alert type="info" className="kt-alert">
          <Paragraph>{t('outcomes.settings.readOnly', { name: settings.municipality.name })}</Paragraph>
        </Alert>
      )}
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <fieldset disabled={!editable} className="kt-plain-fieldset">
        <RadioGroup<DropOut>
          legend={t('outcomes.settings.dropOut')}
          name="dropOutReasons"
          value={dropOut}
          onValueChange={setDropOut}
          options={[
            {
              value: '03',
              label: t('outcomes.settings.dropOut03'),
              description: t('outcomes.settings.dropOut03Hint'),
            },
            {
              value: '03+04',
              label: t('outcomes.settings.dropOut0304'),
              description: t('outcomes.settings.dropOut0304Hint'),
            },
          ]}
          {...form.field('dropOutReasons')}
        />
        <TextField
          label={t('outcomes.settings.window')}
          description={t('outcomes.settings.windowHint')}
          value={windowText}
          onValueChange={setWindowText}
          inputMode="numeric"
          size={4}
          {...form.field('repeatWindowMonths')}
        />
        <TextField
          label={t('outcomes.settings.threshold')}
          description={t('outcomes.settings.thresholdHint')}
          value={threshold}
          onValueChange={setThreshold}
          inputMode="numeric"
          size={4}
          {...form.field('suppressionThreshold')}
        />
        <CheckboxField label={t('outcomes.settings.rounding')} checked={round} onCheckedChange={setRound} />
      </fieldset>
      {editable ? (
        <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
          {t('outcomes.settings.save')}
        </Button>
      ) : null}
      <Paragraph role="status">{save.isSuccess && !save.isPending ? t('outcomes.settings.saved') : ''}</Paragraph>
    </form>
  );
}
