// Which partner may signal what. A partner signals what it sees in its own work (VNG early-signal
// partner types for payment arrears; concerns for schools, GPs, the child health clinic and the
// police); domestic safety is open to every partner bound by the meldcode. Documented in
// docs/signals.md; the form and the CSV import offer only these.
import type { OrganisationType, SignalCategory } from '../../platform/db/schema.js';
import { ARREARS_CATEGORIES } from '../../platform/db/schema.js';

export const CATEGORIES_BY_ORGANISATION_TYPE: Partial<Record<OrganisationType, readonly SignalCategory[]>> = {
  housing_corporation: ['rent_arrears'],
  utility_company: ['energy_arrears', 'water_arrears'],
  health_insurer: ['health_insurance_arrears'],
  debt_help: ARREARS_CATEGORIES,
  school: ['school_absence', 'domestic_safety'],
  gp_practice: ['gp_concern', 'domestic_safety'],
  child_health_clinic: ['child_health_concern', 'domestic_safety'],
  police: ['police_contact', 'domestic_safety'],
  veilig_thuis: ['domestic_safety'],
};

export function categoriesFor(type: OrganisationType): readonly SignalCategory[] {
  return CATEGORIES_BY_ORGANISATION_TYPE[type] ?? [];
}

export function isArrears(category: SignalCategory): boolean {
  return (ARREARS_CATEGORIES as readonly string[]).includes(category);
}
