// SQL of the plan. Every function takes the Grant of an audited decision on the family.
import { sql, type Selectable, type SqlBool } from 'kysely';
import type { Grant } from '../../platform/access/authorize.js';
import { relatedTrajectoryIds } from '../../platform/access/relationships.js';
import { auditInsert, bundleTemplate, many, one, partColumns, readParts, scalar } from '../../platform/db/bundle.js';
import type { NewAuditEvent, PlanVersionTable } from '../../platform/db/schema.js';
import type { Queryable, Tx } from '../../platform/db/transaction.js';
import { ConflictError, NotFoundError } from '../../platform/errors.js';
import { readContent, type PlanContent } from './content.js';
import { familyMailed, familyNotified } from '../family-authority/notify-family.js';

export type FamilyGrant = Grant<'family'>;
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

/** The sign-offs of the given versions only (one version's page, a comparison): never the whole history. */
export function listSignOffs(trx: Tx, grant: FamilyGrant, versions: readonly number[]): Promise<SignOffRow[]> {
  if (versions.length === 0) return Promise.resolve([]);
  return signOffsQuery(trx, grant).where('version', 'in', versions).execute();
}

const familyReferenceQuery = (db: Queryable, grant: FamilyGrant) =>
  db.selectFrom('family').select('reference').where('id', '=', familyOf(grant)).limit(1);

/**
 * How many version headers the plan view carries: the newest 10. Enough for the work of a week or
 * two (an edit, a meeting taken over, the family's sign-off) and for comparing the current version
 * with the ones just before it, in one screen; older versions are read a page at a time
 * (GET …/plan/versions). The view's size and cost then stay the same however long the history.
 */
export const VERSIONS_SHOWN = 10;

/**
 * A plan's versions are numbered 1 … plan.current_version without gaps: each is written as
 * current_version + 1 by the statement that moves current_version on (versionWrite here, the
 * portal's appendFamilyVersion), and none is ever deleted (trigger plan_version_no_update). So the
 * number of versions is current_version (one row), and a page of versions newest first is a range
 * of version numbers: an index range scan of the page, however long the history.
 */
const currentVersionQuery = (db: Queryable, grant: FamilyGrant) =>
  db.selectFrom('plan').select('current_version').where('family_id', '=', familyOf(grant));

/** The version numbers of one page, newest first: (current − offset − limit, current − offset]. */
function versionWindow(db: Queryable, grant: FamilyGrant, column: string, limit: number, offset: number) {
  const current = currentVersionQuery(db, grant);
  return sql<SqlBool>`${sql.ref(column)} > (${current}) - ${offset}::int - ${limit}::int AND ${sql.ref(column)} <= (${current}) - ${offset}::int`;
}

/** How many versions the plan has (0 without a plan): see currentVersionQuery. */
const versionCountPart = (db: Queryable, grant: FamilyGrant) =>
  scalar(sql<number>`coalesce((${currentVersionQuery(db, grant)}), 0)`);

/** One page of version headers, newest first, with the sign-offs of exactly those versions (parts of one statement). */
export function versionPageParts(db: Queryable, grant: FamilyGrant, limit: number, offset: number) {
  return {
    headers: many(versionHeadersQuery(db, grant).where(versionWindow(db, grant, 'v.version', limit, offset))),
    signOffs: many(signOffsQuery(db, grant).where(versionWindow(db, grant, 'version', limit, offset))),
    versionCount: versionCountPart(db, grant),
  };
}

/** The start day the 6-week deadline counts from (the Dutch date of deadlineStart's opened_at), else none. */
const startDayQuery = (db: Queryable, grant: FamilyGrant) =>
  trajectoryStartQuery(db, grant)
    .clearSelect()
    .select(sql<string>`(opened_at AT TIME ZONE 'Europe/Amsterdam')::date`.as('day'));

/**
 * What the 6-week deadline needs of the sign-offs, aggregated in SQL (not from a list of them): the
 * first agreement since the trajectory started (one that came before it belongs to an earlier
 * trajectory; without a trajectory every agreement counts) and the newest version agreed to since
 * then. Only the current version can be signed and versions only grow, so the current version is
 * signed exactly when it is that newest one. The caseload queries apply the same rule.
 */
export const signedFactsQuery = (db: Queryable, grant: FamilyGrant) =>
  db
    .selectFrom('plan_sign_off as s')
    .select([
      sql<string | null>`min(s.signed_on)::text`.as('first_signed_on'),
      sql<number | null>`max(s.version)`.as('last_signed_version'),
    ])
    .where('s.family_id', '=', familyOf(grant))
    .where(sql<SqlBool>`s.signed_on >= coalesce((${startDayQuery(db, grant)}), '-infinity'::date)`);

export type SignedFacts = { first_signed_on: string | null; last_signed_version: number | null };

/**
 * What the plan view shows apart from its current version, as parts of ONE statement
 * (platform/db/bundle.ts): the family's reference, the newest VERSIONS_SHOWN version headers with
 * their sign-offs, how many versions there are, what the deadline needs of the sign-offs and the
 * start of the trajectory the 6-week deadline counts from. None of it grows with the history.
 */
export function planHistoryParts(db: Queryable, grant: FamilyGrant) {
  return {
    family: one(familyReferenceQuery(db, grant)),
    ...versionPageParts(db, grant, VERSIONS_SHOWN, 0),
    signed: one(signedFactsQuery(db, grant)),
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
 * The plan view as a bundle template (built and compiled once, platform/db/template.ts). Its value
 * is the family id of the caller's grant (`familyOf(read.grant)`); the grant here only carries it into
 * the same query functions the other reads use.
 */
export const PLAN_VIEW = bundleTemplate((db, v: { familyId: string }) =>
  planViewParts(db, { subjectId: v.familyId } as FamilyGrant),
);
export const planViewValues = (grant: FamilyGrant) => ({ familyId: familyOf(grant) });

/**
 * A new version on top of `baseVersion` (0: the first version), as data-modifying CTEs of one
 * statement: `bumped` moves the plan's current version on only while it is still `baseVersion` (the
 * row lock on `plan` serialises concurrent edits, and the losing one finds the version it was based
 * on is no longer current), and `written` inserts the version only when it did. Neither holds a row
 * when the edit was stale.
 */
function versionWrite(
  db: Queryable,
  grant: Grant<'family'>,
  v: { baseVersion: number; content: PlanContent; note: string | null; sourceMeetingId: string | null },
) {
  const familyId = familyOf(grant);
  const userId = grant.actor.userId;
  return db
    .with('bumped', (qc) =>
      v.baseVersion === 0
        ? qc
            .insertInto('plan')
            .values({ family_id: familyId, current_version: 1 })
            .onConflict((oc) => oc.column('family_id').doNothing())
            .returning('current_version')
        : qc
            .updateTable('plan')
            .set({ current_version: sql<number>`current_version + 1`, updated_at: sql<Date>`now()` })
            .where('family_id', '=', familyId)
            .where('current_version', '=', v.baseVersion)
            .returning('current_version'),
    )
    .with('written', (qc) =>
      qc
        .insertInto('plan_version')
        .columns(['family_id', 'version', 'content', 'note', 'source', 'source_meeting_id', 'author_id', 'author_name'])
        // INSERT … SELECT gives bare parameters no type: each is cast to its column's.
        .expression((eb) =>
          eb
            .selectFrom('bumped')
            .select([
              eb.cast<string>(eb.val(familyId), 'uuid').as('family_id'),
              'bumped.current_version as version',
              eb.cast<PlanContent>(eb.val(JSON.stringify(v.content)), 'jsonb').as('content'),
              eb.cast<string | null>(eb.val(v.note), 'text').as('note'),
              eb.cast<'edit' | 'meeting'>(eb.val(v.sourceMeetingId ? 'meeting' : 'edit'), 'text').as('source'),
              eb.cast<string | null>(eb.val(v.sourceMeetingId), 'uuid').as('source_meeting_id'),
              eb.cast<string>(eb.val(userId), 'uuid').as('author_id'),
              eb.selectFrom('app_user').select('display_name').where('id', '=', userId).$asScalar().as('author_name'),
            ]),
        )
        .returning([
          'version',
          'note',
          'source',
          'source_meeting_id',
          'author_id',
          'author_name',
          'created_at',
          'content',
        ]),
    );
}

function staleVersion(baseVersion: number, current: number | null) {
  return new ConflictError('stale_version', {
    detail:
      current === null
        ? 'The plan has no versions yet: start from an empty plan (base version 0).'
        : `The plan was changed in the meantime: your edit is based on version ${baseVersion}, the current version is ${current}. Reload, and make your change again.`,
  });
}

/** Appends a version inside the caller's transaction (one statement); 409 stale_version when the plan moved on. */
export async function appendVersion(
  trx: Tx,
  grant: Grant<'family'>,
  v: { baseVersion: number; content: PlanContent; note: string | null; sourceMeetingId: string | null },
): Promise<number> {
  const row = await versionWrite(trx, grant, v).selectFrom('written').select('version').executeTakeFirst();
  if (row === undefined) throw staleVersion(v.baseVersion, await findCurrentVersion(trx, grant));
  return row.version;
}

/**
 * A plan save as ONE statement, without a transaction of its own: the version (versionWrite), its
 * audit row (only when the version was written, as a rolled-back transaction would have kept none)
 * and the plan's history for the answer. The history is as it was when the statement began (every
 * part of a statement sees the same snapshot), so it holds every version but the one written here,
 * which `written` returns: the answer adds it on top. On a stale edit nothing is written, and one
 * more statement reads the current version for the 409.
 */
export async function saveVersion(
  db: Queryable,
  grant: Grant<'family'>,
  v: { baseVersion: number; content: PlanContent; note: string | null },
  audit: NewAuditEvent[],
) {
  // `written` is a CTE of this statement: withTables only names it for the queries that read it.
  const cte = db.withTables<{ written: Selectable<PlanVersionTable> }>();
  const parts = {
    ...planHistoryParts(db, grant),
    written: one(cte.selectFrom('written').selectAll().limit(1)),
  };
  const row = await versionWrite(db, grant, { ...v, sourceMeetingId: null })
    .with('audit', () => auditInsert(db, audit, sql<SqlBool>`exists (${cte.selectFrom('written').select('version')})`))
    // A new version waits for the family's sign-off: tell the family (content-free), in this same statement.
    .with('family_notified', () =>
      familyNotified(
        db,
        familyOf(grant),
        'family_plan_sign_off',
        { item: 'shared' },
        sql<SqlBool>`exists (${cte.selectFrom('written').select('version')})`,
      ),
    )
    .with('family_mailed', () => familyMailed(db))
    .selectNoFrom(partColumns(parts))
    .executeTakeFirst();
  const { written, ...rest } = readParts(parts, row);
  if (!written) throw staleVersion(v.baseVersion, await findCurrentVersion(db, grant));
  return { history: rest, written };
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
