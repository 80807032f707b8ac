import { Alert, Button, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddHouseholdMember, type HouseholdKind, type NewPerson } from '../../api/families';
import { isApiError } from '../../api/problem';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';

const KINDS: HouseholdKind[] = ['child', 'parent', 'household'];
const INLINE = ['kind', 'givenName', 'familyName', 'birthDate', 'bsn', 'hasAuthority'];

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
  const [authorityMissing, setAuthorityMissing] = useState(false);
  const [authorityNote, setAuthorityNote] = useState('');
  const [added, setAdded] = useState('');
  const fieldError = fieldErrorsOf(add.error);
  const duplicate = isApiError(add.error, 'possible_duplicate') ? (add.error.problem.errors ?? []) : null;

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
    const missing = kind === 'parent' && authority === '';
    setAuthorityMissing(missing);
    if (!missing) send(false);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-household-heading">
      <Heading3 id="add-household-heading">{t('families.people.addMemberTitle')}</Heading3>
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
        <ProblemAlert error={add.error} fieldsShownInline={INLINE} />
      )}
      <SelectField
        label={t('families.new.kind')}
        value={kind}
        options={KINDS.map((k) => ({ value: k, label: t(`families.kinds.${k}`) }))}
        onValueChange={(v) => setKind(KINDS.find((k) => k === v) ?? 'child')}
        error={fieldError('kind')}
      />
      <TextField
        label={t('families.new.givenName')}
        value={givenName}
        onValueChange={setGivenName}
        autoComplete="off"
        required
        error={fieldError('givenName')}
      />
      <TextField
        label={t('families.new.familyName')}
        value={familyName}
        onValueChange={setFamilyName}
        autoComplete="off"
        required
        error={fieldError('familyName')}
      />
      <TextField
        label={t('families.new.birthDate')}
        type="date"
        value={birthDate}
        onValueChange={setBirthDate}
        required={kind === 'child'}
        error={fieldError('birthDate')}
      />
      <TextField
        label={t('families.new.bsn')}
        value={bsn}
        onValueChange={setBsn}
        inputMode="numeric"
        autoComplete="off"
        error={fieldError('bsn')}
      />
      {kind === 'parent' ? (
        <>
          <RadioGroup<'yes' | 'no'>
            legend={t('families.people.authorityQuestion')}
            name="add-person-authority"
            value={authority}
            onValueChange={(value) => {
              setAuthority(value);
              setAuthorityMissing(false);
            }}
            options={[
              { value: 'yes', label: t('families.dossier.yes') },
              { value: 'no', label: t('families.dossier.no') },
            ]}
            error={authorityMissing ? t('families.people.authorityRequired') : fieldError('hasAuthority')}
          />
          <TextField label={t('families.new.authorityNote')} value={authorityNote} onValueChange={setAuthorityNote} />
        </>
      ) : null}
      <Button type="submit" appearance="secondary-action-button" busy={add.isPending} disabled={add.isPending}>
        {t('families.people.addMemberSave')}
      </Button>
    </form>
  );
}
