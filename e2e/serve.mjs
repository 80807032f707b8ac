#!/usr/bin/env node
// The server the journeys run against, started by Playwright Test (webServer in playwright.config.ts):
// the built app on 127.0.0.1:$KT_E2E_PORT with a database of its own, demo data seeded on first start.
//
//   without DATABASE_URL   embedded PGlite in a fresh temp DATA_DIR
//   with DATABASE_URL      a fresh database kt_e2e_<pid> on that server, dropped again at the end
//
// Playwright sends SIGTERM when the run is over: the server stops, then the database and the data
// directory go. The server's output goes to artifacts/e2e/server.log.
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_ENTRY = join(ROOT, 'dist', 'server', 'main.js');
// KT_E2E_ARTIFACTS: this run's (or shard's) artifact directory, set by playwright.config.ts.
const ARTIFACTS_DIR = process.env.KT_E2E_ARTIFACTS || join(ROOT, 'artifacts', 'e2e');
const SERVER_LOG = join(ARTIFACTS_DIR, 'server.log');
// Mail with a secret goes here instead of the outbox; the journeys read it (e2e/support/env.ts).
const MAIL_DROP_DIR = join(ARTIFACTS_DIR, 'mail-drop');
const STOP_TIMEOUT_MS = 20_000;

const log = (message) => console.log(`[e2e server] ${message}`);

if (!existsSync(SERVER_ENTRY)) {
  console.error(`[e2e server] ${SERVER_ENTRY} is missing: run \`npm run build\` first (or \`npm run test:e2e\`).`);
  process.exit(1);
}
const port = process.env.KT_E2E_PORT;
if (!port) {
  console.error('[e2e server] KT_E2E_PORT is not set: start the journeys with `npx playwright test`.');
  process.exit(1);
}

/** Everything that must be undone, in reverse order, however the run ends. */
const cleanups = [];

/** The maintenance database first; the one named in DATABASE_URL if that is not allowed. */
async function withAdmin(databaseUrl, fn) {
  const { default: pg } = await import('pg');
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  let lastError;
  for (const url of [maintenance.toString(), databaseUrl]) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
    } catch (error) {
      lastError = error;
      continue;
    }
    try {
      return await fn(client);
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw lastError;
}

async function createDatabase(databaseUrl) {
  const name = `kt_e2e_${process.pid}`;
  await withAdmin(databaseUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  cleanups.push(async () => {
    await withAdmin(databaseUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    log(`dropped database ${name}`);
  });
  const target = new URL(databaseUrl);
  target.pathname = `/${name}`;
  log(`created database ${name} on ${target.host}`);
  return target.toString();
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

let server = null;
const running = () => Boolean(server && server.exitCode === null && server.signalCode === null);
const exited = () => (running() ? new Promise((done) => server.once('exit', () => done())) : Promise.resolve());

async function stopServer() {
  if (!running()) return;
  server.kill('SIGTERM');
  const timer = setTimeout(() => {
    console.error('[e2e server] the server did not stop in time: SIGKILL');
    server.kill('SIGKILL');
  }, STOP_TIMEOUT_MS);
  await exited();
  clearTimeout(timer);
}

let stopping = null;
function stop(code) {
  stopping ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error(`[e2e server] cleanup step failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    process.exit(code);
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));
// Synchronous last resort: never leave a server behind.
process.on('exit', () => {
  if (running()) server.kill('SIGKILL');
});

try {
  mkdirSync(dirname(SERVER_LOG), { recursive: true });
  rmSync(MAIL_DROP_DIR, { recursive: true, force: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'kt-e2e-data-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  // Parallel shards (scripts/journeys.mjs) seed the demo region once and each start from a copy of it.
  const seeded = process.env.KT_E2E_SEEDED_DATA_DIR;
  if (seeded && !process.env.DATABASE_URL) {
    cpSync(seeded, dataDir, { recursive: true });
    log(`embedded database copied from the seeded ${seeded}`);
  }

  const env = {
    ...process.env,
    LOG_LEVEL: 'warn',
    JOBS_POLL_MS: '200',
    HOST: '127.0.0.1',
    PORT: port,
    DATA_DIR: dataDir,
    MAIL_DROP_DIR,
    // The small care allocation history (a few dozen decisions): the journeys need its kinds, not its size.
    DEMO_ALLOCATIONS: 'small',
    // The OIDC callbacks (and the development IdP's issuer) on the address the browser uses.
    OIDC_REDIRECT_BASE: `http://127.0.0.1:${port}`,
  };
  delete env.NODE_ENV; // the demo region is never seeded in production
  delete env.PUBLIC_URL; // an https PUBLIC_URL would make the session cookie Secure on plain http
  if (process.env.DATABASE_URL) env.DATABASE_URL = await createDatabase(process.env.DATABASE_URL);
  else delete env.DATABASE_URL;

  log(
    `starting on http://127.0.0.1:${port} (${env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}); log: ${SERVER_LOG}`,
  );
  const serverLog = openSync(SERVER_LOG, 'w');
  server = spawn(process.execPath, [SERVER_ENTRY], { cwd: ROOT, env, stdio: ['ignore', serverLog, serverLog] });
  closeSync(serverLog);
  cleanups.push(stopServer);
  server.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(
      `[e2e server] the server exited unexpectedly (code ${code}, signal ${signal}); log tail:\n${tail(SERVER_LOG)}`,
    );
    void stop(1);
  });
} catch (error) {
  console.error('[e2e server]', error);
  await stop(1);
}
