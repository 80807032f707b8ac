import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWriteStory, type Dossier } from '../../api/families';
import { CheckboxField } from '../../components/form/checkbox-field';
import { ErrorSummary } from '../../components/form/error-summary';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

/** "Ons verhaal" or the intake: the latest version with author and time, and a form for a new version. */
export function StorySection({ dossier, kind }: { dossier: Dossier; kind: 'story' | 'intake' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const story = kind === 'story' ? dossier.story : dossier.intake;
  const write = useWriteStory(dossier.id);
  const [body, setBody] = useState(story?.body ?? '');
  const [toldBy, setToldBy] = useState(story?.toldBy ?? '');
  const [inOwnWords, setInOwnWords] = useState(story?.inOwnWords ?? kind === 'story');
  const [saved, setSaved] = useState<number | null>(null);
  const specs = useMemo(
    () => ({
      body: { label: t('families.dossier.storyBody'), messages: { required: t('families.dossier.storyBodyRequired') } },
      toldBy: { label: t('families.dossier.storyToldBy') },
    }),
    [t],
  );
  const form = useFormErrors(specs, write.error);
  const headingId = `${kind}-heading`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    if (!form.check([issue(!body.trim(), 'body')])) return;
    write.mutate(
      { kind, body, toldBy: toldBy.trim() || undefined, inOwnWords, baseVersion: story?.version ?? 0 },
      {
        onSuccess: (r) => {
          form.clear();
          setSaved(r.version);
        },
      },
    );
  };
  return (
    <section aria-labelledby={headingId} className="kt-section">
      <Heading2 id={headingId}>
        {t(kind === 'story' ? 'families.dossier.storyTitle' : 'families.dossier.intakeTitle')}
      </Heading2>
      {story ? (
        <>
          <Paragraph className="kt-story" data-testid={`${kind}-text`}>
            {story.body}
          </Paragraph>
          <Paragraph small>
            {t('families.dossier.storyMeta', {
              version: story.version,
              author: story.author,
              date: format.dateTime(story.createdAt),
            })}
            {story.toldBy ? ` · ${t('families.dossier.toldBy', { who: story.toldBy })}` : ''}
            {story.inOwnWords ? ` · ${t('families.dossier.ownWords')}` : ''}
          </Paragraph>
        </>
      ) : (
        <Paragraph>{t(kind === 'story' ? 'families.dossier.storyEmpty' : 'families.dossier.intakeEmpty')}</Paragraph>
      )}
      {dossier.abilities.edit ? (
        <details>
          <summary>{t(kind === 'story' ? 'families.dossier.storyEdit' : 'families.dossier.intakeEdit')}</summary>
          <form onSubmit={submit} noValidate>
            <ErrorSummary form={form} />
            <ProblemAlert error={form.otherError} />
            {saved ? <Paragraph role="status">{t('families.dossier.storySaved', { version: saved })}</Paragraph> : null}
            <TextareaField
              label={t('families.dossier.storyBody')}
              description={t('families.dossier.storyBodyDescription')}
              value={body}
              onValueChange={setBody}
              rows={8}
              required
              {...form.field('body')}
            />
            <TextField
              label={t('families.dossier.storyToldBy')}
              value={toldBy}
              onValueChange={setToldBy}
              {...form.field('toldBy')}
            />
            <CheckboxField
              label={t('families.dossier.storyInOwnWords')}
              checked={inOwnWords}
              onCheckedChange={setInOwnWords}
            />
            <Button type="submit" appearance="primary-action-button" busy={write.isPending} disabled={write.isPending}>
              {t('families.dossier.storySave')}
            </Button>
          </form>
        </details>
      ) : null}
    </section>
  );
}
