import { z } from 'zod';
import type { App } from '../../platform/http/types.js';
import { breakGlass, BreakGlassBody } from './break-glass.js';

export function familyRoutes(app: App): void {
  app.post('/api/access/break-glass', {
    schema: {
      tags: ['access'], summary: 'Emergency access to a dossier outside your relationships (logged and reviewed)', body: BreakGlassBody,
      response: { 201: z.object({ id: z.uuid(), expiresAt: z.date() }).meta({ id: 'BreakGlassGrant' }) },
    },
  }, async (req, reply) => reply.status(201).send(await breakGlass(req.ctx, req.body.familyId, req.body.reason)));
}
