import { Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_METHODS, useRecordContact, type ContactMethod, type Match } from '../../api/involvement';
import { AppLink } from '../../components/app-link';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

/** One match: the parties' contact details (never content) and the coordinator's "contact made". */
export function MatchCard({ match, headingLink = true }: { match: Match; headingLink?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = t('involvement.matches.cardTitle', {
    kind: t(`involvement.matchKinds.${match.kind}`),
    date: format.date(match.createdAt),
  });
  return (
    <article className="kt-section" data-testid="match-card" aria-label={title}>
      <Heading2>{headingLink ? <AppLink to={`/involvement/matches/${match.id}`}>{title}</AppLink> : title}</Heading2>
      <Paragraph>
        {t('involvement.matches.municipality', { name: match.municipality.name })}
        {' · '}
        {match.coordinator
          ? t('involvement.matches.coordinator', {
              name: match.coordinator.name,
              source: t(`involvement.coordinatorSource.${match.coordinator.source}`),
            })
          : t('involvement.matches.noCoordinator')}
        {match.closedAt ? ` · ${t('involvement.matches.closed', { date: format.date(match.closedAt) })}` : ''}
      </Paragraph>
      <UnorderedList aria-label={t('involvement.matches.parties')}>
        {match.parties.map((p) => (
          <UnorderedListItem key={`${p.organisationName}-${p.registeredAt}`}>
            <strong>{p.organisationName}</strong>
            {p.mine ? ` (${t('involvement.matches.mine')})` : ''}: {p.contactName}, {p.contactPhone}
            {p.contactEmail ? `, ${p.contactEmail}` : ''} —{' '}
            {t('involvement.matches.since', { date: format.date(p.registeredAt) })}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {match.contactRecordedAt ? (
        <Paragraph data-testid="contact-recorded">
          {t('involvement.matches.contactRecorded', {
            date: format.dateTime(match.contactRecordedAt),
            name: match.contactRecordedBy ?? '',
          })}
          {match.contactMethod ? ` (${t(`involvement.matches.contactMethods.${match.contactMethod}`)})` : ''}
          {match.contactNote ? ` — ${match.contactNote}` : ''}
        </Paragraph>
      ) : (
        <Paragraph>{t('involvement.matches.contactOpen')}</Paragraph>
      )}
      {match.abilities.recordContact && !match.contactRecordedAt ? <RecordContactForm match={match} /> : null}
    </article>
  );
}

function RecordContactForm({ match }: { match: Match }) {
  const { t } = useTranslation();
  const record = useRecordContact();
  const [note, setNote] = useState('');
  const [method, setMethod] = useState('');
  const specs: FieldSpecs = useMemo(
    () => ({
      method: { label: t('involvement.matches.contactMethod') },
      note: { label: t('involvement.matches.note'), messages: { too_big: t('involvement.matches.noteTooLong') } },
    }),
    [t],
  );
  const form = useFormErrors(specs, record.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check([issue(note.trim().length > 500, 'note', 'too_big')])) return;
    const how = CONTACT_METHODS.find((m) => m === method);
    record.mutate(
      {
        id: match.id,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(how ? { method: how satisfies ContactMethod } : {}),
      },
      { onSuccess: () => setNote('') },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary form={form} />
      <ProblemAlert error={form.otherError} />
      <SelectField
        label={t('involvement.matches.contactMethod')}
        value={method}
        onValueChange={setMethod}
        emptyOption={t('involvement.matches.contactMethodNone')}
        options={CONTACT_METHODS.map((m) => ({ value: m, label: t(`involvement.matches.contactMethods.${m}`) }))}
        {...form.field('method')}
      />
      <TextField
        label={t('involvement.matches.note')}
        description={t('involvement.matches.noteDescription')}
        maxLength={500}
        value={note}
        onValueChange={setNote}
        {...form.field('note')}
      />
      <Button type="submit" appearance="primary-action-button" busy={record.isPending} disabled={record.isPending}>
        {t('involvement.matches.recordContact')}
      </Button>
    </form>
  );
}
