// SQL of the plan. Every function takes the Grant of an audited decision on the family.
import { sql } from 'kysely';
import type { Grant } from '../../platform/access/authorize.js';
import { relatedTrajectoryIds } from '../../platform/access/relationships.js';
import { many, one } from '../../platform/db/bundle.js';
import type { Queryable, Tx } from '../../platform/db/transaction.js';
import { ConflictError, NotFoundError } from '../../platform/errors.js';
import { readContent, type PlanContent } from './content.js';

export type FamilyGrant = Grant<'family' | 'family_plan_agreement'>;
const familyOf = (grant: FamilyGrant) => grant.subjectId;

export async function findCurrentVersion(trx: Queryable, grant: FamilyGrant): Promise<number | null> {
  const row = await trx
    .selectFrom('plan')
    .select('current_version')
    .where('family_id', '=', familyOf(grant))
    .executeTakeFirst();
  return row?.current_version ?? null;
}

const headerColumns = [
  'v.version',
  'v.note',
  'v.source',
  'v.source_meeting_id',
  'v.author_id',
  'v.author_name',
  'v.created_at',
] as const;

const versionHeadersQuery = (db: Queryable, grant: FamilyGrant) =>
  db
    .selectFrom('plan_version as v')
    .select(headerColumns)
    .where('v.family_id', '=', familyOf(grant))
    .orderBy('v.version', 'desc');

export type VersionHeaderRow = Awaited<ReturnType<ReturnType<typeof versionHeadersQuery>['execute']>>[number];

export async function getVersion(trx: Tx, grant: FamilyGrant, version: number) {
  const row = await trx
    .selectFrom('plan_version as v')
    .select([...headerColumns, 'v.content'])
    .where('v.family_id', '=', familyOf(grant))
    .where('v.version', '=', version)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('plan_version_not_found', { detail: `The plan has no version ${version}.` });
  return { ...row, content: readContent(row.content) };
}

const signOffsQuery = (db: Queryable, grant: FamilyGrant) =>
  db
    .selectFrom('plan_sign_off')
    .select([
      'id',
      'version',
      sql<string>`signed_on::text`.as('signed_on'),
      'signed_by_name',
      'signed_by_user_id',
      'note',
      'recorded_at',
    ])
    .where('family_id', '=', familyOf(grant))
    .orderBy('recorded_at')
    .orderBy('id');

export type SignOffRow = Awaited<ReturnType<ReturnType<typeof signOffsQuery>['execute']>>[number];

export function listSignOffs(trx: Tx, grant: FamilyGrant): Promise<SignOffRow[]> {
  return signOffsQuery(trx, grant).execute();
}

const familyReferenceQuery = (db: Queryable, grant: FamilyGrant) =>
  db.selectFrom('family').select('reference').where('id', '=', familyOf(grant)).limit(1);

/**
 * What the plan view shows apart from its current version, as parts of ONE statement
 * (platform/db/bundle.ts): the family's reference, every version's header, the sign-offs and the
 * start of the trajectory the 6-week deadline counts from.
 */
export function planHistoryParts(db: Queryable, grant: FamilyGrant) {
  return {
    family: one(familyReferenceQuery(db, grant)),
    headers: many(versionHeadersQuery(db, grant)),
    signOffs: many(signOffsQuery(db, grant)),
    trajectory: one(trajectoryStartQuery(db, grant)),
  };
}

/** The whole plan view: its history and the current version with its content. */
export function planViewParts(db: Queryable, grant: FamilyGrant) {
  return {
    ...planHistoryParts(db, grant),
    current: one(
      db
        .selectFrom('plan as p')
        .innerJoin('plan_version as v', (join) =>
          join.onRef('v.family_id', '=', 'p.family_id').onRef('v.version', '=', 'p.current_version'),
        )
        .select([...headerColumns, 'v.content'])
        .where('p.family_id', '=', familyOf(grant))
        .limit(1),
    ),
  };
}

/**
 * Appends a version on top of `baseVersion` (0: the first version). Refuses with 409 stale_version
 * when the plan moved on since the editor loaded it: the row lock on `plan` serialises concurrent
 * edits, and the losing one finds the version it was based on is no longer current.
 */
export async function appendVersion(
  trx: Tx,
  grant: Grant<'family'>,
  v: {
    baseVersion: number;
    content: PlanContent;
    note: string | null;
    sourceMeetingId: string | null;
  },
): Promise<number> {
  const familyId = familyOf(grant);
  let version: number | undefined;
  if (v.baseVersion === 0) {
    const row = await trx
      .insertInto('plan')
      .values({ family_id: familyId, current_version: 1 })
      .onConflict((oc) => oc.column('family_id').doNothing())
      .returning('current_version')
      .executeTakeFirst();
    version = row?.current_version;
  } else {
    const row = await trx
      .updateTable('plan')
      .set({ current_version: sql<number>`current_version + 1`, updated_at: sql<Date>`now()` })
      .where('family_id', '=', familyId)
      .where('current_version', '=', v.baseVersion)
      .returning('current_version')
      .executeTakeFirst();
    version = row?.current_version;
  }
  if (version === undefined) {
    const current = await findCurrentVersion(trx, grant);
    throw new ConflictError('stale_version', {
      detail:
        current === null
          ? 'The plan has no versions yet: start from an empty plan (base version 0).'
          : `The plan was changed in the meantime: your edit is based on version ${v.baseVersion}, the current version is ${current}. Reload, and make your change again.`,
    });
  }
  const author = await trx
    .selectFrom('app_user')
    .select('display_name')
    .where('id', '=', grant.actor.userId)
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('plan_version')
    .values({
      family_id: familyId,
      version,
      content: JSON.stringify(v.content),
      note: v.note,
      source: v.sourceMeetingId ? 'meeting' : 'edit',
      source_meeting_id: v.sourceMeetingId,
      author_id: grant.actor.userId,
      author_name: author.display_name,
    })
    .execute();
  return version;
}

export async function insertSignOff(
  trx: Tx,
  grant: FamilyGrant,
  s: {
    version: number;
    signedOn: string;
    signedByName: string;
    signedByUserId: string | null;
    note: string | null;
  },
): Promise<void> {
  await trx
    .insertInto('plan_sign_off')
    .values({
      family_id: familyOf(grant),
      version: s.version,
      signed_on: s.signedOn,
      signed_by_name: s.signedByName,
      signed_by_user_id: s.signedByUserId,
      note: s.note,
      recorded_by: grant.actor.userId,
    })
    .execute();
}

/** The start the 6-week deadline counts from: the open trajectory, else the latest one. */
const trajectoryStartQuery = (db: Queryable, grant: FamilyGrant) =>
  db
    .selectFrom('trajectory')
    .select('opened_at')
    .where('family_id', '=', familyOf(grant))
    .orderBy(sql`status = 'closed'`)
    .orderBy('opened_at', 'desc')
    .limit(1);

export async function findTrajectoryStart(trx: Tx, grant: FamilyGrant): Promise<Date | null> {
  return (await trajectoryStartQuery(trx, grant).executeTakeFirst())?.opened_at ?? null;
}

export async function findFamilyReference(trx: Tx, grant: FamilyGrant): Promise<string> {
  const row = await trx.selectFrom('family').select('reference').where('id', '=', familyOf(grant)).executeTakeFirst();
  if (!row) throw new NotFoundError('family_not_found', { detail: 'No such family.' });
  return row.reference;
}

/** Families the actor may see by relationship (regisseur, member, team lead) with an open trajectory. */
export async function caseloadFamilyIds(trx: Tx, userId: string, asTeamLead: boolean): Promise<string[]> {
  const rows = await trx
    .selectFrom('trajectory as t')
    .select('t.family_id')
    .distinct()
    .where('t.status', '<>', 'closed')
    .where('t.id', 'in', relatedTrajectoryIds(trx, userId, { asTeamLead }))
    .orderBy('t.family_id')
    .limit(200)
    .execute();
  return rows.map((r) => r.family_id);
}
