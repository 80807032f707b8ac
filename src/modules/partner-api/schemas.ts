import { z } from 'zod';
import { PARTNER_SCOPES } from '../../platform/db/schema.js';

// Named, so the OpenAPI document and the web types refer to one enum instead of many inline copies.
export const PartnerScope = z.enum(PARTNER_SCOPES).meta({ id: 'PartnerScope' });

export const PartnerScopeEnum = PartnerScope;

export const CreateApiKeyBody = z
  .strictObject({
    organisationId: z.uuid(),
    label: z.string().trim().min(1).max(200),
    scopes: z.array(PartnerScopeEnum).min(1).max(PARTNER_SCOPES.length),
    rateLimitPerMinute: z.number().int().min(1).max(100_000).default(60),
  })
  .meta({ id: 'CreateApiKeyBody' });
export type CreateApiKeyBody = z.infer<typeof CreateApiKeyBody>;

export const ApiKeyParams = z.strictObject({ keyId: z.uuid() });

export const ApiKeyView = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    label: z.string(),
    tokenPrefix: z.string(),
    scopes: z.array(PartnerScopeEnum),
    rateLimitPerMinute: z.number().int(),
    createdAt: z.date(),
    lastUsedAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKeyView = z.infer<typeof ApiKeyView>;

export const ApiKeyList = z.object({ items: z.array(ApiKeyView) }).meta({ id: 'ApiKeyList' });
export const CreatedApiKey = ApiKeyView.extend({
  /** The full token: shown once, never retrievable again. */
  token: z.string(),
}).meta({ id: 'CreatedApiKey' });
