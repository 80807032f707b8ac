import { TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisations } from '../../api/admin-organisations';
import type { Organisation } from '../../api/admin-types';
import type { OrganisationType } from '../../api/types';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form/select-field';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { useMunicipalityName } from '../../i18n/code-labels';
import { OrganisationForm } from './organisation-form';
import { useAdminOptions } from './options';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const { organisationTypes } = useAdminOptions();
  const [type, setType] = useState<OrganisationType | ''>('');
  const organisations = useOrganisations(type || undefined);
  return (
    <>
      <PageHeading>{t('admin.organisations.title')}</PageHeading>
      <OrganisationForm />
      <div className="kt-filter-form">
        <SelectField
          label={t('admin.organisations.filterType')}
          value={type}
          onValueChange={(value) => setType(organisationTypes.find((option) => option.value === value)?.value ?? '')}
          emptyOption={t('common.all')}
          options={organisationTypes}
        />
      </div>
      <QueryView query={organisations}>
        {(data) => <OrganisationsTable organisations={data.items} busy={organisations.isFetching} />}
      </QueryView>
    </>
  );
}

function OrganisationsTable({ organisations, busy }: { organisations: Organisation[]; busy: boolean }) {
  const { t } = useTranslation();
  const municipalityName = useMunicipalityName();
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <DataTable
      caption={t('admin.organisations.caption', { count: organisations.length })}
      busy={busy}
      testId="organisations-table"
      stack
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('admin.organisations.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.organisations.type')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.organisations.agbCode')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('admin.organisations.municipalityCode')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((organisation) => (
          <TableRow key={organisation.id}>
            <TableHeaderCell scope="row">{organisation.name}</TableHeaderCell>
            <TableCell>{t(`organisationTypes.${organisation.type}`)}</TableCell>
            <TableCell>{organisation.agbCode ?? '–'}</TableCell>
            <TableCell>{municipalityName(organisation.municipalityCode)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
