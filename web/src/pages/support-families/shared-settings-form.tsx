// The shared settings of Buurtgezinnen: how long a VOG counts and when check-in reminders fall.
// One set for the installation, changed only by a regional coordinator; others see the values.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveSharedSettings, type Settings } from '../../api/support-families';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';

/** "42, 91" → [42, 91]; anything but at most 10 whole numbers from 1 to 730 gives null (the field says so). */
function parseDays(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const days = parts.every((p) => /^\d{1,4}$/.test(p)) ? parts.map(Number) : null;
  return days && days.length <= 10 && days.every((d) => d >= 1 && d <= 730) ? days : null;
}

function useSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(() => {
    const months = t('supportFamilies.settings.errors.vogMonths');
    const days = t('supportFamilies.settings.checkinDaysInvalid');
    const all = (text: string) => ({ required: text, invalid_type: text, too_small: text, too_big: text, other: text });
    return {
      vogValidityMonths: { label: t('supportFamilies.settings.vogMonths'), messages: all(months) },
      checkinDays: { label: t('supportFamilies.settings.checkinDays'), messages: all(days) },
    };
  }, [t]);
}

export function SharedSettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const save = useSaveSharedSettings();
  const [months, setMonths] = useState(String(settings.vogValidityMonths));
  const [days, setDays] = useState(settings.checkinDays.join(', '));
  const form = useFormErrors(useSpecs(), save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseDays(days);
    const vogMonths = Number(months.trim());
    const ok = form.check([
      issue(!months.trim() || !Number.isInteger(vogMonths) || vogMonths < 1 || vogMonths > 120, 'vogValidityMonths'),
      issue(parsed === null, 'checkinDays'),
    ]);
    if (ok && parsed) save.mutate({ vogValidityMonths: vogMonths, checkinDays: parsed });
  };
  return (
    <section className="kt-section" aria-labelledby="shared-heading">
      <Heading2 id="shared-heading">{t('supportFamilies.settings.sharedTitle')}</Heading2>
      {settings.mayConfigure ? (
        <form onSubmit={submit} noValidate>
          <Paragraph>{t('supportFamilies.settings.sharedIntro')}</Paragraph>
          <ErrorSummary form={form} />
          <ProblemAlert error={form.otherError} />
          <TextField
            label={t('supportFamilies.settings.vogMonths')}
            type="number"
            min={1}
            max={120}
            value={months}
            onValueChange={setMonths}
            description={t('supportFamilies.settings.vogMonthsDescription')}
            {...form.field('vogValidityMonths')}
          />
          <TextField
            label={t('supportFamilies.settings.checkinDays')}
            value={days}
            onValueChange={setDays}
            description={t('supportFamilies.settings.checkinDaysDescription')}
            {...form.field('checkinDays')}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={save.isPending} disabled={save.isPending}>
              {t('supportFamilies.settings.saveShared')}
            </Button>
          </ButtonGroup>
          {save.isSuccess ? <Paragraph role="status">{t('supportFamilies.settings.saved')}</Paragraph> : null}
        </form>
      ) : (
        <>
          <Paragraph>
            {t('supportFamilies.settings.shared', {
              months: settings.vogValidityMonths,
              days: settings.checkinDays.join(', '),
            })}
          </Paragraph>
          <Paragraph>{t('supportFamilies.settings.regionalOnly')}</Paragraph>
        </>
      )}
    </section>
  );
}
