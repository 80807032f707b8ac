import { randomUUID } from 'node:crypto';
import { authorize } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import type { OrganisationType, Role } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { NotFoundError, ValidationError } from '../../platform/errors.js';
import type { CreateOrganisationBody } from './schemas.js';

const PURPOSE = 'administration';

function present(o: {
  id: string;
  name: string;
  type: OrganisationType;
  agb_code: string | null;
  municipality_code: string | null;
}) {
  return { id: o.id, name: o.name, type: o.type, agbCode: o.agb_code, municipalityCode: o.municipality_code };
}

export function listOrganisations(ctx: RequestContext, type?: OrganisationType) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'organisation',
      id: null,
      action: 'search',
      purpose: PURPOSE,
      data: 'organisation list',
    });
    let q = trx.selectFrom('organisation').select(['id', 'name', 'type', 'agb_code', 'municipality_code']);
    if (type) q = q.where('type', '=', type);
    return { items: (await q.orderBy('name').execute()).map(present) };
  });
}

export function createOrganisation(ctx: RequestContext, body: CreateOrganisationBody) {
  if (body.type === 'care_provider' && !body.agbCode)
    throw new ValidationError('agb_required', {
      detail: 'A care provider needs an 8-digit AGB code.',
      errors: [{ path: 'agbCode', message: 'agb_required' }],
    });
  if (body.type !== 'care_provider' && body.agbCode)
    throw new ValidationError('agb_not_allowed', {
      detail: 'Only care providers have an AGB code.',
      errors: [{ path: 'agbCode', message: 'agb_not_allowed' }],
    });
  return inTransaction(ctx.db, async (trx) => {
    const id = randomUUID();
    await authorize(trx, ctx, {
      subject: 'organisation',
      id,
      action: 'create',
      purpose: PURPOSE,
      data: `organisation "${body.name}" (${body.type})`,
    });
    const row = await trx
      .insertInto('organisation')
      .values({
        id,
        name: body.name,
        type: body.type,
        agb_code: body.agbCode ?? null,
        municipality_code: body.municipalityCode ?? null,
      })
      .returning(['id', 'name', 'type', 'agb_code', 'municipality_code'])
      .executeTakeFirstOrThrow();
    return present(row);
  });
}

export function listRolePolicies(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'role_policy',
      id: null,
      action: 'read',
      purpose: PURPOSE,
      data: 'security settings per role',
    });
    const rows = await trx.selectFrom('role_policy').select(['role', 'totp_required']).orderBy('role').execute();
    return { items: rows.map((r) => ({ role: r.role, totpRequired: r.totp_required })) };
  });
}

export function setRolePolicy(ctx: RequestContext, role: Role, totpRequired: boolean) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'role_policy',
      id: role,
      action: 'update',
      purpose: PURPOSE,
      data: `TOTP required: ${totpRequired}`,
    });
    const row = await trx
      .updateTable('role_policy')
      .set({ totp_required: totpRequired })
      .where('role', '=', role)
      .returning(['role', 'totp_required'])
      .executeTakeFirst();
    if (!row) throw new NotFoundError('not_found');
    return { role: row.role, totpRequired: row.totp_required };
  });
}

export function listOutbox(ctx: RequestContext, page: number) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'mail_outbox',
      id: null,
      action: 'read',
      purpose: PURPOSE,
      data: 'outgoing mail',
    });
    const size = 50;
    const rows = await trx
      .selectFrom('mail_outbox')
      .selectAll()
      .orderBy('created_at', 'desc')
      .limit(size)
      .offset((page - 1) * size)
      .execute();
    const total = await trx
      .selectFrom('mail_outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      items: rows.map((m) => ({
        id: m.id,
        to: m.to_address,
        subject: m.subject,
        body: m.body_text,
        redacted: m.redacted,
        transport: m.transport,
        createdAt: m.created_at,
        sentAt: m.sent_at,
        error: m.error,
      })),
      total: Number(total.n),
      page,
      pageSize: size,
    };
  });
}
