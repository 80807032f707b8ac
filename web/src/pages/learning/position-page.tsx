// A policy advisor positions their own municipality on every step of the meetlat at a chosen moment,
// each with a short reflection in their own words, and names the step that needs most attention now.
// The form starts from the latest moment, so changing one step is one change.
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMeetlat, useRecordAssessment, type MeetlatView } from '../../api/learning';
import { today } from '../../clock';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { usePersonalDataMessages } from './texts';
import './learning.css';

export function PositionPage() {
  const { t } = useTranslation();
  const meetlat = useMeetlat();
  return (
    <>
      <PageHeading>{t('learning.position.title')}</PageHeading>
      <QueryView query={meetlat}>
        {(v) =>
          v.meetlat && v.ownMunicipality && v.abilities.position ? (
            <PositionForm view={v} meetlat={v.meetlat} own={v.ownMunicipality} />
          ) : (
            <Paragraph>{t('learning.position.notAllowed')}</Paragraph>
          )
        }
      </QueryView>
    </>
  );
}

function PositionForm({
  view,
  meetlat,
  own,
}: {
  view: MeetlatView;
  meetlat: NonNullable<MeetlatView['meetlat']>;
  own: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const record = useRecordAssessment();
  const mine = view.municipalities.find((m) => m.code === own);
  const latest = mine?.assessments[mine.assessments.length - 1];
  const [assessedOn, setAssessedOn] = useState(today());
  const [levels, setLevels] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      meetlat.steps.map((s) => [s.id, String(latest?.positions.find((p) => p.stepId === s.id)?.level ?? '')]),
    ),
  );
  const [reflections, setReflections] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      meetlat.steps.map((s) => [s.id, latest?.positions.find((p) => p.stepId === s.id)?.reflection ?? '']),
    ),
  );
  const [focusStepId, setFocusStepId] = useState(latest?.focusStepId ?? '');
  const [focusReason, setFocusReason] = useState('');
  const personal = usePersonalDataMessages();
  const specs: FieldSpecs = useMemo(
    () => ({
      assessedOn: {
        label: t('learning.position.assessedOn'),
        messages: { in_future: t('learning.position.errors.inFuture') },
      },
      ...Object.fromEntries(
        meetlat.steps.flatMap((s, i) => [
          [
            `positions.${i}.level`,
            {
              label: t('learning.position.levelOf', { step: s.title }),
              messages: { required: t('learning.position.errors.level') },
            },
          ],
          [
            `positions.${i}.reflection`,
            {
              label: t('learning.position.reflectionOf', { step: s.title }),
              messages: { required: t('learning.position.errors.reflection'), ...personal },
            },
          ],
        ]),
      ),
      focusStepId: { label: t('learning.position.focus'), messages: { required: t('learning.position.errors.focus') } },
      focusReason: {
        label: t('learning.position.focusReason'),
        messages: { required: t('learning.position.errors.focusReason'), ...personal },
      },
    }),
    [t, meetlat.steps, personal],
  );
  const form = useFormErrors(specs, record.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const ok = form.check([
      issue(!assessedOn, 'assessedOn'),
      ...meetlat.steps.flatMap((s, i) => [
        issue(!levels[s.id], `positions.${i}.level`),
        issue(!reflections[s.id]?.trim(), `positions.${i}.reflection`),
      ]),
      issue(!focusStepId, 'focusStepId'),
      issue(!focusReason.trim(), 'focusReason'),
    ]);
    if (!ok) return;
    record.mutate(
      {
        municipality: own,
        assessedOn,
        focusStepId,
        focusReason: focusReason.trim(),
        positions: meetlat.steps.map((s) => ({
          stepId: s.id,
          level: Number(levels[s.id]),
          reflection: (reflections[s.id] ?? '').trim(),
        })),
      },
      { onSuccess: () => void navigate('/learning/meetlat') },
    );
  };
  const levelOptions = meetlat.levels.map((name, i) => ({ value: String(i + 1), label: `${i + 1} – ${name}` }));
  return (
    <form onSubmit={onSubmit} noValidate data-testid="position-form">
      <Paragraph>{t('learning.position.intro', { municipality: mine?.name ?? own })}</Paragraph>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <TextField
        label={t('learning.position.assessedOn')}
        type="date"
        value={assessedOn}
        onValueChange={setAssessedOn}
        required
        {...form.field('assessedOn')}
      />
      {meetlat.steps.map((s, i) => (
        <Fieldset key={s.id} className="kt-step-fieldset">
          <FieldsetLegend>
            {s.position}. {s.title}
          </FieldsetLegend>
          <Paragraph>
            <small>{s.description}</small>
          </Paragraph>
          <SelectField
            label={t('learning.position.level')}
            value={levels[s.id] ?? ''}
            onValueChange={(v) => setLevels((prev) => ({ ...prev, [s.id]: v }))}
            emptyOption={t('learning.position.choose')}
            options={levelOptions}
            {...form.field(`positions.${i}.level`)}
          />
          <TextareaField
            label={t('learning.position.reflection')}
            value={reflections[s.id] ?? ''}
            onValueChange={(v) => setReflections((prev) => ({ ...prev, [s.id]: v }))}
            rows={2}
            {...form.field(`positions.${i}.reflection`)}
          />
        </Fieldset>
      ))}
      <SelectField
        label={t('learning.position.focus')}
        value={focusStepId}
        onValueChange={setFocusStepId}
        emptyOption={t('learning.position.choose')}
        options={meetlat.steps.map((s) => ({ value: s.id, label: `${s.position}. ${s.title}` }))}
        {...form.field('focusStepId')}
      />
      <TextareaField
        label={t('learning.position.focusReason')}
        value={focusReason}
        onValueChange={setFocusReason}
        {...form.field('focusReason')}
      />
      <Button appearance="primary-action-button" type="submit" disabled={record.isPending}>
        {t('learning.position.save')}
      </Button>
    </form>
  );
}
