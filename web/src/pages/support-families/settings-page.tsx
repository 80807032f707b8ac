// The coordinator's own weights for the suggestion criteria (0–10); the shared settings (VOG
// validity, check-in days) and the list of support kinds — editable by a regional coordinator
// (settings.mayConfigure, the same rule the server enforces), shown read-only to everyone else.
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITERIA, useSaveWeights, useSettings, type Criterion } from '../../api/support-families';
import { TextField } from '../../components/form/text-field';
import { PageHeading } from '../../components/page-heading';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { SharedSettingsForm } from './shared-settings-form';
import { SupportKindsSection } from './support-kinds-section';

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
  const err = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (weights)
      save.mutate(Object.fromEntries(CRITERIA.map((c) => [c, Number(weights[c])])) as Record<Criterion, number>);
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
            <ProblemAlert error={save.error} />
            {CRITERIA.map((c) => (
              <TextField
                key={c}
                label={t(`supportFamilies.criteria.${c}`)}
                type="number"
                min={0}
                max={10}
                value={weights[c]}
                onValueChange={(v) => setWeights({ ...weights, [c]: v })}
                error={err(c)}
              />
            ))}
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
