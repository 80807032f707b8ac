// Which organisations may register in the referral index. Jeugdwet §7.1 leaves registering to
// *designated* professionals: the municipality designates organisations working in youth care,
// education, health care, social support (Wmo), work and income, police and justice. Partners that
// only send early debt signals — housing corporations, energy and water companies, health insurers —
// are none of these: they signal (modules/signals), they do not register a young person's risk.
// Decided by organisation type, for the web form (policy) and the partner API (key scope and call).
import type { OrganisationType } from '../../platform/db/schema.js';
import type { Queryable } from '../../platform/db/transaction.js';

export const REFERRAL_INDEX_ORGANISATION_TYPES = [
  'municipality',
  'neighbourhood_team_carrier', // the municipality's own access point and its neighbourhood teams
  'school',
  'gp_practice',
  'child_health_clinic',
  'care_provider', // education, health care, youth care
  'police',
  'veilig_thuis',
  'child_protection_board',
  'certified_institution', // police and justice, child protection
  'welfare_organisation',
  'debt_help', // social support; debt help (Wgs) as work and income
] as const satisfies readonly OrganisationType[];

export function mayRegisterInReferralIndex(type: OrganisationType): boolean {
  return (REFERRAL_INDEX_ORGANISATION_TYPES as readonly OrganisationType[]).includes(type);
}

/** Whether the organisation (by id) is of a designated type; false for an unknown organisation. */
export async function isDesignatedOrganisation(trx: Queryable, organisationId: string | null): Promise<boolean> {
  if (!organisationId) return false;
  const row = await trx.selectFrom('organisation').select('type').where('id', '=', organisationId).executeTakeFirst();
  return row !== undefined && mayRegisterInReferralIndex(row.type);
}
