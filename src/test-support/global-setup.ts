// Migrates one template database per run; every test file then starts from a fresh copy of it:
// a PGlite tarball (embedded) or CREATE DATABASE … TEMPLATE (PostgreSQL when DATABASE_URL is set).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config.js';
import { loadCodeLists } from '../modules/allocations/contracts/code-lists.js';
import { migrate } from '../platform/db/migrate.js';
import { openEmbedded, openServer } from '../platform/db/connect.js';
import { adminPool, databaseUrlWithName } from './pg-admin.js';

declare module 'vitest' {
  export interface ProvidedContext {
    backend: 'embedded' | 'postgres';
    template: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', APP_SECRET: 'test-secret-test-secret-test-secret-!' });
  if (config.databaseUrl) {
    const url = config.databaseUrl;
    const name = `kt_tpl_${process.pid}`;
    const admin = adminPool(url);
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const db = openServer({ url: databaseUrlWithName(url, name), poolSize: 1, statementTimeoutMs: 30_000 });
    await migrate(db.kysely);
    await loadCodeLists(db.kysely);
    await db.close();
    project.provide('backend', 'postgres');
    project.provide('template', name);
    return async () => {
      const leftovers = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'kt\\_t\\_${process.pid}\\_%' OR datname = '${name}'`,
      );
      for (const row of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'kt-test-'));
  const db = await openEmbedded({ statementTimeoutMs: 30_000 });
  await migrate(db.kysely);
  await loadCodeLists(db.kysely);
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await (await (db.dump as () => Promise<Blob>)()).arrayBuffer()));
  await db.close();
  project.provide('backend', 'embedded');
  project.provide('template', file);
  return async () => rmSync(dir, { recursive: true, force: true });
}
