// A fresh, migrated database for one test file, on the backend this run uses.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { loadConfig } from '../config.js';
import { openEmbedded, openServer, type Database, type StatementListener } from '../platform/db/connect.js';
import { openReplicaReader } from '../platform/db/replica.js';
import { adminPool, databaseUrlWithName } from './pg-admin.js';

export const testBackend = (): 'embedded' | 'postgres' => inject('backend');

/** `onStatement`: sees every statement sent, `begin`/`commit` included (the statement-budget test). */
export async function createTestDatabase(opts: { onStatement?: StatementListener } = {}): Promise<Database> {
  const listen = opts.onStatement ? { onStatement: opts.onStatement } : {};
  if (inject('backend') === 'embedded') {
    return openEmbedded({
      loadDataDir: new Blob([readFileSync(inject('template'))]),
      statementTimeoutMs: 30_000,
      ...listen,
    });
  }
  const url = loadConfig({ ...process.env, APP_SECRET: 'x'.repeat(32) }).databaseUrl as string;
  const name = `kt_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = adminPool(url);
  // Two workers cloning the template at the same moment can collide; try again briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('template')}`);
      break;
    } catch (err) {
      if (attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  const db = openServer({
    url: databaseUrlWithName(url, name),
    poolSize: 5,
    statementTimeoutMs: 30_000,
    // Named statements as the app uses them in production (DATABASE_PREPARED_STATEMENTS defaults on), so
    // the suite runs the same protocol: generic plans, re-planning after DDL, ON CONFLICT left unnamed.
    preparedStatements: true,
    ...listen,
  });
  // CI runs the reporting tests once more with a real streaming replica (DATABASE_READ_URL): the same
  // test database, read back from the replica once it has replayed the test's own writes.
  const readUrl = process.env.DATABASE_READ_URL;
  const reports = readUrl
    ? openReplicaReader({
        url: databaseUrlWithName(readUrl, name),
        poolSize: 2,
        statementTimeoutMs: 30_000,
        readYourWrites: true,
      })
    : undefined;
  return {
    ...db,
    kind: db.kind,
    kysely: db.kysely,
    ...(reports ? { reports } : {}),
    async close() {
      await reports?.close();
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
