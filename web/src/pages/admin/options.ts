import { useTranslation } from 'react-i18next';
import { useOrganisations } from '../../api/admin-organisations';
import { useMunicipalities } from '../../api/geo';
import { ORGANISATION_TYPES, ROLES, TEAM_TYPES } from '../../api/types';

/** Translated choices for the selects and checkbox groups of the admin forms. */
export function useAdminOptions() {
  const { t } = useTranslation();
  return {
    roles: ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
    organisationTypes: ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) })),
    teamTypes: TEAM_TYPES.map((type) => ({ value: type, label: t(`teamTypes.${type}`) })),
  };
}

export function useOrganisationOptions() {
  const organisations = useOrganisations();
  const options = (organisations.data?.items ?? [])
    .map((organisation) => ({ value: organisation.id, label: organisation.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { options, query: organisations };
}

export function useMunicipalityOptions() {
  const municipalities = useMunicipalities();
  const items = municipalities.data?.items ?? [];
  const options = items
    .map((municipality) => ({ value: municipality.code, label: municipality.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { options, municipalities: items, query: municipalities };
}
