// Plain numbered .sql migrations, checksummed, applied in order under an advisory lock.
// An applied migration whose file has changed stops the start: history is never rewritten.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_KEY = 7_513_2015; // NEN 7513 + the year the Jeugdwet came in; any constant will do

export class MigrationError extends Error {}

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return {
        version: Number(file.slice(0, 3)),
        name: file.replace(/\.sql$/, ''),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

export async function migrate(db: Kysely<DB>, files = readMigrations()): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${LOCK_KEY})`.execute(conn);
    try {
      await sql`CREATE TABLE IF NOT EXISTS schema_migration (
        version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now())`.execute(conn);
      const applied = await sql<{ version: number; name: string; checksum: string }>`
        SELECT version, name, checksum FROM schema_migration ORDER BY version`.execute(conn);
      const byVersion = new Map(applied.rows.map((r) => [r.version, r]));
      for (const row of applied.rows) {
        const file = files.find((f) => f.version === row.version);
        if (!file) throw new MigrationError(`Migration ${row.name} is applied but its file is missing.`);
        if (file.checksum !== row.checksum) {
          throw new MigrationError(
            `Migration ${row.name} was changed after it was applied (checksum differs). Add a new migration instead.`,
          );
        }
      }
      const done: string[] = [];
      for (const file of files) {
        if (byVersion.has(file.version)) continue;
        await conn.transaction().execute(async (trx) => {
          await sql.raw(file.sql).execute(trx);
          await sql`INSERT INTO schema_migration (version, name, checksum)
            VALUES (${file.version}, ${file.name}, ${file.checksum})`.execute(trx);
        });
        done.push(file.name);
      }
      return done;
    } finally {
      await sql`SELECT pg_advisory_unlock(${LOCK_KEY})`.execute(conn);
    }
  });
}
