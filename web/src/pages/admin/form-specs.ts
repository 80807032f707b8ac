// The admin forms' fields: a label for the error summary and, per kind of problem, a text that says
// what to do. Server codes (agb_required, neighbourhood_outside_municipality) land at their field.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpecs } from '../../components/form/field-messages';

const every = (text: string) => ({
  required: text,
  too_small: text,
  too_big: text,
  invalid_format: text,
  invalid_type: text,
  invalid_enum: text,
  other: text,
});

export function useUserSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      username: { label: t('admin.users.username'), messages: every(t('admin.formErrors.username')) },
      displayName: { label: t('admin.users.displayName'), messages: every(t('admin.formErrors.displayName')) },
      email: {
        label: t('admin.users.email'),
        messages: { ...every(t('admin.formErrors.email')), email_required_for_link: t('admin.formErrors.email') },
      },
      homeOrganisationId: {
        label: t('admin.users.homeOrganisation'),
        messages: every(t('admin.formErrors.homeOrganisation')),
      },
      roles: { label: t('admin.users.roles'), messages: every(t('admin.formErrors.roles')) },
      password: { label: t('admin.users.initialPassword'), messages: every(t('admin.formErrors.password')) },
      active: { label: t('admin.users.activeLabel') },
    }),
    [t],
  );
}

export function useTeamSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      name: { label: t('admin.teams.name'), messages: every(t('admin.formErrors.teamName')) },
      type: { label: t('admin.teams.type'), messages: every(t('admin.teams.typeRequired')) },
      organisationId: { label: t('admin.teams.organisation'), messages: every(t('admin.formErrors.organisation')) },
      municipalityCode: {
        label: t('admin.teams.municipality'),
        messages: every(t('admin.formErrors.municipality')),
      },
      neighbourhoodCodes: {
        label: t('admin.teams.neighbourhoods'),
        messages: {
          ...every(t('admin.formErrors.neighbourhoods')),
          neighbourhood_outside_municipality: t('admin.formErrors.neighbourhoods'),
        },
      },
    }),
    [t],
  );
}

export function useOrganisationSpecs(): FieldSpecs {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      name: { label: t('admin.organisations.name'), messages: every(t('admin.formErrors.orgName')) },
      type: { label: t('admin.organisations.type'), messages: every(t('admin.organisations.typeRequired')) },
      agbCode: {
        label: t('admin.organisations.agbCode'),
        messages: {
          ...every(t('admin.formErrors.agb')),
          agb_required: t('admin.formErrors.agb'),
          agb_not_allowed: t('admin.formErrors.agb'),
        },
      },
      municipalityCode: {
        label: t('admin.organisations.municipality'),
        messages: every(t('admin.formErrors.municipality')),
      },
    }),
    [t],
  );
}
