import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../../platform/http/types.js';

const Health = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['embedded', 'postgres']),
    version: z.string(),
    instance: z.string(),
  })
  .meta({ id: 'Health' });

export function healthRoutes(app: App, database: 'embedded' | 'postgres', version: string): void {
  app.get(
    '/api/health',
    { schema: { tags: ['health'], summary: 'Liveness and database check', response: { 200: Health } } },
    async (req) => {
      await sql`SELECT 1`.execute(req.ctx.db);
      return { status: 'ok' as const, database, version, instance: req.ctx.config.instanceId };
    },
  );
}
