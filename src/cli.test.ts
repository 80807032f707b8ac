// The CLI as an operator uses it: `audit verify` exits 0 on an intact chain and names the first
// broken entry otherwise; with the embedded database it refuses while another process holds DATA_DIR.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbedded } from './platform/db/connect.js';
import { migrate } from './platform/db/migrate.js';

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kt-cli-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function cli(...args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    APP_SECRET: 'cli-test-secret-cli-test-secret-123',
    LOG_LEVEL: 'silent',
  };
  delete env.DATABASE_URL; // this test is about the embedded database and its lock
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env,
    encoding: 'utf8',
    timeout: 90_000,
  });
}

describe('keukentafel CLI', () => {
  it('verifies an intact chain, then names the entry that was edited behind its back', async () => {
    const db = await openEmbedded({ dataDir, statementTimeoutMs: 10_000 });
    await migrate(db.kysely);
    await db.kysely
      .insertInto('audit_event')
      .values(
        Array.from({ length: 12 }, (_, i) => ({
          event: 'family.read',
          action: 'read' as const,
          outcome: 'allowed' as const,
          purpose: 'care',
          subject_type: 'family',
          subject_id: String(i),
        })),
      )
      .execute();
    await db.close();

    const ok = cli('audit', 'verify');
    expect(ok.stdout + ok.stderr).toContain('Audit chain intact: 12 entries verified');
    expect(ok.status).toBe(0);

    const again = await openEmbedded({ dataDir, statementTimeoutMs: 10_000 });
    const victim = await again.kysely
      .selectFrom('audit_event')
      .select('id')
      .where('chain_seq', '=', 5)
      .executeTakeFirstOrThrow();
    await again.kysely.transaction().execute(async (trx) => {
      await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change`.execute(trx);
      await sql`UPDATE audit_event SET outcome = 'denied' WHERE id = ${victim.id}`.execute(trx);
      await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change`.execute(trx);
    });
    await again.close();

    const broken = cli('audit', 'verify');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`AUDIT CHAIN BROKEN at chain position 5 (audit_event id ${victim.id})`);
  }, 120_000);

  it('refuses to open a DATA_DIR that another process holds, with a clear message', async () => {
    const holder = await openEmbedded({ dataDir, statementTimeoutMs: 10_000 });
    try {
      const res = cli('migrate');
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(/in use by another Keukentafel process \(pid \d+/);
    } finally {
      await holder.close();
    }
  }, 120_000);
});
