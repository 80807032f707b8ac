import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWriteStory, type Dossier } from '../../api/families';
import { CheckboxField } from '../../components/form/checkbox-field';
import { TextField } from '../../components/form/text-field';
import { TextareaField } from '../../components/form/textarea-field';
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
  const headingId = `${kind}-heading`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate(
      { kind, body, toldBy: toldBy.trim() || undefined, inOwnWords, baseVersion: story?.version ?? 0 },
      { onSuccess: (r) => setSaved(r.version) },
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
            <ProblemAlert error={write.error} />
            {saved ? <Paragraph role="status">{t('families.dossier.storySaved', { version: saved })}</Paragraph> : null}
            <TextareaField
              label={t('families.dossier.storyBody')}
              description={t('families.dossier.storyBodyDescription')}
              value={body}
              onValueChange={setBody}
              rows={8}
              required
            />
            <TextField label={t('families.dossier.storyToldBy')} value={toldBy} onValueChange={setToldBy} />
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
