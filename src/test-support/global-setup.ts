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

interface Template {
  backend: 'embedded' | 'postgres';
  template: string;
  remove(): Promise<void>;
}

// Both vitest projects (vitest.config.ts) run this setup; the template is built once per run and
// removed when the last project is done.
let shared: { template: Promise<Template>; users: number } | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared ??= { template: buildTemplate(), users: 0 };
  shared.users += 1;
  const { backend, template } = await shared.template;
  project.provide('backend', backend);
  project.provide('template', template);
  return async () => {
    if (!shared || --shared.users > 0) return;
    const done = shared.template;
    shared = undefined;
    await (await done).remove();
  };
}

async function buildTemplate(): Promise<Template> {
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
    return {
      backend: 'postgres',
      template: name,
      async remove() {
        const leftovers = await admin.query<{ datname: string }>(
          `SELECT datname FROM pg_database WHERE datname LIKE 'kt\\_t\\_${process.pid}\\_%' OR datname = '${name}'`,
        );
        for (const row of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'kt-test-'));
  const db = await openEmbedded({ statementTimeoutMs: 30_000 });
  await migrate(db.kysely);
  await loadCodeLists(db.kysely);
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await (await (db.dump as () => Promise<Blob>)()).arrayBuffer()));
  await db.close();
  return { backend: 'embedded', template: file, remove: async () => rmSync(dir, { recursive: true, force: true }) };
}
