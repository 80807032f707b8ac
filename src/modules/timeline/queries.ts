// The timeline's SQL: one select per kind of event, each scoped to the granted family and each
// returning only what a timeline line shows (who, when, which version/kind) — no notes, no scores.
// They are not run one by one: each is a part of the ONE statement that also writes the audit row
// (service.ts), so a timeline costs the same three statements however many sources it has.
//
// Bounded: each select orders its rows newest first by the very column the event's `at` is made of
// (a date column for an all-day event, whose Dutch day start is monotone in the date) with a
// deterministic tie-break, and takes at most `take` rows (a parameter: limit + 1 for a wanted kind,
// 0 for one not asked for). Every row is exactly one event, so the service's merge of these lists
// holds the newest `limit` events of the whole history (see service.ts).
import { sql, type NotNull } from 'kysely';
import type { Grant } from '../../platform/access/authorize.js';
import type { Queryable } from '../../platform/db/transaction.js';

const familyOf = (grant: Grant<'family'>): string => grant.subjectId;

export function trajectoriesOpened(trx: Queryable, grant: Grant<'family'>, take: number) {
  return trx
    .selectFrom('trajectory as t')
    .leftJoin('trajectory_status_change as c', (j) =>
      j.onRef('c.trajectory_id', '=', 't.id').on('c.from_status', 'is', null),
    )
    .leftJoin('app_user as u', 'u.id', 'c.changed_by')
    .select(['t.id', 't.opened_at', 't.entry_point', 'u.display_name as actor'])
    .where('t.family_id', '=', familyOf(grant))
    .orderBy('t.opened_at', 'desc')
    .orderBy('t.id')
    .limit(take);
}

/** Status changes after the opening: the closings (`closed`, with the ending reason) or the other changes. */
export function statusChanges(trx: Queryable, grant: Grant<'family'>, closings: boolean, take: number) {
  return trx
    .selectFrom('trajectory_status_change as c')
    .innerJoin('trajectory as t', 't.id', 'c.trajectory_id')
    .innerJoin('app_user as u', 'u.id', 'c.changed_by')
    .select(['c.id', 'c.from_status', 'c.to_status', 'c.changed_at', 't.ending_reason', 'u.display_name as actor'])
    .where('t.family_id', '=', familyOf(grant))
    .where('c.from_status', 'is not', null)
    .where('c.to_status', closings ? '=' : '<>', 'closed')
    .orderBy('c.changed_at', 'desc')
    .orderBy('c.id')
    .limit(take);
}

export function handovers(trx: Queryable, grant: Grant<'family'>, take: number) {
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
    .where('t.family_id', '=', familyOf(grant))
    .orderBy('h.handed_over_at', 'desc')
    .orderBy('h.id')
    .limit(take);
}

/** Meetings by the day they were held. */
export function meetingsHeld(trx: Queryable, grant: Grant<'family'>, take: number) {
  return trx
    .selectFrom('meeting as m')
    .innerJoin('app_user as u', 'u.id', 'm.created_by')
    .select(['m.id', 'm.kind', sql<string>`m.held_on::text`.as('held_on'), 'u.display_name as actor'])
    .where('m.family_id', '=', familyOf(grant))
    .orderBy('m.held_on', 'desc')
    .orderBy('m.id')
    .limit(take);
}

/** Meetings whose top 3 was confirmed, by when (a meeting held long ago may be confirmed today). */
export function meetingsConfirmed(trx: Queryable, grant: Grant<'family'>, take: number) {
  return trx
    .selectFrom('meeting as m')
    .leftJoin('app_user as c', 'c.id', 'm.confirmed_by')
    .select(['m.id', 'm.kind', 'm.confirmed_at', 'c.display_name as confirmed_by'])
    .where('m.family_id', '=', familyOf(grant))
    .where('m.confirmed_at', 'is not', null)
    .$narrowType<{ confirmed_at: NotNull }>()
    .orderBy('m.confirmed_at', 'desc')
    .orderBy('m.id')
    .limit(take);
}

/** Meetings taken over into the plan, by when the plan version they made was saved. */
export function meetingsTakenOver(trx: Queryable, grant: Grant<'family'>, take: number) {
  return trx
    .selectFrom('meeting as m')
    .innerJoin('plan_version as v', (j) =>
      j.onRef('v.family_id', '=', 'm.family_id').onRef('v.version', '=', 'm.plan_version'),
    )
    .select([
      'm.id',
      'm.kind',
      'v.version as plan_version',
      'v.created_at as taken_over_at',
      'v.author_name as taken_over_by',
    ])
    .where('m.family_id', '=', familyOf(grant))
    .orderBy('v.created_at', 'desc')
    .orderBy('m.id')
    .limit(take);
}

export function planVersions(trx: Queryable, grant: Grant<'family'>, take: number) {
  return trx
    .selectFrom('plan_version')
    .select(['version', 'source', 'author_name', 'created_at'])
    .where('family_id', '=', familyOf(grant))
    .orderBy('created_at', 'desc')
    .orderBy('version', 'desc')
    .limit(take);
}

export function planSignOffs(trx: Queryable, grant: Grant<'family'>, take: number) {
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
    .where('s.family_id', '=', familyOf(grant))
    .orderBy('s.signed_on', 'desc')
    .orderBy('s.id')
    .limit(take);
}

export function measurements(trx: Queryable, grant: Grant<'family'>, take: number) {
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
    .where('m.family_id', '=', familyOf(grant))
    .orderBy('m.measured_on', 'desc')
    .orderBy('m.id')
    .limit(take);
}

/** Versions of the family's story (`story`) or of the intake (`intake`). */
export function storyVersions(trx: Queryable, grant: Grant<'family'>, kind: 'story' | 'intake', take: number) {
  return trx
    .selectFrom('family_story as s')
    .innerJoin('app_user as u', 'u.id', 's.author_id')
    .select(['s.id', 's.kind', 's.version', 's.created_at', 'u.display_name as actor'])
    .where('s.family_id', '=', familyOf(grant))
    .where('s.kind', '=', kind)
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id')
    .limit(take);
}

/** The statements the family added itself through the portal (family-rights, Jeugdwet 7.3.8): the writer's given name only. */
export function familyStatements(trx: Queryable, grant: Grant<'family'>, take: number) {
  return trx
    .selectFrom('family_statement as fs')
    .innerJoin('person as p', 'p.id', 'fs.person_id')
    .select(['fs.id', 'fs.created_at', 'p.given_name'])
    .where('fs.family_id', '=', familyOf(grant))
    .orderBy('fs.created_at', 'desc')
    .orderBy('fs.id')
    .limit(take);
}

/** People added after the family was registered (those registered with it belong to the opening). */
export function personsAdded(trx: Queryable, grant: Grant<'family'>, take: number) {
  return trx
    .selectFrom('person as p')
    .innerJoin('family as f', 'f.id', 'p.family_id')
    .leftJoin('app_user as u', 'u.id', 'p.created_by')
    .select(['p.id', 'p.kind', 'p.given_name', 'p.network_relation', 'p.created_at', 'u.display_name as actor'])
    .where('p.family_id', '=', familyOf(grant))
    .whereRef('p.created_at', '>', 'f.created_at')
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .limit(take);
}

export function personsRemoved(trx: Queryable, grant: Grant<'family'>, take: number) {
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
    .where('p.removed_on', 'is not', null)
    .orderBy('p.removed_on', 'desc')
    .orderBy('p.id')
    .limit(take);
}

export function consentsWithdrawn(trx: Queryable, grant: Grant<'family'>, take: number) {
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
    .where('c.withdrawn_on', 'is not', null)
    .orderBy('c.withdrawn_on', 'desc')
    .orderBy('c.id')
    .limit(take);
}

/** Decisions on allocation requests (granted or rejected), with who decided. */
export function decisions(trx: Queryable, grant: Grant<'family'>, take: number) {
  return trx
    .selectFrom('decision as d')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .innerJoin('app_user as u', 'u.id', 'd.decided_by')
    .select(['d.id', 'd.reference', 'd.outcome', 'd.decided_at', 'p.given_name', 'u.display_name as actor'])
    .where('d.family_id', '=', familyOf(grant))
    .orderBy('d.decided_at', 'desc')
    .orderBy('d.id')
    .limit(take);
}

/** Allocated products of the family's decisions (a withdrawal is a correction, change reason 13). */
function allocationRows(trx: Queryable, grant: Grant<'family'>) {
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

/** Every allocation, by when it was made. */
export function allocationsMade(trx: Queryable, grant: Grant<'family'>, take: number) {
  return allocationRows(trx, grant).orderBy('a.allocated_at', 'desc').orderBy('a.id').limit(take);
}

/** Withdrawn allocations, on the day they were to start (the withdrawal's date). */
export function allocationsWithdrawn(trx: Queryable, grant: Grant<'family'>, take: number) {
  return allocationRows(trx, grant)
    .where('a.status', '=', 'withdrawn')
    .orderBy('a.starts_on', 'desc')
    .orderBy('a.id')
    .limit(take);
}

/** Care as delivered: starts (JW305) and stops (JW307) with the provider's end reason. */
function careRows(trx: Queryable, grant: Grant<'family'>) {
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

export function careStarted(trx: Queryable, grant: Grant<'family'>, take: number) {
  return careRows(trx, grant).orderBy('c.started_on', 'desc').orderBy('c.id').limit(take);
}

export function careStopped(trx: Queryable, grant: Grant<'family'>, take: number) {
  return careRows(trx, grant)
    .where('c.stopped_on', 'is not', null)
    .$narrowType<{ stopped_on: NotNull }>()
    .orderBy('c.stopped_on', 'desc')
    .orderBy('c.id')
    .limit(take);
}
