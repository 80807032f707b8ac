// Who may touch Buurtgezinnen data. Requests, support families and matches are personal data: a
// coordinator reads and writes them only when the record lies in their area (area/area.ts).
// Care professionals and signallers may refer a family (create) but read nothing back, like the
// public forms. Figures: coordinators exactly for their area, policy advisors suppressed; the
// coordinator's area itself is set by an administrator. The shared configuration (VOG validity,
// check-in days, support kinds) belongs to a coordinator with a region-wide area.
import { hasRole } from '../../platform/access/actor.js';
import { allow, definePolicy, deny, type DecideInput, type Decision } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/transaction.js';
import { coordinatorMunicipalities, hasRegionWideArea } from './area/area.js';

type Lookup = (trx: Queryable, id: string) => Promise<string | undefined>;

const requestMunicipality: Lookup = async (trx, id) =>
  (await trx.selectFrom('support_request').select('municipality_code').where('id', '=', id).executeTakeFirst())
    ?.municipality_code;
const familyMunicipality: Lookup = async (trx, id) =>
  (await trx.selectFrom('support_family').select('municipality_code').where('id', '=', id).executeTakeFirst())
    ?.municipality_code;
const matchMunicipality: Lookup = async (trx, id) =>
  (
    await trx
      .selectFrom('support_match as m')
      .innerJoin('support_request as r', 'r.id', 'm.request_id')
      .select('r.municipality_code')
      .where('m.id', '=', id)
      .executeTakeFirst()
  )?.municipality_code;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function inArea(lookup: Lookup) {
  return async ({ trx, actor, subjectId }: DecideInput): Promise<Decision> => {
    if (!hasRole(actor, 'coordinator')) return deny('only Buurtgezinnen coordinators work with these records');
    if (!subjectId || !UUID.test(subjectId)) return deny('a record must be named');
    const municipality = await lookup(trx, subjectId);
    if (!municipality) return deny('no such record');
    // Lazy: the area query runs only after the record was found.
    const area = await coordinatorMunicipalities(trx, actor.userId);
    return area.includes(municipality) ? allow('coordinator') : deny("outside the coordinator's area");
  };
}

const REFERRING_ROLES = ['professional', 'team_lead', 'consultant', 'signaller'] as const;

async function decideRequest(input: DecideInput): Promise<Decision> {
  if (input.action === 'create' && input.subjectId === null) {
    if (hasRole(input.actor, 'coordinator')) return allow('coordinator');
    const role = REFERRING_ROLES.find((r) => hasRole(input.actor, r));
    return role ? allow(role) : deny('role cannot refer a family to Buurtgezinnen');
  }
  return inArea(requestMunicipality)(input);
}

async function decideFamily(input: DecideInput): Promise<Decision> {
  if (input.action === 'create' && input.subjectId === null) {
    return hasRole(input.actor, 'coordinator')
      ? allow('coordinator')
      : deny('only coordinators register support families');
  }
  return inArea(familyMunicipality)(input);
}

const reference = (table: 'support_request' | 'support_family') => async (trx: Queryable, id: string) =>
  UUID.test(id)
    ? ((await trx.selectFrom(table).select('reference').where('id', '=', id).executeTakeFirst())?.reference ?? null)
    : null;

export const supportRequestPolicy = definePolicy({
  subjectType: 'support_request',
  personalData: true,
  decide: decideRequest,
  clientRef: reference('support_request'),
});
export const supportFamilyPolicy = definePolicy({
  subjectType: 'support_family',
  personalData: true,
  decide: decideFamily,
  clientRef: reference('support_family'),
});
export const supportMatchPolicy = definePolicy({
  subjectType: 'support_match',
  personalData: true,
  decide: inArea(matchMunicipality),
  async clientRef(trx, id) {
    if (!UUID.test(id)) return null;
    const row = await trx
      .selectFrom('support_match as m')
      .innerJoin('support_request as r', 'r.id', 'm.request_id')
      .innerJoin('support_family as f', 'f.id', 'm.family_id')
      .select(['r.reference as r', 'f.reference as f'])
      .where('m.id', '=', id)
      .executeTakeFirst();
    return row ? `${row.r}/${row.f}` : null;
  },
});

/** The coordinator's board (lists, suggestions, the overall proposal, settings): queries filter by area. */
export const supportBoardPolicy = definePolicy({
  subjectType: 'support_board',
  personalData: true,
  decide: async ({ actor }) =>
    hasRole(actor, 'coordinator') ? allow('coordinator') : deny('only Buurtgezinnen coordinators use the board'),
});

/** Aggregates: exact for coordinators (their area), with small numbers suppressed for policy advisors. */
export const supportFiguresPolicy = definePolicy({
  subjectType: 'support_figures',
  personalData: false,
  decide: async ({ actor }) => {
    if (hasRole(actor, 'coordinator')) return allow('coordinator');
    if (hasRole(actor, 'policy')) return allow('policy');
    return deny('figures are for coordinators and policy advisors');
  },
});

export const coordinatorAreaPolicy = definePolicy({
  subjectType: 'coordinator_area',
  personalData: false,
  decide: async ({ actor }) =>
    hasRole(actor, 'admin') ? allow('admin') : deny("only administrators set a coordinator's area"),
});

/**
 * The shared configuration of Buurtgezinnen — VOG validity, check-in days, the list of support
 * kinds — is one set for the installation: only a coordinator whose area holds a whole region
 * changes it (area/area.ts hasRegionWideArea). Every coordinator reads it through the board.
 */
export const supportConfigurationPolicy = definePolicy({
  subjectType: 'support_configuration',
  personalData: false,
  decide: async ({ trx, actor }) => {
    if (!hasRole(actor, 'coordinator'))
      return deny('only a regional Buurtgezinnen coordinator changes the shared configuration');
    return (await hasRegionWideArea(trx, actor.userId))
      ? allow('coordinator')
      : deny('the shared configuration belongs to a coordinator with a region-wide area');
  },
});

// The subject types this module owns: authorize() accepts only declared subjects.
declare module '../../platform/access/policy.js' {
  interface SubjectTypes {
    support_request: true;
    support_family: true;
    support_match: true;
    support_board: true;
    support_figures: true;
    coordinator_area: true;
    support_configuration: true;
  }
}
