// Writing in the learning log: what went well, less well or where it chafed, linked to a team, a
// meetlat step or the municipality — never to a family. Personal data is refused by the server with
// the field marked.
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { learningKindValues, useCreateEntry, type LearningKind, type useLearningContext } from '../../api/learning';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { usePersonalDataMessages } from './texts';

type Context = NonNullable<ReturnType<typeof useLearningContext>['data']>;

export function EntryForm({ context, municipality }: { context: Context; municipality: string }) {
  const { t } = useTranslation();
  const create = useCreateEntry();
  const [kind, setKind] = useState<LearningKind | ''>('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [teamId, setTeamId] = useState('');
  const [stepId, setStepId] = useState('');
  const [saved, setSaved] = useState(false);
  const personal = usePersonalDataMessages();
  const teams = context.teams.filter((tm) => tm.municipalityCode === municipality);
  const specs: FieldSpecs = useMemo(
    () => ({
      kind: { label: t('learning.entry.kind'), messages: { required: t('learning.entry.errors.kind') } },
      title: {
        label: t('learning.entry.title'),
        messages: {
          required: t('learning.entry.errors.title'),
          too_small: t('learning.entry.errors.title'),
          ...personal,
        },
      },
      body: { label: t('learning.entry.body'), messages: { required: t('learning.entry.errors.body'), ...personal } },
      teamId: { label: t('learning.entry.team') },
      meetlatStepId: { label: t('learning.entry.step') },
    }),
    [t, personal],
  );
  const form = useFormErrors(specs, create.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const ok = form.check([
      issue(!kind, 'kind'),
      issue(title.trim().length < 3, 'title', title.trim() ? 'too_small' : 'required'),
      issue(!body.trim(), 'body'),
    ]);
    if (!ok || !kind) return;
    create.mutate(
      {
        kind,
        title: title.trim(),
        body: body.trim(),
        municipality,
        ...(teamId ? { teamId } : {}),
        ...(stepId ? { meetlatStepId: stepId } : {}),
      },
      {
        onSuccess: () => {
          setTitle('');
          setBody('');
          setKind('');
          setSaved(true);
          form.clear();
        },
      },
    );
  };
  return (
    <section aria-labelledby="entry-form-title">
      <Heading2 id="entry-form-title">
        {t('learning.entry.formTitle', {
          municipality: context.municipalities.find((m) => m.code === municipality)?.name ?? '',
        })}
      </Heading2>
      <form onSubmit={onSubmit} noValidate data-testid="entry-form">
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        {saved ? <p role="status">{t('learning.entry.saved')}</p> : null}
        <RadioGroup
          legend={t('learning.entry.kind')}
          name="kind"
          value={kind}
          onValueChange={(v) => setKind(learningKindValues.find((k) => k === v) ?? '')}
          options={learningKindValues.map((k) => ({ value: k, label: t(`learning.kinds.${k}`) }))}
          {...form.field('kind')}
        />
        <TextField
          label={t('learning.entry.title')}
          value={title}
          onValueChange={setTitle}
          required
          {...form.field('title')}
        />
        <TextareaField
          label={t('learning.entry.body')}
          description={t('learning.entry.bodyHint')}
          value={body}
          onValueChange={setBody}
          {...form.field('body')}
        />
        {teams.length > 0 ? (
          <SelectField
            label={t('learning.entry.team')}
            value={teamId}
            onValueChange={setTeamId}
            emptyOption={t('learning.entry.noTeam')}
            options={teams.map((tm) => ({ value: tm.id, label: tm.name }))}
            {...form.field('teamId')}
          />
        ) : null}
        {context.steps.length > 0 ? (
          <SelectField
            label={t('learning.entry.step')}
            value={stepId}
            onValueChange={setStepId}
            emptyOption={t('learning.entry.noStep')}
            options={context.steps.map((s) => ({ value: s.id, label: `${s.position}. ${s.title}` }))}
            {...form.field('meetlatStepId')}
          />
        ) : null}
        <Button appearance="primary-action-button" type="submit" disabled={create.isPending}>
          {t('learning.entry.save')}
        </Button>
      </form>
    </section>
  );
}
