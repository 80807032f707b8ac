#!/usr/bin/env node
// Browser journeys: starts the built server on a free port with a database of its own, runs
// e2e/*.journey.ts with Vitest against it, stops the server and cleans up. Exits with Vitest's code.
//
//   node e2e/run.mjs                               embedded PGlite in a fresh temp DATA_DIR
//   DATABASE_URL=postgres://… node e2e/run.mjs     a fresh database kt_e2e_<pid> on that server
//
// Needs `npm run build` first (npm run test:e2e does both). Extra arguments go to Vitest,
// e.g. `node e2e/run.mjs e2e/login.journey.ts`.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_ENTRY = join(ROOT, 'dist', 'server', 'main.js');
const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');
const SERVER_LOG = join(ARTIFACTS, 'server.log');
const STARTUP_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 20_000;

const started = Date.now();
const log = (message) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

/** Everything that must be undone, in reverse order, however the run ends. */
const cleanups = [];
let server = null;
let vitest = null;
let cleaningUp = null;

const running = (child) => Boolean(child && child.exitCode === null && child.signalCode === null);

/** Vitest runs in its own process group (with its workers): signal all of them at once. */
function signalVitest(signal) {
  if (!vitest?.pid) return;
  try {
    process.kill(-vitest.pid, signal);
  } catch {
    // the group is gone
  }
}

function killChildrenNow() {
  // Synchronous last resort (process 'exit'): never leave a server or test runner behind.
  signalVitest('SIGKILL');
  if (running(server)) {
    try {
      server.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * Browsers a journey could not close (an interrupted run) still use a profile inside the run
 * directory: find exactly those processes by their --user-data-dir and end them by pid.
 */
async function killBrowsersUsing(dir) {
  const find = () => {
    const pids = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        if (cmdline.includes(`--user-data-dir=${dir}`)) pids.push(Number(entry));
      } catch {
        // exited meanwhile, or not ours to read
      }
    }
    return pids;
  };
  if (!existsSync('/proc')) return;
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    const pids = find();
    if (pids.length === 0) return;
    if (signal === 'SIGTERM') log(`ending ${pids.length} leftover browser process(es)`);
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
        // already gone
      }
    }
    await new Promise((wait) => setTimeout(wait, 1_000));
  }
}

async function cleanup() {
  cleaningUp ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error(`[e2e] cleanup step failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaningUp;
}

process.on('exit', killChildrenNow);
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`[e2e] ${signal}: stopping`);
    void (async () => {
      if (running(vitest)) {
        signalVitest('SIGTERM');
        await Promise.race([exited(vitest), new Promise((wait) => setTimeout(wait, 5_000))]);
      }
      signalVitest('SIGKILL'); // workers that outlived the runner
      await cleanup();
      process.exit(130);
    })();
  });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  log('stopping the server (SIGTERM)');
  server.kill('SIGTERM');
  const timer = setTimeout(() => {
    console.error('[e2e] the server did not stop in time: SIGKILL');
    server?.kill('SIGKILL');
  }, STOP_TIMEOUT_MS);
  await exited(server);
  clearTimeout(timer);
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

/** A fresh database on the server DATABASE_URL points at; dropped again at the end. */
async function createDatabase(databaseUrl) {
  const { default: pg } = await import('pg');
  const name = `kt_e2e_${process.pid}`;
  const target = new URL(databaseUrl);
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';

  async function withAdmin(fn) {
    let lastError;
    // The maintenance database first; the one named in DATABASE_URL if that is not allowed.
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

  await withAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  cleanups.push(async () => {
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    log(`dropped database ${name}`);
  });
  target.pathname = `/${name}`;
  log(`created database ${name} on ${target.host}`);
  return target.toString();
}

async function waitForHealth(baseUrl) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!server || server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`the server exited during start-up (code ${server?.exitCode ?? server?.signalCode})`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return await response.json().catch(() => ({}));
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`the server was not healthy within ${STARTUP_TIMEOUT_MS / 1000}s`);
}

async function main() {
  if (!existsSync(SERVER_ENTRY)) {
    console.error(`[e2e] ${SERVER_ENTRY} is missing: run \`npm run build\` first (or \`npm run test:e2e\`).`);
    return 1;
  }
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });

  const runDir = await mkdtemp(join(tmpdir(), 'kt-e2e-run-'));
  cleanups.push(() => rmSync(runDir, { recursive: true, force: true }));
  cleanups.push(() => killBrowsersUsing(runDir));
  const dataDir = join(runDir, 'data');
  mkdirSync(dataDir);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    LOG_LEVEL: 'warn',
    JOBS_POLL_MS: '200',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
  };
  delete env.NODE_ENV; // the demo region is never seeded in production
  delete env.PUBLIC_URL; // an https PUBLIC_URL would make the session cookie Secure on plain http
  if (process.env.DATABASE_URL) {
    env.DATABASE_URL = await createDatabase(process.env.DATABASE_URL);
  } else {
    delete env.DATABASE_URL;
  }

  log(`starting the server on ${baseUrl} (${env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}); log: ${SERVER_LOG}`);
  const serverLog = openSync(SERVER_LOG, 'a');
  server = spawn(process.execPath, [SERVER_ENTRY], { cwd: ROOT, env, stdio: ['ignore', serverLog, serverLog] });
  closeSync(serverLog);
  cleanups.push(stopServer);
  server.on('exit', (code, signal) => {
    if (!cleaningUp && !interrupted)
      console.error(`[e2e] the server exited unexpectedly (code ${code}, signal ${signal})`);
  });

  let health;
  try {
    health = await waitForHealth(baseUrl);
  } catch (error) {
    console.error(
      `[e2e] ${error instanceof Error ? error.message : String(error)}\n--- server log (tail) ---\n${tail(SERVER_LOG)}`,
    );
    return 1;
  }
  log(`server healthy (database: ${health.database ?? 'unknown'})`);

  const browserTmp = join(runDir, 'tmp');
  mkdirSync(browserTmp);
  const vitestBin = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const vitestArgs = existsSync(vitestBin)
    ? [process.execPath, [vitestBin, 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]]
    : ['npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]];
  vitest = spawn(vitestArgs[0], vitestArgs[1], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true, // its own process group, so an interrupt can stop its workers too
    env: {
      ...process.env,
      KT_E2E_BASE_URL: baseUrl,
      KT_E2E_RUN_DIR: runDir,
      KT_E2E_DATABASE: health.database ?? (env.DATABASE_URL ? 'postgres' : 'embedded'),
      // Browser profiles (mkdtemp in tmpdir()) land inside the run directory, which is removed
      // at the end even when a journey is interrupted before it could clean up after itself.
      TMPDIR: browserTmp,
    },
  });
  const code = await new Promise((done) => {
    vitest.on('exit', (exitCode, signal) => done(exitCode ?? (signal ? 1 : 0)));
    vitest.on('error', (error) => {
      console.error(`[e2e] could not start Vitest: ${error.message}`);
      done(1);
    });
  });
  if (code !== 0 && !interrupted)
    console.error(`[e2e] journeys failed; screenshots in ${ARTIFACTS}, server log tail:\n${tail(SERVER_LOG, 20)}`);
  return code;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error('[e2e]', error);
  exitCode = 1;
} finally {
  await cleanup();
  log(`done (exit ${exitCode})`);
}
process.exit(exitCode);
