import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateOrganisation } from '../../api/admin-organisations';
import type { OrganisationType } from '../../api/types';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { useAdminOptions, useMunicipalityOptions } from './options';

const FIELDS = ['name', 'type', 'agbCode', 'municipalityCode'];

export function OrganisationForm() {
  const { t } = useTranslation();
  const { organisationTypes } = useAdminOptions();
  const municipalities = useMunicipalityOptions();
  const create = useCreateOrganisation();
  const [name, setName] = useState('');
  const [type, setType] = useState<OrganisationType | ''>('');
  const [agbCode, setAgbCode] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [typeMissing, setTypeMissing] = useState(false);
  const fieldError = fieldErrorsOf(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTypeMissing(type === '');
    if (type === '') return;
    create.mutate(
      {
        name: name.trim(),
        type,
        ...(agbCode.trim() ? { agbCode: agbCode.trim() } : {}),
        ...(municipalityCode ? { municipalityCode } : {}),
      },
      {
        onSuccess: () => {
          setName('');
          setType('');
          setAgbCode('');
          setMunicipalityCode('');
        },
      },
    );
  };

  return (
    <section className="kt-section">
      <Heading2>{t('admin.organisations.newHeading')}</Heading2>
      <form onSubmit={submit} noValidate>
        {create.isSuccess ? (
          <Paragraph role="status">{t('admin.organisations.created', { name: create.data.name })}</Paragraph>
        ) : null}
        <ProblemAlert error={create.error} fieldsShownInline={FIELDS} />
        <TextField
          label={t('admin.organisations.name')}
          value={name}
          onValueChange={setName}
          error={fieldError('name')}
          required
        />
        <SelectField
          label={t('admin.organisations.type')}
          value={type}
          onValueChange={(value) => setType(organisationTypes.find((option) => option.value === value)?.value ?? '')}
          emptyOption={t('common.choose')}
          options={organisationTypes}
          error={typeMissing ? t('admin.organisations.typeRequired') : fieldError('type')}
          required
        />
        <TextField
          label={t('admin.organisations.agbCode')}
          description={t('admin.organisations.agbCodeDescription')}
          inputMode="numeric"
          maxLength={8}
          value={agbCode}
          onValueChange={setAgbCode}
          error={fieldError('agbCode')}
          required={type === 'care_provider'}
        />
        <SelectField
          label={t('admin.organisations.municipality')}
          description={t('admin.organisations.municipalityDescription')}
          value={municipalityCode}
          onValueChange={setMunicipalityCode}
          emptyOption={t('common.none')}
          options={municipalities.options}
          error={fieldError('municipalityCode')}
        />
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {t('admin.organisations.create')}
        </Button>
      </form>
    </section>
  );
}
