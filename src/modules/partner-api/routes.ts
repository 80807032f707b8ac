// /api/admin/partner-api-keys — administrators create (token shown once), list and revoke keys.
import type { App } from '../../platform/http/types.js';
import { createApiKey, listApiKeys, revokeApiKey } from './keys.js';
import * as s from './schemas.js';

const tags = ['admin'];

export function partnerApiKeyRoutes(app: App): void {
  app.get(
    '/api/admin/partner-api-keys',
    { schema: { tags, summary: 'Partner API keys (never the tokens)', response: { 200: s.ApiKeyList } } },
    (req) => listApiKeys(req.ctx),
  );
  app.post(
    '/api/admin/partner-api-keys',
    {
      schema: {
        tags,
        summary: 'Create a partner API key; the token is in this response only',
        body: s.CreateApiKeyBody,
        response: { 201: s.CreatedApiKey },
      },
    },
    async (req, reply) => reply.status(201).send(await createApiKey(req.ctx, req.body)),
  );
  app.post(
    '/api/admin/partner-api-keys/:keyId/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a partner API key (immediately, for good)',
        params: s.ApiKeyParams,
        response: { 200: s.ApiKeyView },
      },
    },
    (req) => revokeApiKey(req.ctx, req.params.keyId),
  );
}
