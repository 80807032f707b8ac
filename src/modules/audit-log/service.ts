// The privacy officer's view: search the log, verify the chain, review break-the-glass use.
// Reading the log is itself logged.
import { sql } from 'kysely';
import { authorize } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { auditSealKey } from '../../platform/audit/seal.js';
import { verifyChain } from '../../platform/audit/verify.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ConflictError, NotFoundError } from '../../platform/errors.js';
import type { AuditQuery } from './schemas.js';

const PAGE_SIZE = 50;
const PURPOSE = 'supervision';

export function searchAudit(ctx: RequestContext, query: AuditQuery) {
  return inTransaction(ctx.db, async (trx) => {
    const filters = Object.entries(query)
      .filter(([k, v]) => k !== 'page' && v !== undefined)
      .map(([k]) => k);
    await authorize(trx, ctx, {
      subject: 'audit_log',
      id: null,
      action: 'search',
      purpose: PURPOSE,
      data: `filters: ${filters.join(', ') || 'none'}`,
    });
    let q = trx.selectFrom('audit_event as a').leftJoin('organisation as o', 'o.id', 'a.actor_organisation_id');
    if (query.userId) q = q.where('a.actor_user_id', '=', query.userId);
    if (query.username) q = q.where('a.actor_username', '=', query.username);
    if (query.subjectType) q = q.where('a.subject_type', '=', query.subjectType);
    if (query.subjectId) q = q.where('a.subject_id', '=', query.subjectId);
    if (query.clientRef) q = q.where('a.client_ref', '=', query.clientRef);
    if (query.event) q = q.where('a.event', '=', query.event);
    if (query.purpose) q = q.where('a.purpose', '=', query.purpose);
    if (query.role) q = q.where('a.actor_role', '=', query.role);
    if (query.from) q = q.where('a.occurred_at', '>=', new Date(`${query.from}T00:00:00Z`));
    if (query.to) q = q.where('a.occurred_at', '<', sql<Date>`${query.to}::date + 1`);
    if (query.action) q = q.where('a.action', '=', query.action);
    if (query.outcome) q = q.where('a.outcome', '=', query.outcome);
    if (query.emergency !== undefined) q = q.where('a.emergency', '=', query.emergency);
    const total = await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .leftJoin('app_user as u', 'u.id', 'a.actor_user_id')
      .leftJoin('family as f', (j) => j.on('a.subject_type', '=', 'family').on(sql<boolean>`f.id::text = a.subject_id`))
      .leftJoin('app_user as su', (j) =>
        j.on('a.subject_type', '=', 'user').on(sql<boolean>`su.id::text = a.subject_id`),
      )
      .selectAll('a')
      .select([
        'o.name as org_name',
        'u.display_name as actor_name',
        'f.reference as family_ref',
        'su.display_name as subject_user',
      ])
      .orderBy('a.id', 'desc')
      .limit(PAGE_SIZE)
      .offset((query.page - 1) * PAGE_SIZE)
      .execute();
    return {
      items: rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurred_at,
        event: r.event,
        action: r.action,
        outcome: r.outcome,
        actorUsername: r.actor_username,
        actorName: r.actor_name,
        actorRole: r.actor_role,
        actorOrganisation: r.org_name,
        onBehalfOf: r.on_behalf_of,
        purpose: r.purpose,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        subjectLabel: r.family_ref ?? r.subject_user,
        clientRef: r.client_ref,
        dataDescription: r.data_description,
        emergency: r.emergency,
        emergencyReason: r.emergency_reason,
        requestId: r.request_id,
        sealed: r.chain_seq !== null,
      })),
      total: Number(total.n),
      page: query.page,
      pageSize: PAGE_SIZE,
    };
  });
}

/** What the filters offer to pick from: the event kinds, purposes and roles the log holds, and the people. */
export function auditChoices(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'audit_log',
      id: null,
      action: 'search',
      purpose: PURPOSE,
      data: 'filter choices: event kinds, purposes, roles, people',
    });
    const distinct = async (column: 'event' | 'purpose' | 'actor_role') => {
      const rows = await trx
        .selectFrom('audit_event')
        .select(column)
        .distinct()
        .where(column, 'is not', null)
        .orderBy(column)
        .execute();
      return rows.map((r) => r[column]).filter((v): v is string => v !== null);
    };
    const people = await trx
      .selectFrom('app_user')
      .select(['id', 'display_name', 'username'])
      .orderBy('display_name')
      .orderBy('username')
      .limit(5000)
      .execute();
    return {
      events: await distinct('event'),
      purposes: await distinct('purpose'),
      roles: await distinct('actor_role'),
      people: people.map((p) => ({ id: p.id, name: p.display_name, username: p.username })),
    };
  });
}

export async function verifyAudit(ctx: RequestContext) {
  await inTransaction(ctx.db, (trx) =>
    authorize(trx, ctx, {
      subject: 'audit_log',
      id: null,
      action: 'read',
      purpose: PURPOSE,
      data: 'chain verification',
      event: 'audit_log.verify',
    }),
  );
  return verifyChain(ctx.db, auditSealKey(ctx.config));
}

export function listBreakGlass(ctx: RequestContext, open?: boolean) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'audit_log',
      id: null,
      action: 'search',
      purpose: PURPOSE,
      data: 'break-the-glass uses',
    });
    let q = trx
      .selectFrom('break_glass as b')
      .innerJoin('app_user as u', 'u.id', 'b.user_id')
      .innerJoin('family as f', 'f.id', 'b.family_id')
      .select([
        'b.id',
        'u.username',
        'u.display_name',
        'f.reference',
        'b.reason',
        'b.opened_at',
        'b.expires_at',
        'b.reviewed_at',
        'b.review_outcome',
        'b.review_note',
      ]);
    if (open === true) q = q.where('b.reviewed_at', 'is', null);
    if (open === false) q = q.where('b.reviewed_at', 'is not', null);
    const rows = await q.orderBy('b.opened_at', 'desc').limit(200).execute();
    return {
      items: rows.map((r) => ({
        id: r.id,
        username: r.username,
        userName: r.display_name,
        familyReference: r.reference,
        reason: r.reason,
        openedAt: r.opened_at,
        expiresAt: r.expires_at,
        reviewedAt: r.reviewed_at,
        reviewOutcome: r.review_outcome,
        reviewNote: r.review_note,
      })),
    };
  });
}

export function reviewBreakGlass(ctx: RequestContext, id: string, outcome: 'justified' | 'unjustified', note: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'audit_log',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: `break-the-glass review: ${outcome}`,
      event: 'break_glass.review',
    });
    const row = await trx
      .selectFrom('break_glass')
      .select(['reviewed_at'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new NotFoundError('break_glass_not_found', { detail: 'No such break-the-glass use.' });
    if (row.reviewed_at) throw new ConflictError('already_reviewed', { detail: 'This use was already reviewed.' });
    await trx
      .updateTable('break_glass')
      .set({ reviewed_by: grant.actor.userId, reviewed_at: new Date(), review_outcome: outcome, review_note: note })
      .where('id', '=', id)
      .execute();
  });
}
