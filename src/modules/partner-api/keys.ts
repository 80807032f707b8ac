// Partner API keys: a 256-bit random token shown once, stored as SHA-256 (the token is random, so
// no salt or slow hash is needed), scoped, revocable. Resolving a bearer token is one indexed
// lookup on the hash.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { authorize } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import type { PartnerActor } from '../../platform/access/partner.js';
import { randomToken, sha256Hex } from '../../platform/crypto/tokens.js';
import type { DB } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { BusinessRuleError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { mayRegisterInReferralIndex } from '../involvement/designation.js';
import type { ApiKeyView, CreateApiKeyBody } from './schemas.js';

const PURPOSE = 'administration';
export const TOKEN_PATTERN = /^kt_[A-Za-z0-9_-]{43}$/;

export type KeyResolution = { kind: 'valid' | 'revoked'; partner: PartnerActor } | { kind: 'invalid' };

/** Reads `Authorization: Bearer kt_…`; anything else is invalid. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer (kt_[A-Za-z0-9_-]{43})$/.exec(header ?? '');
  return m?.[1] ?? null;
}

export async function resolveApiKey(db: Kysely<DB>, token: string | null): Promise<KeyResolution> {
  if (!token || !TOKEN_PATTERN.test(token)) return { kind: 'invalid' };
  const row = await db
    .selectFrom('partner_api_key as k')
    .innerJoin('organisation as o', 'o.id', 'k.organisation_id')
    .select([
      'k.id',
      'k.token_prefix',
      'k.organisation_id',
      'k.scopes',
      'k.rate_limit_per_minute',
      'k.revoked_at',
      'o.municipality_code',
    ])
    .where('k.token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  if (!row) return { kind: 'invalid' };
  const partner: PartnerActor = {
    keyId: row.id,
    tokenPrefix: row.token_prefix,
    organisationId: row.organisation_id,
    municipalityCode: row.municipality_code,
    scopes: row.scopes,
    rateLimitPerMinute: row.rate_limit_per_minute,
  };
  return { kind: row.revoked_at ? 'revoked' : 'valid', partner };
}

type KeyRow = {
  id: string;
  organisation_id: string;
  name: string;
  label: string;
  token_prefix: string;
  scopes: ApiKeyView['scopes'];
  rate_limit_per_minute: number;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
};
function present(r: KeyRow): ApiKeyView {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.name,
    label: r.label,
    tokenPrefix: r.token_prefix,
    scopes: r.scopes,
    rateLimitPerMinute: r.rate_limit_per_minute,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

function keyQuery(db: Kysely<DB>) {
  return db
    .selectFrom('partner_api_key as k')
    .innerJoin('organisation as o', 'o.id', 'k.organisation_id')
    .select([
      'k.id',
      'k.organisation_id',
      'o.name',
      'k.label',
      'k.token_prefix',
      'k.scopes',
      'k.rate_limit_per_minute',
      'k.created_at',
      'k.last_used_at',
      'k.revoked_at',
    ]);
}

export function listApiKeys(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'partner_api_key',
      id: null,
      action: 'search',
      purpose: PURPOSE,
      data: 'partner API keys',
    });
    const rows = await keyQuery(trx).orderBy('k.revoked_at', 'desc').orderBy('k.created_at', 'desc').execute();
    return { items: rows.map(present) };
  });
}

/** The only time the token exists outside the caller: returned once, never stored. */
export function createApiKey(ctx: RequestContext, body: CreateApiKeyBody) {
  return inTransaction(ctx.db, async (trx) => {
    const id = randomUUID();
    const grant = await authorize(trx, ctx, {
      subject: 'partner_api_key',
      id,
      action: 'create',
      purpose: PURPOSE,
      data: `API key "${body.label}" with scopes ${body.scopes.join(', ')}`,
    });
    const org = await trx
      .selectFrom('organisation')
      .select(['id', 'type'])
      .where('id', '=', body.organisationId)
      .executeTakeFirst();
    if (!org) throw new ValidationError('organisation_not_found', { detail: 'No such organisation.' });
    if (body.scopes.includes('registrations:submit') && !mayRegisterInReferralIndex(org.type)) {
      throw new BusinessRuleError('organisation_not_designated', {
        detail: 'This organisation is not designated to register in the referral index: no registrations scope.',
      });
    }
    const token = `kt_${randomToken(32)}`;
    await trx
      .insertInto('partner_api_key')
      .values({
        id,
        organisation_id: body.organisationId,
        label: body.label,
        token_prefix: token.slice(0, 11),
        token_hash: sha256Hex(token),
        scopes: [...new Set(body.scopes)],
        rate_limit_per_minute: body.rateLimitPerMinute,
        created_by: grant.actor.userId,
      })
      .execute();
    const row = await keyQuery(trx).where('k.id', '=', id).executeTakeFirstOrThrow();
    return { ...present(row), token };
  });
}

export function revokeApiKey(ctx: RequestContext, keyId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'partner_api_key',
      id: keyId,
      action: 'update',
      purpose: PURPOSE,
      data: 'revoke API key',
    });
    await trx
      .updateTable('partner_api_key')
      .set({ revoked_at: new Date(), revoked_by: grant.actor.userId })
      .where('id', '=', keyId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    const row = await keyQuery(trx).where('k.id', '=', keyId).executeTakeFirst();
    if (!row) throw new NotFoundError('api_key_not_found', { detail: 'No such API key.' });
    return present(row);
  });
}
