import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';
import { CheckboxGroup } from '../../components/form/checkbox-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { useAdminOptions, useOrganisationOptions } from './options';

export interface UserProfileValues {
  displayName: string;
  email: string;
  homeOrganisationId: string;
  roles: Role[];
}

interface UserProfileFieldsProps {
  values: UserProfileValues;
  onChange: (values: UserProfileValues) => void;
  /** `form.field` of the form's useFormErrors: the id the error summary links to, and the message. */
  field: (path: string) => { id: string; error: string | undefined };
}

/** The fields a new and an existing account share: name, e-mail, home organisation, roles. */
export function UserProfileFields({ values, onChange, field }: UserProfileFieldsProps) {
  const { t } = useTranslation();
  const { roles } = useAdminOptions();
  const organisations = useOrganisationOptions();
  const set = <K extends keyof UserProfileValues>(key: K, value: UserProfileValues[K]) =>
    onChange({ ...values, [key]: value });
  return (
    <>
      <TextField
        label={t('admin.users.displayName')}
        autoComplete="off"
        value={values.displayName}
        onValueChange={(value) => set('displayName', value)}
        {...field('displayName')}
        required
      />
      <TextField
        label={t('admin.users.email')}
        description={t('admin.users.emailDescription')}
        type="email"
        autoComplete="off"
        value={values.email}
        onValueChange={(value) => set('email', value)}
        {...field('email')}
      />
      <SelectField
        label={t('admin.users.homeOrganisation')}
        value={values.homeOrganisationId}
        onValueChange={(value) => set('homeOrganisationId', value)}
        emptyOption={t('common.choose')}
        options={organisations.options}
        {...field('homeOrganisationId')}
        required
      />
      <CheckboxGroup
        legend={t('admin.users.roles')}
        options={roles}
        selected={values.roles}
        onSelectedChange={(selected) => set('roles', selected)}
        {...field('roles')}
      />
    </>
  );
}
