import { randomUUID } from 'node:crypto';
// User administration use cases. Each runs in one transaction with its audit entry.
import { userHasRoleSql } from '../../platform/access/actor.js';
import { authorize } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { hashPassword } from '../../platform/crypto/password.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { BusinessRuleError, ConflictError, NotFoundError } from '../../platform/errors.js';
import { notify } from '../../platform/notify/notify.js';
import type { CreateUserBody, UpdateUserBody, User, UserQuery } from './schemas.js';
import { getUser, searchUsers } from './user-queries.js';
import { clearAccountThrottle } from '../auth/throttle.js';

const PURPOSE = 'administration';

export function listUsers(ctx: RequestContext, query: UserQuery) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'user',
      id: null,
      action: 'search',
      purpose: PURPOSE,
      data: 'user list',
    });
    return searchUsers(trx, grant, query);
  });
}

export function readUser(ctx: RequestContext, id: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'user',
      id,
      action: 'read',
      purpose: PURPOSE,
      data: 'user account',
    });
    return getUser(trx, grant);
  });
}

export async function createUser(ctx: RequestContext, body: CreateUserBody): Promise<User> {
  const passwordHash = await hashPassword(body.password); // slow: outside the transaction
  return inTransaction(ctx.db, async (trx) => {
    const id = randomUUID();
    const grant = await authorize(trx, ctx, {
      subject: 'user',
      id,
      action: 'create',
      purpose: PURPOSE,
      data: `account with roles ${body.roles.join(', ')}`,
    });
    await trx
      .insertInto('app_user')
      .values({
        id,
        username: body.username,
        display_name: body.displayName,
        email: body.email ?? null,
        home_organisation_id: body.homeOrganisationId,
        roles: body.roles,
        password_hash: passwordHash,
      })
      .execute();
    await notify(trx, id, 'account_created', '/profile');
    return getUser(trx, grant);
  });
}

async function assertAnotherAdminRemains(trx: Tx, userId: string): Promise<void> {
  const others = await trx
    .selectFrom('app_user')
    .select('id')
    .where('active', '=', true)
    .where('id', '!=', userId)
    .where(userHasRoleSql('admin'))
    .limit(1)
    .executeTakeFirst();
  if (!others) throw new BusinessRuleError('last_admin', { detail: 'At least one active administrator must remain.' });
}

export function updateUser(ctx: RequestContext, id: string, body: UpdateUserBody): Promise<User> {
  return inTransaction(ctx.db, async (trx) => {
    const changed = Object.keys(body).filter((k) => k !== 'version');
    const grant = await authorize(trx, ctx, {
      subject: 'user',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: `changed: ${changed.join(', ') || 'nothing'}`,
    });
    const current = await trx
      .selectFrom('app_user')
      .select(['version', 'roles'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw new NotFoundError('user_not_found', { detail: 'No such user.' });
    if (current.version !== body.version)
      throw new ConflictError('stale_version', {
        detail: `The user was changed meanwhile (now version ${current.version}).`,
      });
    const losesAdmin =
      current.roles.includes('admin') && ((body.roles && !body.roles.includes('admin')) || body.active === false);
    if (losesAdmin) await assertAnotherAdminRemains(trx, id);
    await trx
      .updateTable('app_user')
      .set({
        ...(body.displayName !== undefined ? { display_name: body.displayName } : {}),
        ...(body.email !== undefined ? { email: body.email } : {}),
        ...(body.roles !== undefined ? { roles: body.roles } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
        ...(body.homeOrganisationId !== undefined ? { home_organisation_id: body.homeOrganisationId } : {}),
        version: current.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    if (body.active === false) await trx.deleteFrom('session').where('user_id', '=', id).execute();
    return getUser(trx, grant);
  });
}

export async function setPassword(ctx: RequestContext, id: string, password: string): Promise<void> {
  const hash = await hashPassword(password);
  await inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'user',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: 'password reset',
      event: 'user.password_reset',
    });
    const res = await trx
      .updateTable('app_user')
      .set({ password_hash: hash, failed_logins: 0, locked_until: null, updated_at: new Date() })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw new NotFoundError('user_not_found', { detail: 'No such user.' });
    await trx.deleteFrom('session').where('user_id', '=', id).execute(); // a reset ends every session
  });
}

export async function unlockUser(ctx: RequestContext, id: string): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'user',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: 'unlock after failed logins',
      event: 'user.unlock',
    });
    const res = await trx
      .updateTable('app_user')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', id)
      .returning('username')
      .executeTakeFirst();
    if (!res) throw new NotFoundError('user_not_found', { detail: 'No such user.' });
    await clearAccountThrottle(trx, ctx.config, { id, username: res.username });
  });
}
