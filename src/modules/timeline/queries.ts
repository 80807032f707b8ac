// The timeline's SQL: one select per source table, each scoped to the granted family and each
// returning only what a timeline line shows (who, when, which version/kind) — no notes, no scores.
// They are not run one by one: each is a part of the ONE statement that also writes the audit row
// (service.ts), so a timeline costs the same three statements however many sources it has.
import { sql } from 'kysely';
import type { Grant } from '../../platform/access/authorize.js';
import type { Queryable } from '../../platform/db/transaction.js';

const familyOf = (grant: Grant<'family'>): string => grant.subjectId;

export function trajectoriesOpened(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('trajectory as t')
    .leftJoin('trajectory_status_change as c', (j) =>
      j.onRef('c.trajectory_id', '=', 't.id').on('c.from_status', 'is', null),
    )
    .leftJoin('app_user as u', 'u.id', 'c.changed_by')
    .select(['t.id', 't.opened_at', 't.entry_point', 'u.display_name as actor'])
    .where('t.family_id', '=', familyOf(grant));
}

/** Status changes after the opening, the closing included (its ending reason comes along). */
export function statusChanges(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('trajectory_status_change as c')
    .innerJoin('trajectory as t', 't.id', 'c.trajectory_id')
    .innerJoin('app_user as u', 'u.id', 'c.changed_by')
    .select(['c.id', 'c.from_status', 'c.to_status', 'c.changed_at', 't.ending_reason', 'u.display_name as actor'])
    .where('t.family_id', '=', familyOf(grant))
    .where('c.from_status', 'is not', null);
}

export function handovers(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('trajectory_handover as h')
    .innerJoin('trajectory as t', 't.id', 'h.trajectory_id')
    .innerJoin('app_user as f', 'f.id', 'h.from_user_id')
    .innerJoin('app_user as n', 'n.id', 'h.to_user_id')
    .innerJoin('app_user as u', 'u.id', 'h.handed_over_by')
    .select([
      'h.id',
      'h.handed_over_at',
      'f.display_name as from_name',
      'n.display_name as to_name',
      'u.display_name as actor',
    ])
    .where('t.family_id', '=', familyOf(grant));
}

export function meetings(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('meeting as m')
    .innerJoin('app_user as u', 'u.id', 'm.created_by')
    .leftJoin('app_user as c', 'c.id', 'm.confirmed_by')
    .leftJoin('plan_version as v', (j) =>
      j.onRef('v.family_id', '=', 'm.family_id').onRef('v.version', '=', 'm.plan_version'),
    )
    .select([
      'm.id',
      'm.kind',
      sql<string>`m.held_on::text`.as('held_on'),
      'u.display_name as actor',
      'm.confirmed_at',
      'c.display_name as confirmed_by',
      'm.plan_version',
      'v.created_at as taken_over_at',
      'v.author_name as taken_over_by',
    ])
    .where('m.family_id', '=', familyOf(grant));
}

export function planVersions(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('plan_version')
    .select(['version', 'source', 'author_name', 'created_at'])
    .where('family_id', '=', familyOf(grant));
}

export function planSignOffs(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('plan_sign_off as s')
    .innerJoin('app_user as u', 'u.id', 's.recorded_by')
    .select([
      's.id',
      's.version',
      sql<string>`s.signed_on::text`.as('signed_on'),
      's.signed_by_name',
      's.recorded_at',
      'u.display_name as actor',
    ])
    .where('s.family_id', '=', familyOf(grant));
}

export function measurements(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('measurement as m')
    .innerJoin('instrument as i', 'i.id', 'm.instrument_id')
    .leftJoin('person as p', 'p.id', 'm.person_id')
    .innerJoin('app_user as u', 'u.id', 'm.recorded_by')
    .select([
      'm.id',
      sql<string>`m.measured_on::text`.as('measured_on'),
      'm.recorded_at',
      'i.code',
      'i.name_nl',
      'i.name_en',
      'p.given_name',
      'u.display_name as actor',
    ])
    .where('m.family_id', '=', familyOf(grant));
}

export function storyVersions(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('family_story as s')
    .innerJoin('app_user as u', 'u.id', 's.author_id')
    .select(['s.id', 's.kind', 's.version', 's.created_at', 'u.display_name as actor'])
    .where('s.family_id', '=', familyOf(grant));
}

/** The statements the family added itself through the portal (family-rights, Jeugdwet 7.3.8): the writer's given name only. */
export function familyStatements(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('family_statement as fs')
    .innerJoin('person as p', 'p.id', 'fs.person_id')
    .select(['fs.id', 'fs.created_at', 'p.given_name'])
    .where('fs.family_id', '=', familyOf(grant));
}

/** People added after the family was registered (those registered with it belong to the opening). */
export function personsAdded(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('person as p')
    .innerJoin('family as f', 'f.id', 'p.family_id')
    .leftJoin('app_user as u', 'u.id', 'p.created_by')
    .select(['p.id', 'p.kind', 'p.given_name', 'p.network_relation', 'p.created_at', 'u.display_name as actor'])
    .where('p.family_id', '=', familyOf(grant))
    .whereRef('p.created_at', '>', 'f.created_at');
}

export function personsRemoved(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('person as p')
    .innerJoin('app_user as u', 'u.id', 'p.removed_by')
    .select([
      'p.id',
      'p.kind',
      'p.given_name',
      'p.network_relation',
      sql<string>`p.removed_on::text`.as('removed_on'),
      'u.display_name as actor',
    ])
    .where('p.family_id', '=', familyOf(grant))
    .where('p.removed_on', 'is not', null);
}

export function consentsWithdrawn(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('family_consent as c')
    .innerJoin('organisation as o', 'o.id', 'c.organisation_id')
    .leftJoin('app_user as u', 'u.id', 'c.withdrawn_by')
    .select([
      'c.id',
      sql<string>`c.withdrawn_on::text`.as('withdrawn_on'),
      'o.name as organisation',
      'u.display_name as actor',
    ])
    .where('c.family_id', '=', familyOf(grant))
    .where('c.withdrawn_on', 'is not', null);
}

/** Decisions on allocation requests (granted or rejected), with who decided. */
export function decisions(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('decision as d')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .innerJoin('app_user as u', 'u.id', 'd.decided_by')
    .select(['d.id', 'd.reference', 'd.outcome', 'd.decided_at', 'p.given_name', 'u.display_name as actor'])
    .where('d.family_id', '=', familyOf(grant));
}

/** Allocated products of the family's decisions (a withdrawal is a correction, change reason 13). */
export function allocations(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('allocation as a')
    .innerJoin('decision as d', 'd.id', 'a.decision_id')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .innerJoin('organisation as o', 'o.id', 'a.provider_id')
    .select([
      'a.id',
      'a.decision_id',
      'a.allocation_number',
      'a.category',
      'a.product_code',
      sql<string>`a.starts_on::text`.as('starts_on'),
      sql<string>`a.ends_on::text`.as('ends_on'),
      'a.status',
      'a.allocated_at',
      'p.given_name',
      'o.name as provider',
    ])
    .where('d.family_id', '=', familyOf(grant));
}

/** Care as delivered: starts (JW305) and stops (JW307) with the provider's end reason. */
export function carePeriods(trx: Queryable, grant: Grant<'family'>) {
  return trx
    .selectFrom('care_period as c')
    .innerJoin('allocation as a', 'a.id', 'c.allocation_id')
    .innerJoin('decision as d', 'd.id', 'a.decision_id')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .innerJoin('organisation as o', 'o.id', 'a.provider_id')
    .select([
      'c.id',
      sql<string>`c.started_on::text`.as('started_on'),
      sql<string | null>`c.stopped_on::text`.as('stopped_on'),
      'c.end_reason',
      'a.decision_id',
      'p.given_name',
      'o.name as provider',
    ])
    .where('d.family_id', '=', familyOf(grant));
}
