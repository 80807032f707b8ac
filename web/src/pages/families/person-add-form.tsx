import { Alert, Button, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddHouseholdMember, type HouseholdKind, type NewPerson } from '../../api/families';
import { isApiError } from '../../api/problem';
import { ErrorSummary } from '../../components/form/error-summary';
import type { FieldSpecs } from '../../components/form/field-messages';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert } from '../../components/problem-alert';

const KINDS: HouseholdKind[] = ['child', 'parent', 'household'];

function useAddSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      kind: { label: t('families.new.kind') },
      givenName: { label: t('families.new.givenName') },
      familyName: { label: t('families.new.familyName') },
      birthDate: { label: t('families.new.birthDate'), messages: { required: t('families.new.errors.birthDate') } },
      bsn: { label: t('families.new.bsn'), messages: { invalid_format: t('families.new.errors.bsnFormat') } },
      hasAuthority: {
        label: t('families.people.authorityQuestion'),
        messages: { required: t('families.people.authorityRequired') },
      },
      authorityNote: { label: t('families.new.authorityNote') },
    }),
    [t],
  );
}

/** Adds a child, a parent or carer (with gezag) or another member of the household from the dossier. */
export function AddHouseholdMemberForm({
  familyId,
  familyName: suggestedFamilyName,
}: {
  familyId: string;
  familyName: string;
}) {
  const { t } = useTranslation();
  const add = useAddHouseholdMember(familyId);
  const [kind, setKind] = useState<HouseholdKind>('child');
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState(suggestedFamilyName);
  const [birthDate, setBirthDate] = useState('');
  const [bsn, setBsn] = useState('');
  // No default: whether a parent has parental authority (gezag) is a fact to ask, not to assume.
  const [authority, setAuthority] = useState<'yes' | 'no' | ''>('');
  const [authorityNote, setAuthorityNote] = useState('');
  const [added, setAdded] = useState('');
  const duplicate = isApiError(add.error, 'possible_duplicate') ? (add.error.problem.errors ?? []) : null;
  // A possible duplicate is not a field to correct: it keeps its own alert with the confirm button.
  const form = useFormErrors(useAddSpecs(), duplicate ? undefined : add.error);

  const person = (): NewPerson => ({
    kind,
    givenName: givenName.trim(),
    familyName: familyName.trim(),
    ...(birthDate ? { birthDate } : {}),
    ...(bsn.trim() ? { bsn: bsn.trim() } : {}),
    ...(kind === 'parent'
      ? {
          hasAuthority: authority === 'yes',
          ...(authorityNote.trim() ? { authorityNote: authorityNote.trim() } : {}),
        }
      : {}),
  });
  const send = (confirmDuplicate: boolean) => {
    const p = person();
    add.mutate(
      { ...p, ...(confirmDuplicate ? { confirmDuplicate: true } : {}) },
      {
        onSuccess: () => {
          form.clear();
          setAdded(`${p.givenName} ${p.familyName}`);
          setGivenName('');
          setBirthDate('');
          setBsn('');
          setAuthorityNote('');
          setAuthority('');
        },
      },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded('');
    const valid = form.check([
      issue(!givenName.trim(), 'givenName'),
      issue(!familyName.trim(), 'familyName'),
      issue(kind === 'child' && !birthDate, 'birthDate'),
      issue(Boolean(bsn.trim()) && !/^\d{9}$/.test(bsn.trim()), 'bsn', 'invalid_format'),
      issue(kind === 'parent' && authority === '', 'hasAuthority'),
    ]);
    if (valid) send(false);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-household-heading">
      <Heading3 id="add-household-heading">{t('families.people.addMemberTitle')}</Heading3>
      <ErrorSummary form={form} />
      {added ? <Paragraph role="status">{t('families.people.added', { name: added })}</Paragraph> : null}
      {duplicate ? (
        <Alert type="warning" role="alert" className="kt-alert" data-testid="person-duplicate-warning">
          <Paragraph>{t('families.new.duplicateIntro')}</Paragraph>
          <UnorderedList>
            {duplicate.map((d) => (
              <UnorderedListItem key={d.path}>
                {d.message
                  ? t('families.people.duplicateTeam', { team: d.message })
                  : t('families.people.duplicateNoTeam')}
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => send(true)}
            disabled={add.isPending}
          >
            {t('families.new.confirmDuplicate')}
          </Button>
        </Alert>
      ) : (
        <ProblemAlert error={form.otherError} />
      )}
      <SelectField
        label={t('families.new.kind')}
        value={kind}
        options={KINDS.map((k) => ({ value: k, label: t(`families.kinds.${k}`) }))}
        onValueChange={(v) => setKind(KINDS.find((k) => k === v) ?? 'child')}
        {...form.field('kind')}
      />
      <TextField
        label={t('families.new.givenName')}
        value={givenName}
        onValueChange={setGivenName}
        autoComplete="off"
        required
        {...form.field('givenName')}
      />
      <TextField
        label={t('families.new.familyName')}
        value={familyName}
        onValueChange={setFamilyName}
        autoComplete="off"
        required
        {...form.field('familyName')}
      />
      <TextField
        label={t('families.new.birthDate')}
        type="date"
        value={birthDate}
        onValueChange={setBirthDate}
        required={kind === 'child'}
        {...form.field('birthDate')}
      />
      <TextField
        label={t('families.new.bsn')}
        value={bsn}
        onValueChange={setBsn}
        inputMode="numeric"
        autoComplete="off"
        {...form.field('bsn')}
      />
      {kind === 'parent' ? (
        <>
          <RadioGroup<'yes' | 'no'>
            legend={t('families.people.authorityQuestion')}
            name="add-person-authority"
            value={authority}
            onValueChange={setAuthority}
            options={[
              { value: 'yes', label: t('families.dossier.yes') },
              { value: 'no', label: t('families.dossier.no') },
            ]}
            {...form.field('hasAuthority')}
          />
          <TextField
            label={t('families.new.authorityNote')}
            value={authorityNote}
            onValueChange={setAuthorityNote}
            {...form.field('authorityNote')}
          />
        </>
      ) : null}
      <Button type="submit" appearance="secondary-action-button" busy={add.isPending} disabled={add.isPending}>
        {t('families.people.addMemberSave')}
      </Button>
    </form>
  );
}
