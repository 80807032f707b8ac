import { Button } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateTeam } from '../../api/admin-teams';
import type { TeamType } from '../../api/types';
import { CheckboxGroup } from '../../components/form/checkbox-group';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { PageHeading } from '../../components/page-heading';
import { ErrorSummary } from '../../components/form/error-summary';
import { issue, useFormErrors } from '../../components/form/use-form-errors';
import { ProblemAlert, withFieldCodes } from '../../components/problem-alert';
import { useTeamSpecs } from './form-specs';
import { useAdminOptions, useMunicipalityOptions, useOrganisationOptions } from './options';

export function TeamNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createTeam = useCreateTeam();
  const { teamTypes } = useAdminOptions();
  const organisations = useOrganisationOptions();
  const municipalities = useMunicipalityOptions();
  const [name, setName] = useState('');
  const [type, setType] = useState<TeamType | ''>('');
  const [organisationId, setOrganisationId] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [neighbourhoodCodes, setNeighbourhoodCodes] = useState<string[]>([]);
  const serverError = useMemo(() => withFieldCodes(createTeam.error), [createTeam.error]);
  const form = useFormErrors(useTeamSpecs(), serverError);

  const neighbourhoods =
    municipalities.municipalities.find((municipality) => municipality.code === municipalityCode)?.neighbourhoods ?? [];

  const chooseMunicipality = (code: string) => {
    setMunicipalityCode(code);
    setNeighbourhoodCodes([]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = form.check([
      issue(!name.trim(), 'name'),
      issue(type === '', 'type'),
      issue(!organisationId, 'organisationId'),
      issue(!municipalityCode, 'municipalityCode'),
    ]);
    if (!valid || type === '') return;
    createTeam.mutate(
      { name: name.trim(), type, organisationId, municipalityCode, neighbourhoodCodes },
      { onSuccess: (team) => void navigate(`/admin/teams/${team.id}`, { state: { notice: 'created' } }) },
    );
  };

  return (
    <>
      <PageHeading>{t('admin.teams.newTitle')}</PageHeading>
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={form} />
        <ProblemAlert error={form.otherError} />
        <TextField
          label={t('admin.teams.name')}
          value={name}
          onValueChange={setName}
          {...form.field('name')}
          required
        />
        <SelectField
          label={t('admin.teams.type')}
          value={type}
          onValueChange={(value) => setType(teamTypes.find((option) => option.value === value)?.value ?? '')}
          emptyOption={t('common.choose')}
          options={teamTypes}
          {...form.field('type')}
          required
        />
        <SelectField
          label={t('admin.teams.organisation')}
          description={t('admin.teams.organisationDescription')}
          value={organisationId}
          onValueChange={setOrganisationId}
          emptyOption={t('common.choose')}
          options={organisations.options}
          {...form.field('organisationId')}
          required
        />
        <SelectField
          label={t('admin.teams.municipality')}
          value={municipalityCode}
          onValueChange={chooseMunicipality}
          emptyOption={t('common.choose')}
          options={municipalities.options}
          {...form.field('municipalityCode')}
          required
        />
        {neighbourhoods.length > 0 ? (
          <CheckboxGroup
            legend={t('admin.teams.neighbourhoods')}
            description={t('admin.teams.neighbourhoodsDescription')}
            options={neighbourhoods.map((neighbourhood) => ({
              value: neighbourhood.code,
              label: `${neighbourhood.name} (${neighbourhood.districtName})`,
            }))}
            selected={neighbourhoodCodes}
            onSelectedChange={setNeighbourhoodCodes}
            {...form.field('neighbourhoodCodes')}
          />
        ) : null}
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={createTeam.isPending}
          disabled={createTeam.isPending}
        >
          {t('admin.teams.create')}
        </Button>
      </form>
    </>
  );
}
