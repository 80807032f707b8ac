import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { HouseholdKind } from '../../api/families';
import { RadioGroup } from '../../components/form/radio-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';

export interface MemberDraft {
  kind: HouseholdKind;
  givenName: string;
  familyName: string;
  birthDate: string;
  bsn: string;
  /** Asked, never assumed: empty until the user says whether this parent has gezag. */
  hasAuthority: 'yes' | 'no' | '';
  authorityNote: string;
}

export const emptyMember = (kind: HouseholdKind): MemberDraft => ({
  kind,
  givenName: '',
  familyName: '',
  birthDate: '',
  bsn: '',
  hasAuthority: '',
  authorityNote: '',
});

const KINDS: HouseholdKind[] = ['child', 'parent', 'household'];

/** One household member in the registration form; its errors come from `members.<index>.<field>`. */
export function MemberFields({
  index,
  member,
  onChange,
  onRemove,
  error,
  fieldId,
}: {
  index: number;
  member: MemberDraft;
  onChange: (m: MemberDraft) => void;
  onRemove: (() => void) | undefined;
  error: (field: string) => string | undefined;
  /** The id of each field's input (from `useFormErrors`), so the error summary can link to it. */
  fieldId?: ((field: string) => string) | undefined;
}) {
  const { t } = useTranslation();
  const set =
    <K extends keyof MemberDraft>(key: K) =>
    (value: MemberDraft[K]) =>
      onChange({ ...member, [key]: value });
  const path = (field: string) => error(`members.${index}.${field}`);
  const id = (field: string) => fieldId?.(`members.${index}.${field}`);
  return (
    <Fieldset>
      <FieldsetLegend>{t('families.new.member', { n: index + 1 })}</FieldsetLegend>
      <SelectField
        label={t('families.new.kind')}
        value={member.kind}
        options={KINDS.map((k) => ({ value: k, label: t(`families.kinds.${k}`) }))}
        onValueChange={(v) => onChange({ ...member, kind: KINDS.find((k) => k === v) ?? 'child', hasAuthority: '' })}
      />
      <TextField
        label={t('families.new.givenName')}
        value={member.givenName}
        onValueChange={set('givenName')}
        error={path('givenName')}
        id={id('givenName')}
        autoComplete="off"
        required
      />
      <TextField
        label={t('families.new.familyName')}
        value={member.familyName}
        onValueChange={set('familyName')}
        error={path('familyName')}
        id={id('familyName')}
        autoComplete="off"
        required
      />
      <TextField
        label={t('families.new.birthDate')}
        type="date"
        value={member.birthDate}
        onValueChange={set('birthDate')}
        error={path('birthDate')}
        id={id('birthDate')}
        required={member.kind === 'child'}
      />
      <TextField
        label={t('families.new.bsn')}
        value={member.bsn}
        onValueChange={set('bsn')}
        error={path('bsn')}
        id={id('bsn')}
        inputMode="numeric"
        autoComplete="off"
      />
      {member.kind === 'parent' ? (
        <>
          <RadioGroup<'yes' | 'no'>
            legend={t('families.people.authorityQuestion')}
            name={`member-${index}-authority`}
            value={member.hasAuthority}
            onValueChange={set('hasAuthority')}
            options={[
              { value: 'yes', label: t('families.dossier.yes') },
              { value: 'no', label: t('families.dossier.no') },
            ]}
            error={path('hasAuthority')}
            id={id('hasAuthority')}
          />
          <TextField
            label={t('families.new.authorityNote')}
            value={member.authorityNote}
            onValueChange={set('authorityNote')}
          />
        </>
      ) : null}
      {onRemove ? (
        <Button type="button" appearance="subtle-button" onClick={onRemove}>
          {t('families.new.removeMember', { n: index + 1 })}
        </Button>
      ) : null}
    </Fieldset>
  );
}
