// Called by the session hook for /api/partner/* requests only: turns `Authorization: Bearer kt_…`
// into the request's PartnerActor. Cookie sessions are ignored there, and the Authorization header
// is ignored everywhere else — so a key is useless outside the partner API.
import type { Kysely } from 'kysely';
import { partnerAuditEntry, type PartnerActor } from '../../platform/access/partner.js';
import type { RequestContext } from '../../platform/access/context.js';
import type { DB } from '../../platform/db/schema.js';
import { UnauthenticatedError } from '../../platform/errors.js';
import { bearerToken, resolveApiKey } from './keys.js';

export const PARTNER_PATH_PREFIX = '/api/partner/';

export function isPartnerPath(url: string): boolean {
  return url.startsWith(PARTNER_PATH_PREFIX);
}

export async function authenticatePartner(
  db: Kysely<DB>,
  ctx: RequestContext,
  authorization: string | undefined,
): Promise<PartnerActor> {
  const resolution = await resolveApiKey(db, bearerToken(authorization));
  if (resolution.kind === 'invalid')
    throw new UnauthenticatedError('api_key_invalid', {
      detail: 'A valid partner API key is required (Authorization: Bearer kt_…).',
    });
  if (resolution.kind === 'revoked') {
    // A revoked key's organisation is known: the attempt goes into the audit log.
    await db
      .insertInto('audit_event')
      .values(
        partnerAuditEntry(
          ctx,
          resolution.partner,
          {
            scope: resolution.partner.scopes[0] ?? 'registrations:submit',
            event: 'partner_api.revoked_key_used',
            subject: 'partner_api_key',
            id: resolution.partner.keyId,
            data: 'call with a revoked key',
          },
          false,
          'the API key is revoked',
        ),
      )
      .execute();
    throw new UnauthenticatedError('api_key_revoked', { detail: 'This partner API key has been revoked.' });
  }
  return resolution.partner;
}
