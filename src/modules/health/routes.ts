import { sql } from 'kysely';
import { z } from 'zod';
import type { ReportReader } from '../../platform/db/replica.js';
import type { App } from '../../platform/http/types.js';

const Health = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['embedded', 'postgres']),
    /**
     * The read replica for reports (DATABASE_READ_URL): `none` when not configured, `down` while it
     * cannot be reached — reports then run on the primary, so the app stays healthy.
     */
    readReplica: z
      .object({
        status: z.enum(['none', 'ok', 'down']),
        lagSeconds: z.number().nullable().optional(),
        reportsRunOn: z.enum(['replica', 'primary']),
      })
      .optional(),
    version: z.string(),
    instance: z.string(),
  })
  .meta({ id: 'Health' });

export function healthRoutes(
  app: App,
  database: 'embedded' | 'postgres',
  version: string,
  reports: ReportReader | undefined,
): void {
  app.get(
    '/api/health',
    { schema: { tags: ['health'], summary: 'Liveness and database check', response: { 200: Health } } },
    async (req) => {
      await sql`SELECT 1`.execute(req.ctx.db);
      const base = { status: 'ok' as const, database, version, instance: req.ctx.config.instanceId };
      // Without a replica, health stays one statement (the load balancer asks often).
      if (!reports?.configured) return base;
      const replica = await reports.status();
      return {
        ...base,
        readReplica: {
          status: replica.status,
          ...(replica.status === 'ok' ? { lagSeconds: replica.lagSeconds } : {}),
          reportsRunOn: replica.status === 'ok' ? ('replica' as const) : ('primary' as const),
        },
      };
    },
  );
}
