import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test-support/database.js';
import type { Database } from './connect.js';
import { openEmbedded } from './connect.js';
import { DataDirLockedError } from './lock.js';
import { migrate, MigrationError, readMigrations } from './migrate.js';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('migrations', () => {
  it('are all applied, in order, and applying again does nothing', async () => {
    const files = readMigrations();
    const rows = await sql<{
      version: number;
      checksum: string;
    }>`SELECT version, checksum FROM schema_migration ORDER BY version`.execute(db.kysely);
    expect(rows.rows.map((r) => r.version)).toEqual(files.map((f) => f.version));
    expect(await migrate(db.kysely)).toEqual([]);
  });

  it('refuse to start when an applied migration was changed', async () => {
    const files = readMigrations();
    const changed = files.map((f, i) => (i === 0 ? { ...f, checksum: 'tampered' } : f));
    await expect(migrate(db.kysely, changed)).rejects.toThrow(MigrationError);
    await expect(migrate(db.kysely, changed)).rejects.toThrow(/was changed after it was applied/);
  });

  it('apply a new migration and record it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-mig-'));
    try {
      for (const f of readMigrations()) writeFileSync(join(dir, `${f.name}.sql`), f.sql);
      writeFileSync(join(dir, '999_test_extra.sql'), 'CREATE TABLE extra_test (id int PRIMARY KEY);');
      expect(await migrate(db.kysely, readMigrations(dir))).toEqual(['999_test_extra']);
      await sql`INSERT INTO extra_test VALUES (1)`.execute(db.kysely);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the embedded data directory', () => {
  it('is locked against a second process, with a clear message, and released on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-lock-'));
    try {
      const first = await openEmbedded({ dataDir: dir, statementTimeoutMs: 5000 });
      await expect(openEmbedded({ dataDir: dir, statementTimeoutMs: 5000 })).rejects.toThrow(DataDirLockedError);
      await expect(openEmbedded({ dataDir: dir, statementTimeoutMs: 5000 })).rejects.toThrow(
        /in use by another Keukentafel process/,
      );
      await first.close();
      const again = await openEmbedded({ dataDir: dir, statementTimeoutMs: 5000 });
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes over a stale lock left by a process that no longer exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-lock-'));
    try {
      writeFileSync(
        join(dir, 'keukentafel.lock'),
        JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname() }),
      );
      const db2 = await openEmbedded({ dataDir: dir, statementTimeoutMs: 5000 });
      expect(JSON.parse(readFileSync(join(dir, 'keukentafel.lock'), 'utf8')).pid).toBe(process.pid);
      await db2.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
