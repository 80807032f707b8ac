import { randomUUID } from 'node:crypto';
// User administration use cases. Each runs in one transaction with its audit entry.
import { userHasRoleSql } from '../../platform/access/actor.js';
import { authorize, refuse } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { hashPassword } from '../../platform/crypto/password.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { BusinessRuleError, ConflictError, NotFoundError } from '../../platform/errors.js';
import { notify } from '../../platform/notify/notify.js';
import type { CreateUserBody, UpdateUserBody, User, UserSearchBody } from './schemas.js';
import { issuePasswordLink } from './password-link.js';
import { recordAppliedChange, requestChange } from './privileged/request.js';
import { holdsPrivilegedRole, isPrivilegedRole } from './privileged/roles.js';
import { getUser, searchUsers } from './user-queries.js';
import { clearAccountThrottle } from '../auth/throttle.js';

const PURPOSE = 'administration';

export function listUsers(ctx: RequestContext, query: UserSearchBody) {
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

/**
 * A new account gets its non-privileged roles at once; roles with access to case content wait for a
 * second administrator. Such an account never gets a password from the administrator: the user
 * chooses it with a one-time link (an administrator who knew it could log in as them once approved).
 */
export async function createUser(ctx: RequestContext, body: CreateUserBody): Promise<User> {
  const granted = body.roles.filter((r) => !isPrivilegedRole(r));
  const waiting = body.roles.filter(isPrivilegedRole);
  const passwordHash = body.password !== undefined ? await hashPassword(body.password) : null; // slow: outside
  return inTransaction(ctx.db, async (trx) => {
    const id = randomUUID();
    const grant = await authorize(trx, ctx, {
      subject: 'user',
      id,
      action: 'create',
      purpose: PURPOSE,
      data: `account with roles ${granted.join(', ') || 'none'}${waiting.length ? `; waiting for approval: ${waiting.join(', ')}` : ''}`,
    });
    if (waiting.length > 0 && passwordHash !== null)
      throw new BusinessRuleError('admin_password_not_allowed', {
        detail: 'An account with access to case content chooses its own password with the link it receives by e-mail.',
      });
    if (passwordHash === null && !body.email)
      throw new BusinessRuleError('email_required_for_link', {
        detail: 'Without a password the user needs an e-mail address.',
      });
    await trx
      .insertInto('app_user')
      .values({
        id,
        username: body.username,
        display_name: body.displayName,
        email: body.email ?? null,
        home_organisation_id: body.homeOrganisationId,
        roles: granted,
        password_hash: passwordHash,
      })
      .execute();
    if (waiting.length > 0)
      await requestChange(trx, ctx, grant.actor, {
        kind: 'user_roles',
        targetUserId: id,
        payload: { add: waiting },
        summary: `roles: +${waiting.join(', +')}`,
      });
    if (passwordHash === null && body.email)
      await issuePasswordLink(trx, ctx, { id, email: body.email }, 'activate', grant.actor.userId);
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

const ACCESS_FIELDS = ['roles', 'email', 'homeOrganisationId', 'active'] as const;

/**
 * Plain fields change at once. Roles: taking away is immediate, adding a privileged role waits for a
 * second administrator. E-mail and home organisation of an account holding a privileged role wait
 * too (the e-mail receives password links; the organisation decides a coordinator's area).
 * Nobody changes their own roles, e-mail, organisation or active state here.
 */
export function updateUser(ctx: RequestContext, id: string, body: UpdateUserBody): Promise<User> {
  return inTransaction(ctx.db, async (trx) => {
    const changed = Object.keys(body).filter((k) => k !== 'version');
    const request = {
      subject: 'user' as const,
      id,
      action: 'update' as const,
      purpose: PURPOSE,
      data: `changed: ${changed.join(', ') || 'nothing'}`,
    };
    if (ctx.actor?.userId === id && ACCESS_FIELDS.some((f) => body[f] !== undefined))
      refuse(ctx, request, 'nobody changes their own roles or access', 'own_account_change');
    const grant = await authorize(trx, ctx, request);
    const current = await trx
      .selectFrom('app_user')
      .select(['version', 'roles', 'email', 'home_organisation_id'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw new NotFoundError('user_not_found', { detail: 'No such user.' });
    if (current.version !== body.version)
      throw new ConflictError('stale_version', {
        detail: `The user was changed meanwhile (now version ${current.version}).`,
      });
    const removed = body.roles ? current.roles.filter((r) => !body.roles?.includes(r)) : [];
    const added = body.roles ? body.roles.filter((r) => !current.roles.includes(r)) : [];
    const addedPrivileged = added.filter(isPrivilegedRole);
    const rolesNow = body.roles
      ? [...current.roles.filter((r) => !removed.includes(r)), ...added.filter((r) => !isPrivilegedRole(r))]
      : undefined;
    const losesAdmin = current.roles.includes('admin') && (removed.includes('admin') || body.active === false);
    if (losesAdmin) await assertAnotherAdminRemains(trx, id);
    const guarded = holdsPrivilegedRole([...current.roles, ...addedPrivileged]);
    const emailChanges = body.email !== undefined && body.email !== current.email;
    const orgChanges =
      body.homeOrganisationId !== undefined && body.homeOrganisationId !== current.home_organisation_id;
    const profileWaits = guarded && (emailChanges || orgChanges);
    await trx
      .updateTable('app_user')
      .set({
        ...(body.displayName !== undefined ? { display_name: body.displayName } : {}),
        ...(emailChanges && !profileWaits ? { email: body.email ?? null } : {}),
        ...(rolesNow !== undefined ? { roles: rolesNow } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
        ...(orgChanges && !profileWaits ? { home_organisation_id: body.homeOrganisationId } : {}),
        version: current.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    if (body.active === false) await trx.deleteFrom('session').where('user_id', '=', id).execute();
    const removedPrivileged = removed.filter(isPrivilegedRole);
    if (removedPrivileged.length > 0)
      await recordAppliedChange(trx, ctx, grant.actor, {
        kind: 'user_roles',
        targetUserId: id,
        payload: { remove: removedPrivileged },
        summary: `roles: -${removedPrivileged.join(', -')}`,
      });
    if (addedPrivileged.length > 0)
      await requestChange(trx, ctx, grant.actor, {
        kind: 'user_roles',
        targetUserId: id,
        payload: { add: addedPrivileged },
        summary: `roles: +${addedPrivileged.join(', +')}`,
      });
    if (profileWaits)
      await requestChange(trx, ctx, grant.actor, {
        kind: 'user_profile',
        targetUserId: id,
        payload: {
          ...(emailChanges ? { email: body.email ?? null } : {}),
          ...(orgChanges ? { homeOrganisationId: body.homeOrganisationId } : {}),
        },
        summary: [emailChanges ? 'e-mail address' : '', orgChanges ? 'home organisation' : '']
          .filter(Boolean)
          .join(' and ')
          .concat(' changed'),
      });
    return getUser(trx, grant);
  });
}

/**
 * An administrator's reset: the old password stops working and every session ends; the user
 * chooses a new password with a one-time link sent to their own e-mail address. The
 * administrator never knows or sets it.
 */
export async function resetPassword(ctx: RequestContext, id: string): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const request = {
      subject: 'user' as const,
      id,
      action: 'update' as const,
      purpose: PURPOSE,
      data: 'password reset: one-time link to the user',
      event: 'user.password_reset',
    };
    if (ctx.actor?.userId === id)
      refuse(ctx, request, 'an administrator does not reset their own password here', 'own_account_change');
    const grant = await authorize(trx, ctx, request);
    const user = await trx.selectFrom('app_user').select(['id', 'email']).where('id', '=', id).executeTakeFirst();
    if (!user) throw new NotFoundError('user_not_found', { detail: 'No such user.' });
    if (!user.email)
      throw new BusinessRuleError('email_required_for_link', {
        detail: 'The user has no e-mail address to receive the link.',
      });
    await trx
      .updateTable('app_user')
      .set({ password_hash: null, failed_logins: 0, locked_until: null, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('session').where('user_id', '=', id).execute(); // a reset ends every session
    await issuePasswordLink(trx, ctx, { id, email: user.email }, 'reset', grant.actor.userId);
  });
}

/** Resetting someone's second factor lets whoever holds the password enrol a new one: four eyes. */
export async function requestTotpReset(ctx: RequestContext, id: string): Promise<User> {
  return inTransaction(ctx.db, async (trx) => {
    const request = {
      subject: 'user' as const,
      id,
      action: 'update' as const,
      purpose: PURPOSE,
      data: 'second factor reset requested',
      event: 'user.totp_reset_requested',
    };
    if (ctx.actor?.userId === id)
      refuse(ctx, request, 'nobody resets their own second factor here', 'own_account_change');
    const grant = await authorize(trx, ctx, request);
    const user = await trx.selectFrom('app_user').select('totp_enabled').where('id', '=', id).executeTakeFirst();
    if (!user) throw new NotFoundError('user_not_found', { detail: 'No such user.' });
    if (!user.totp_enabled)
      throw new BusinessRuleError('totp_not_enabled', { detail: 'This user has no second factor to reset.' });
    await requestChange(trx, ctx, grant.actor, {
      kind: 'totp_reset',
      targetUserId: id,
      payload: {},
      summary: 'second factor reset',
    });
    return getUser(trx, grant);
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
