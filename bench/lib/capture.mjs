// Captures the exact statements (SQL and parameters) one HTTP request sends to PostgreSQL, from the
// app itself: a second instance of the built app (dist/server) in this process, on the bench's own
// database and configuration (same DATA_DIR, so the same app secret and the server's sessions), with
// the instrumentation hook the statement-budget test uses (StatementListener in
// src/platform/db/connect.ts) and no job worker, so only the request's statements are recorded.
// Then turns a captured request into pgbench scripts that replay exactly those statements.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pgUtils from 'pg/lib/utils.js';

/** Opens the capturing app instance; `env` is the server's environment (DATABASE_URL, DATA_DIR, …). */
export async function openCapture({ repoDir, env }) {
  const dist = join(repoDir, 'dist', 'server');
  const load = (p) => import(pathToFileURL(join(dist, p)).href);
  const { loadConfig } = await load('config.js');
  const { openServer } = await load('platform/db/connect.js');
  const { buildApp } = await load('app.js');
  const config = loadConfig({ ...process.env, ...env, JOBS_ENABLED: 'false', LOG_LEVEL: 'silent' });
  let sent = null;
  const database = openServer({
    url: config.databaseUrl,
    poolSize: 2,
    statementTimeoutMs: config.statementTimeoutMs,
    onStatement: (sql, parameters) => sent?.push({ sql, parameters: [...parameters] }),
  });
  const app = await buildApp({ config, database, logger: false, serveWeb: false });
  await app.ready();
  return {
    /**
     * Sends `request()` (a light-my-request object) once unrecorded when `warm` (caches, first-use
     * work), then once recorded; returns the status and the statements of the recorded one.
     */
    async capture(request, { warm = true } = {}) {
      if (warm) await app.inject(await request());
      const req = await request();
      sent = [];
      try {
        const res = await app.inject(req);
        return { status: res.statusCode, body: res.body, statements: sent };
      } finally {
        sent = null;
      }
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

const isWrite = (sql) => /^\s*(insert|update|delete|with\b[\s\S]*\b(insert|update|delete)\b)/i.test(sql);

/** A parameter as the `pg` driver sends it (text), or null. */
const wire = (value) => {
  const v = pgUtils.prepareValue(value);
  return v === null || v === undefined ? null : String(v);
};

/**
 * The pgbench scripts for one captured request:
 *   simple   — parameters inlined as literals (pgbench -M simple);
 *   extended — `$n` replaced by pgbench variables given with -D, sent as bind parameters like the app's
 *              driver does (-M extended: unnamed statements, as `pg` sends them; -M prepared: named).
 * `rewrite(sql)` may change a statement's text before that, for writes that cannot be repeated as they
 * are (a plan save's optimistic version check: the second replay would match no row).
 */
export function pgbenchScripts(statements, { rewrite = (sql) => sql } = {}) {
  const simple = [];
  const extended = [];
  const defines = [];
  statements.forEach(({ sql, parameters }, i) => {
    const text = rewrite(sql.trim().replace(/;+\s*$/, ''));
    if (text.includes(';')) throw new Error(`pgbench: a statement with ';' inside cannot be replayed: ${text}`);
    const values = parameters.map(wire);
    simple.push(
      `${text.replace(/\$(\d+)/g, (_, n) => {
        const v = values[Number(n) - 1];
        return v === null ? 'NULL' : pgUtils.escapeLiteral(v);
      })};`,
    );
    extended.push(
      `${text.replace(/\$(\d+)/g, (_, n) => {
        const v = values[Number(n) - 1];
        if (v === null) return 'NULL';
        const name = `kt${i + 1}_${n}`;
        if (!defines.some((d) => d.name === name)) defines.push({ name, value: v });
        return `:${name}`;
      })};`,
    );
  });
  return {
    simple: simple.join('\n') + '\n',
    extended: extended.join('\n') + '\n',
    defines,
    writes: statements.some((s) => isWrite(s.sql)),
  };
}

/** Writes the scripts of one request into a fresh temp directory; returns the file paths. */
export function writeScripts(name, scripts) {
  const dir = mkdtempSync(join(tmpdir(), 'kt-pgbench-'));
  const slug = name.replace(/[^a-z0-9]+/gi, '-');
  const simple = join(dir, `${slug}.simple.sql`);
  const extended = join(dir, `${slug}.extended.sql`);
  writeFileSync(simple, scripts.simple);
  writeFileSync(extended, scripts.extended);
  return { dir, simple, extended };
}
