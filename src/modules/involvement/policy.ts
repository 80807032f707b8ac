// Need-to-know for the referral index. Registrations belong to the registering organisation:
// its registrants (professionals, team leads, partner signallers) create them and see only their
// own organisation's. A match is seen by its coordinator (the regisseur, or the municipality's
// match coordinator) and by the organisations in it — contact details only, never content.
// The per-municipality coordinator setting is functional administration. "Who is involved" in a
// dossier follows the dossier's need-to-know, minus the family portal (see familyInvolvementPolicy).
import { hasRole, type Actor } from '../../platform/access/actor.js';
import { allow, definePolicy, deny, type Decision, type DecideInput } from '../../platform/access/policy.js';
import type { Role } from '../../platform/db/schema.js';
import type { Queryable } from '../../platform/db/transaction.js';
import { familyPolicy } from '../families/policy.js';
import { isDesignatedOrganisation } from './designation.js';

export const REGISTRANT_ROLES = ['professional', 'team_lead', 'signaller'] as const satisfies readonly Role[];

function registrantRole(actor: Actor): Role | undefined {
  return REGISTRANT_ROLES.find((r) => hasRole(actor, r));
}

async function decideRegistration({ trx, actor, action, subjectId }: DecideInput): Promise<Decision> {
  const role = registrantRole(actor);
  if (!role) return deny('role does not register in the referral index');
  if (subjectId === null) {
    if (action === 'search') return allow(role);
    if (action !== 'create') return deny('a registration must be named');
    // Registering is for designated organisations only (designation.ts); listing stays open (they simply have none).
    return (await isDesignatedOrganisation(trx, actor.organisationId))
      ? allow(role)
      : deny('the organisation is not designated for the referral index', 'organisation_not_designated');
  }
  const row = await trx
    .selectFrom('involvement_registration')
    .select('organisation_id')
    .where('id', '=', subjectId)
    .executeTakeFirst();
  if (!row) return deny('no such registration');
  return row.organisation_id === actor.organisationId ? allow(role) : deny('registration of another organisation');
}

export async function isMunicipalityCoordinator(
  trx: Queryable,
  userId: string,
  municipalityCode: string,
): Promise<boolean> {
  const row = await trx
    .selectFrom('involvement_coordinator')
    .select('user_id')
    .where('municipality_code', '=', municipalityCode)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function coordinatesMatch(
  trx: Queryable,
  userId: string,
  match: { coordinator_id: string | null; municipality_code: string },
): Promise<boolean> {
  return match.coordinator_id === userId || (await isMunicipalityCoordinator(trx, userId, match.municipality_code));
}

async function decideMatch({ trx, actor, action, subjectId }: DecideInput): Promise<Decision> {
  const role = registrantRole(actor);
  if (!role) return deny('role has no part in referral-index matches');
  if (subjectId === null) return action === 'search' ? allow(role) : deny('a match must be named');
  const match = await trx
    .selectFrom('involvement_match')
    .select(['coordinator_id', 'municipality_code'])
    .where('id', '=', subjectId)
    .executeTakeFirst();
  if (!match) return deny('no such match');
  // Checked lazily, in order: coordinating decides first; being a party only gives reading.
  if (await coordinatesMatch(trx, actor.userId, match)) return allow(role);
  if (action !== 'read') return deny('only the match coordinator records follow-up');
  const party = await trx
    .selectFrom('involvement_match_member as mm')
    .innerJoin('involvement_registration as r', 'r.id', 'mm.registration_id')
    .select('r.id')
    .where('mm.match_id', '=', subjectId)
    .where('r.organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  return party ? allow(role) : deny('not a party to this match');
}

export const involvementRegistrationPolicy = definePolicy({
  subjectType: 'involvement_registration',
  personalData: true,
  decide: decideRegistration,
});

export const involvementMatchPolicy = definePolicy({
  subjectType: 'involvement_match',
  personalData: true,
  decide: decideMatch,
});

export const involvementCoordinatorPolicy = definePolicy({
  subjectType: 'involvement_coordinator',
  personalData: false,
  async decide({ actor }) {
    return hasRole(actor, 'admin') ? allow('admin') : deny('only administrators appoint match coordinators');
  },
});

/**
 * "Who is involved" (id = family): the referral index is a tool for professionals (Jeugdwet §7.1).
 * It names the police, Veilig Thuis and others registered for every young person of the household,
 * 16+ included, whose registrations their parents are not necessarily told of. It follows the dossier's
 * need-to-know, which refuses the family's own login (the family reads its file in the portal, where the
 * referral index does not appear).
 */
export const familyInvolvementPolicy = definePolicy({
  subjectType: 'family_involvement',
  personalData: true,
  decide: (input) => familyPolicy.decide(input),
  clientRef: (trx, familyId, memo) => familyPolicy.clientRef(trx, familyId, memo),
});

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    involvement_registration: true;
    involvement_match: true;
    involvement_coordinator: true;
    family_involvement: true;
  }
}
