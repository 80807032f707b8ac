// Server-side sessions in Postgres: the cookie holds a random token, the table only its hash.
// Any instance can resolve any session, so instances are interchangeable.
import { sql, type Kysely } from 'kysely';
import type { Config } from '../../config.js';
import type { DB, Role } from '../../platform/db/schema.js';
import type { Tx } from '../../platform/db/transaction.js';
import { hmacHex, randomToken, sha256Hex } from '../../platform/crypto/tokens.js';
import { template } from '../../platform/db/template.js';
import { meParts, presentMe } from './me.js';
import type { Me } from './schemas.js';

export const SESSION_COOKIE = 'kt_session';

export interface NewSession {
  token: string;
  tokenHash: string;
  id: string;
}

export async function createSession(
  trx: Tx,
  config: Config,
  userId: string,
  opts: {
    mfaPending: boolean;
    /** The OIDC provider of this login (logout ends the session there too); none for a password login. */
    identityProvider?: 'citizen' | 'professional' | null;
    userAgent?: string | undefined;
    ip?: string | undefined;
  },
): Promise<NewSession> {
  const token = randomToken();
  const tokenHash = sha256Hex(token);
  const row = await trx
    .insertInto('session')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      mfa_pending: opts.mfaPending,
      identity_provider: opts.identityProvider ?? null,
      // A pending second-factor session lives five minutes at most.
      expires_at: new Date(Date.now() + (opts.mfaPending ? 5 * 60_000 : config.sessionMaxHours * 3_600_000)),
      user_agent: opts.userAgent?.slice(0, 300) ?? null,
      ip: opts.ip ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { token, tokenHash, id: row.id };
}

export interface ResolvedSession {
  id: string;
  tokenHash: string;
  mfaPending: boolean;
  user: { id: string; username: string; roles: Role[]; organisationId: string };
  /** With `withProfile`: the user's own profile, read in the same statement (GET /api/auth/me). */
  profile?: Me;
}

const TOUCH_AFTER_MS = 60_000; // refresh last_seen_at at most once a minute: no write per request

interface SessionValues extends Record<string, unknown> {
  tokenHash: string;
  now: Date;
  touchBefore: Date;
  pendingCutoff: Date;
  idleCutoff: Date;
}

/** The session check's statement (one shape: built and compiled once, db/template.ts). */
function sessionQuery(db: Kysely<DB>, v: SessionValues) {
  return db
    .with('s', (qb) =>
      qb
        .selectFrom('session as s')
        .innerJoin('app_user as u', 'u.id', 's.user_id')
        .select([
          's.id',
          's.mfa_pending',
          's.expires_at',
          's.last_seen_at',
          'u.id as user_id',
          'u.username',
          'u.roles',
          'u.home_organisation_id',
          'u.active',
        ])
        .where('s.token_hash', '=', v.tokenHash),
    )
    .with('touch', (qb) =>
      qb
        .updateTable('session')
        .set({ last_seen_at: v.now })
        .where('id', 'in', (sub) =>
          sub
            .selectFrom('s')
            .select('s.id')
            .where('s.active', '=', true)
            .where('s.expires_at', '>', v.now)
            .where('s.last_seen_at', '<', v.touchBefore)
            .where(
              sql<boolean>`s.last_seen_at > case when s.mfa_pending then ${v.pendingCutoff}::timestamptz else ${v.idleCutoff}::timestamptz end`,
            ),
        ),
    )
    .selectFrom('s')
    .selectAll('s');
}

const SESSION = template((db, v: SessionValues) => sessionQuery(db, v));
// GET /api/auth/me: the user's own profile in the same statement.
const SESSION_WITH_PROFILE = template((db, v: SessionValues) =>
  sessionQuery(db, v).select((eb) => {
    const p = meParts(db, eb.ref('s.user_id'));
    return [p.me_user.sql.as('me_user'), p.me_teams.sql.as('me_teams'), p.me_totp.sql.as('me_totp')];
  }),
);

/**
 * The session behind a cookie, in one statement: the session, its user and roles, and — folded in
 * as a data-modifying CTE — the sliding-expiry refresh of last_seen_at (only when a minute has
 * passed and the session is still valid). An expired session is deleted (a second statement, once).
 */
export async function resolveSession(
  db: Kysely<DB>,
  config: Config,
  token: string,
  opts: { withProfile?: boolean } = {},
): Promise<ResolvedSession | null> {
  const tokenHash = sha256Hex(token);
  const now = Date.now();
  const values = {
    tokenHash,
    now: new Date(now),
    touchBefore: new Date(now - TOUCH_AFTER_MS),
    pendingCutoff: new Date(now - 5 * 60_000),
    idleCutoff: new Date(now - config.sessionIdleMinutes * 60_000),
  };
  const row = opts.withProfile
    ? (await SESSION_WITH_PROFILE.execute(db, values)).rows[0]
    : (await SESSION.execute(db, values)).rows[0];
  if (!row || !row.active) return null;
  const idleLimit = row.mfa_pending ? 5 * 60_000 : config.sessionIdleMinutes * 60_000;
  if (row.expires_at.getTime() <= now || row.last_seen_at.getTime() + idleLimit <= now) {
    await db.deleteFrom('session').where('id', '=', row.id).execute();
    return null;
  }
  const session: ResolvedSession = {
    id: row.id,
    tokenHash,
    mfaPending: row.mfa_pending,
    user: { id: row.user_id, username: row.username, roles: row.roles, organisationId: row.home_organisation_id },
  };
  if ('me_user' in row && row.me_user) {
    const r = row as unknown as {
      me_user: Parameters<typeof presentMe>[0];
      me_teams: Parameters<typeof presentMe>[1];
      me_totp: boolean;
    };
    session.profile = presentMe(r.me_user, r.me_teams, r.me_totp);
  }
  return session;
}

/** The CSRF token is bound to the session: an HMAC of its token hash, so nothing extra is stored. */
export function csrfTokenFor(config: Config, tokenHash: string): string {
  return hmacHex(config.appSecret, `csrf:${tokenHash}`);
}

export async function deleteExpiredSessions(db: Kysely<DB> | Tx, config: Config): Promise<number> {
  const idleCutoff = new Date(Date.now() - config.sessionIdleMinutes * 60_000);
  const result = await db
    .deleteFrom('session')
    .where((eb) => eb.or([eb('expires_at', '<=', new Date()), eb('last_seen_at', '<=', idleCutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
