import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateOrganisation } from '../../api/admin-organisations';
import type { OrganisationType } from '../../api/types';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { ErrorSummary } from '../../components/form/error-summary';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { useOrganisationSpecs } from './form-specs';
import { useAdminOptions, useMunicipalityOptions } from './options';

export function OrganisationForm() {
  const { t } = useTranslation();
  const { organisationTypes } = useAdminOptions();
  const municipalities = useMunicipalityOptions();
  const create = useCreateOrganisation();
  const [name, setName] = useState('');
  const [type, setType] = useState<OrganisationType | ''>('');
  const [agbCode, setAgbCode] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const serverError = useMemo(() => withFieldCodes(create.error), [create.error]);
  const form = useFormErrors(useOrganisationSpecs(), serverError);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const agb = agbCode.trim();
    const valid = form.check([
      issue(!name.trim(), 'name'),
      issue(type === '', 'type'),
      issue(type === 'care_provider' && !/^\d{8}$/.test(agb), 'agbCode', 'agb_required'),
      issue(type !== '' && type !== 'care_provider' && agb !== '', 'agbCode', 'agb_not_allowed'),
    ]);
    if (!valid || type === '') return;
    create.mutate(
      {
        name: name.trim(),
        type,
        ...(agbCode.trim() ? { agbCode: agbCode.trim() } : {}),
        ...(municipalityCode ? { municipalityCode } : {}),
      },
      {
        onSuccess: () => {
          form.clear();
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
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <TextField
          label={t('admin.organisations.name')}
          value={name}
          onValueChange={setName}
          {...form.field('name')}
          required
        />
        <SelectField
          label={t('admin.organisations.type')}
          value={type}
          onValueChange={(value) => setType(organisationTypes.find((option) => option.value === value)?.value ?? '')}
          emptyOption={t('common.choose')}
          options={organisationTypes}
          {...form.field('type')}
          required
        />
        <TextField
          label={t('admin.organisations.agbCode')}
          description={t('admin.organisations.agbCodeDescription')}
          inputMode="numeric"
          maxLength={8}
          value={agbCode}
          onValueChange={setAgbCode}
          {...form.field('agbCode')}
          required={type === 'care_provider'}
        />
        <SelectField
          label={t('admin.organisations.municipality')}
          description={t('admin.organisations.municipalityDescription')}
          value={municipalityCode}
          onValueChange={setMunicipalityCode}
          emptyOption={t('common.none')}
          options={municipalities.options}
          {...form.field('municipalityCode')}
        />
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {t('admin.organisations.create')}
        </Button>
      </form>
    </section>
  );
}
