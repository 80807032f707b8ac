// The shared settings of Buurtgezinnen: how long a VOG counts and when check-in reminders fall.
// One set for the installation, changed only by a regional coordinator; others see the values.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveSharedSettings, type Settings } from '../../api/support-families';
import { TextField } from '../../components/form/text-field';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';

/** "42, 91" → [42, 91]; anything that is not a list of whole numbers gives null (the field says so). */
function parseDays(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  return parts.every((p) => /^\d{1,4}$/.test(p)) ? parts.map(Number) : null;
}

export function SharedSettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const save = useSaveSharedSettings();
  const [months, setMonths] = useState(String(settings.vogValidityMonths));
  const [days, setDays] = useState(settings.checkinDays.join(', '));
  const [daysInvalid, setDaysInvalid] = useState(false);
  const err = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseDays(days);
    setDaysInvalid(parsed === null);
    if (parsed) save.mutate({ vogValidityMonths: Number(months), checkinDays: parsed });
  };
  return (
    <section className="kt-section" aria-labelledby="shared-heading">
      <Heading2 id="shared-heading">{t('supportFamilies.settings.sharedTitle')}</Heading2>
      {settings.mayConfigure ? (
        <form onSubmit={submit} noValidate>
          <Paragraph>{t('supportFamilies.settings.sharedIntro')}</Paragraph>
          <ProblemAlert error={save.error} fieldsShownInline={['vogValidityMonths', 'checkinDays']} />
          <TextField
            label={t('supportFamilies.settings.vogMonths')}
            type="number"
            min={1}
            max={120}
            value={months}
            onValueChange={setMonths}
            description={t('supportFamilies.settings.vogMonthsDescription')}
            error={err('vogValidityMonths')}
          />
          <TextField
            label={t('supportFamilies.settings.checkinDays')}
            value={days}
            onValueChange={setDays}
            description={t('supportFamilies.settings.checkinDaysDescription')}
            error={daysInvalid ? t('supportFamilies.settings.checkinDaysInvalid') : err('checkinDays')}
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
