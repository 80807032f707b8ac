// One living plan per family: every change is a new version (author, time, immutable snapshot),
// edits name the version they were based on and a stale one is refused, any two versions can be
// compared, and the family's agreement is recorded per version.
import { randomBytes } from 'node:crypto';
import { abilities } from '../../platform/access/abilities.js';
import { hasRole } from '../../platform/access/actor.js';
import {
  authorize,
  authorizeRead,
  authorizeStatement,
  requireActor,
  type Grant,
} from '../../platform/access/authorize.js';
import type { Memo } from '../../platform/access/policy.js';
import { fetchAll, type Results } from '../../platform/db/bundle.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction, type Queryable, type Tx } from '../../platform/db/transaction.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import type { Page, Paging } from '../../platform/http/paging.js';
import { assignIds, emptyPlan, readContent, type PlanContent } from './content.js';
import { planDeadline, type Deadline } from './deadline.js';
import { diffPlans } from './diff.js';
import * as q from './queries.js';
import type { PlanVersionHeader, PlanView, SignOff, SignOffBody, UpdatePlanBody } from './schemas.js';
import { advanceOnAgreedPlan } from '../trajectories/plan-agreed.js';
import { now, today } from '../../platform/clock.js';

const PURPOSE = 'care';
export const newItemId = () => randomBytes(6).toString('base64url');

type Header = q.VersionHeaderRow;
type SignOffRow = q.SignOffRow;

function presentSignOff(s: SignOffRow): SignOff {
  return {
    id: s.id,
    version: s.version,
    signedOn: s.signed_on,
    signedByName: s.signed_by_name,
    byPortalUser: s.signed_by_user_id !== null,
    note: s.note,
    recordedAt: s.recorded_at,
  };
}
function presentHeader(h: Header, signOffs: SignOffRow[]): PlanVersionHeader {
  return {
    version: h.version,
    createdAt: h.created_at,
    author: { id: h.author_id, name: h.author_name },
    note: h.note,
    source: h.source,
    sourceMeetingId: h.source_meeting_id,
    signOffs: signOffs.filter((s) => s.version === h.version).map(presentSignOff),
  };
}

function deadlineOf(startedAt: Date | null, current: number | null, signed: q.SignedFacts | undefined): Deadline {
  // Only an agreement since this trajectory started meets its deadline: a family that comes back
  // agrees to the plan anew. The sign-offs are aggregated in SQL under that rule (q.signedFactsQuery).
  return planDeadline({
    startedAt,
    firstSignedOn: signed?.first_signed_on ?? null,
    currentVersion: current,
    currentSigned: current !== null && signed?.last_signed_version === current,
    today: now(),
  });
}

type History = Results<ReturnType<typeof q.planHistoryParts>>;
type CurrentVersion = Header & { content: unknown };

/**
 * The view from its parts (one statement). `memo`: the facts of the request's own decision, when
 * nothing the family policy looks at has changed since (a read, or a plan save: it writes only the
 * plan), so the ability flags cost no further statement.
 */
async function presentView(
  db: Queryable,
  grant: q.FamilyGrant,
  history: History,
  current: CurrentVersion | undefined,
  memo?: Memo,
): Promise<PlanView> {
  const familyId = grant.subjectId;
  if (!history.family) throw new NotFoundError('family_not_found', { detail: 'No such family.' });
  const { headers, signOffs } = history;
  const currentVersion = current?.version ?? null;
  return {
    familyId,
    familyReference: history.family.reference,
    current: current ? { ...presentHeader(current, signOffs), content: readContent(current.content) } : null,
    versions: headers.slice(0, q.VERSIONS_SHOWN).map((h) => presentHeader(h, signOffs)),
    versionCount: Number(history.versionCount ?? 0),
    deadline: deadlineOf(history.trajectory?.opened_at ?? null, currentVersion, history.signed),
    abilities: await abilities(
      db,
      grant.actor,
      {
        edit: { subject: 'family', id: familyId, action: 'update' },
        signOff: currentVersion !== null && signOffDecidedBy(familyId),
      },
      memo,
    ),
  };
}

/** The view inside a caller's transaction: its data in one statement. */
async function loadView(trx: Tx, grant: q.FamilyGrant): Promise<PlanView> {
  const { current, ...history } = await fetchAll(trx, q.planViewParts(trx, grant));
  return presentView(trx, grant, history, current);
}

/** The plan view inside a caller's transaction (e.g. after taking over a meeting's result). */
export function readPlanInTransaction(trx: Tx, grant: Grant<'family'>): Promise<PlanView> {
  return loadView(trx, grant);
}

/** The need-to-know decision of a plan read: the same for the view and for a page of its versions. */
function authorizePlanRead(ctx: RequestContext, familyId: string) {
  return authorizeRead(ctx, {
    subject: 'family',
    id: familyId,
    action: 'read',
    purpose: PURPOSE,
    data: 'plan',
  });
}

/**
 * The plan: the need-to-know decision (one statement), then the view and its audit row (one
 * statement); with the session check, three in all, however many versions the plan has (the view
 * carries the newest q.VERSIONS_SHOWN headers and the count; the others are paged: listPlanVersions).
 */
export async function readPlan(ctx: RequestContext, familyId: string): Promise<PlanView> {
  const read = await authorizePlanRead(ctx, familyId);
  const { current, ...history } = await read.fetchBundle(q.PLAN_VIEW, q.planViewValues(read.grant));
  return presentView(read.db, read.grant, history, current, read.memo);
}

/**
 * One page of the plan's versions, newest first, each with its sign-offs: the same audited
 * need-to-know read as the plan itself (one decision statement, one data statement with its audit
 * row; three with the session check). A page is a range of version numbers (q.versionPageParts), so
 * a deep page costs what the first one does.
 */
export async function listPlanVersions(
  ctx: RequestContext,
  familyId: string,
  paging: Pick<Paging, 'page' | 'pageSize'>,
): Promise<Page<PlanVersionHeader>> {
  const read = await authorizePlanRead(ctx, familyId);
  const rows = await read.fetch(
    q.versionPageParts(read.db, read.grant, paging.pageSize, (paging.page - 1) * paging.pageSize),
  );
  return {
    items: rows.headers.map((h) => presentHeader(h, rows.signOffs)),
    total: Number(rows.versionCount ?? 0),
    page: paging.page,
    pageSize: paging.pageSize,
  };
}

export function readPlanVersion(ctx: RequestContext, familyId: string, version: number) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'read',
      purpose: PURPOSE,
      data: `plan version ${version}`,
    });
    const v = await q.getVersion(trx, grant, version);
    return { ...presentHeader(v, await q.listSignOffs(trx, grant, [version])), content: v.content };
  });
}

function checkReferences(content: PlanContent): void {
  const goals = new Set(content.goals.map((g) => g.id));
  const bad = content.actions.findIndex((a) => a.goalId !== null && !goals.has(a.goalId));
  if (bad >= 0)
    throw new ValidationError('unknown_goal', {
      detail: 'An action points at a goal that is not in the plan.',
      errors: [{ path: `content.actions.${bad}.goalId`, message: 'unknown_goal' }],
    });
}

/** Appends a version; used by plan edits and by taking over a meeting's top-3. */
export async function appendPlanVersion(
  trx: Tx,
  grant: Grant<'family'>,
  baseVersion: number,
  content: PlanContent,
  note: string | null,
  sourceMeetingId: string | null,
): Promise<number> {
  checkReferences(content);
  return q.appendVersion(trx, grant, { baseVersion, content, note, sourceMeetingId });
}

/** The current content (or an empty plan) and its version (0 when none). */
export async function currentContent(
  trx: Tx,
  grant: Grant<'family'>,
): Promise<{ version: number; content: PlanContent }> {
  const version = await q.findCurrentVersion(trx, grant);
  return version === null
    ? { version: 0, content: emptyPlan() }
    : { version, content: (await q.getVersion(trx, grant, version)).content };
}

/**
 * A plan save: the need-to-know decision (one statement), then the version, its audit row and the
 * view's data (one statement, q.saveVersion); with the session check, three in all. The ability
 * flags reuse the decision's facts: a save writes only the plan, nothing the family policy reads.
 */
export async function updatePlan(ctx: RequestContext, familyId: string, body: UpdatePlanBody): Promise<PlanView> {
  const write = await authorizeStatement(ctx, {
    subject: 'family',
    id: familyId,
    action: 'update',
    purpose: PURPOSE,
    data: `plan: new version on top of ${body.baseVersion}`,
    event: 'plan.version_created',
  });
  const content = assignIds(body.content, newItemId);
  checkReferences(content);
  const { history, written } = await write.run((audit) =>
    q.saveVersion(write.db, write.grant, { baseVersion: body.baseVersion, content, note: body.note ?? null }, audit),
  );
  return presentView(
    write.db,
    write.grant,
    // The history is as it was before this version (one snapshot per statement): it goes on top.
    { ...history, headers: [written, ...history.headers], versionCount: written.version },
    written,
    write.memo,
  );
}

export function comparePlan(ctx: RequestContext, familyId: string, from: number, to: number) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'read',
      purpose: PURPOSE,
      data: `plan versions ${from} and ${to} compared`,
    });
    const [a, b, signOffs] = [
      await q.getVersion(trx, grant, from),
      await q.getVersion(trx, grant, to),
      await q.listSignOffs(trx, grant, [from, to]),
    ];
    return {
      from: presentHeader(a, signOffs),
      to: presentHeader(b, signOffs),
      sections: diffPlans(a.content, b.content),
    };
  });
}

/**
 * Who decides a sign-off a professional records (the request and the `signOff` flag alike): the family
 * policy's write rule. The family signs its plan itself in the portal (portal/writes.ts).
 */
function signOffDecidedBy(familyId: string) {
  return { subject: 'family' as const, id: familyId, action: 'update' as const };
}

export function signOff(ctx: RequestContext, familyId: string, version: number, body: SignOffBody): Promise<PlanView> {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const request = {
      purpose: PURPOSE,
      data: `plan version ${version}: family agreement`,
      event: 'plan.signed_off',
    };
    const grant: q.FamilyGrant = await authorize(trx, ctx, { ...request, ...signOffDecidedBy(familyId) });
    const current = await q.findCurrentVersion(trx, grant);
    if (current === null) throw new ConflictError('plan_missing', { detail: 'There is no plan to agree to yet.' });
    if (version !== current) {
      throw new ConflictError('stale_version', {
        detail: `Only the current version can be signed: version ${version} was followed by version ${current}. Read the current version with the family first.`,
      });
    }
    if (body.signedOn > today())
      throw new ValidationError('sign_off_in_future', {
        detail: 'A sign-off cannot be dated in the future.',
        errors: [{ path: 'signedOn', message: 'sign_off_in_future' }],
      });
    const signedByName = body.signedByName;
    if (!signedByName) {
      throw new ValidationError('invalid_input', {
        detail: 'Say which family member agreed.',
        errors: [{ path: 'signedByName', message: 'required' }],
      });
    }
    await q.insertSignOff(trx, grant, {
      version,
      signedOn: body.signedOn,
      signedByName,
      signedByUserId: null,
      note: body.note ?? null,
    });
    await advanceOnAgreedPlan(trx, grant.subjectId, actor.userId);
    return loadView(trx, grant);
  });
}

/** Plans of the families on the actor's caseload, with their 6-week deadline (the family: refused, see below). */
export function myPlanDeadlines(ctx: RequestContext) {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    // A professional route: a family login is refused (audited), whatever its families (it sees its
    // plan and its sign-off in the portal).
    if (hasRole(actor, 'family'))
      await authorize(trx, ctx, {
        subject: 'caseload',
        id: null,
        action: 'read',
        purpose: PURPOSE,
        data: 'plan deadlines',
      });
    const ids = await q.caseloadFamilyIds(trx, actor.userId, hasRole(actor, 'team_lead'));
    const items = [];
    for (const familyId of ids) {
      const grant = await authorize(trx, ctx, {
        subject: 'family',
        id: familyId,
        action: 'read',
        purpose: PURPOSE,
        data: 'plan deadline',
      });
      const [current, signed] = [
        await q.findCurrentVersion(trx, grant),
        await q.signedFactsQuery(trx, grant).executeTakeFirst(),
      ];
      items.push({
        familyId,
        familyReference: await q.findFamilyReference(trx, grant),
        deadline: deadlineOf(await q.findTrajectoryStart(trx, grant), current, signed),
      });
    }
    items.sort((a, b) => (a.familyReference < b.familyReference ? -1 : 1));
    return { items };
  });
}
