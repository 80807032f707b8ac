// Keukentafel HTTP benchmark: one app instance per backend (embedded PGlite, then PostgreSQL),
// four autocannon scenarios each, the audit sealer's backlog after the audited reads, and a
// report in bench/RESULTS.md (also printed).
//
//   npm run bench                       # build, then both backends, 10 s per scenario
//   BENCH_DURATION=5 node bench/run.mjs  # after a build: shorter runs
//   BENCH_BACKENDS=postgres node bench/run.mjs
//
// Environment (all optional):
//   BENCH_DURATION      seconds per measured scenario (default 10)
//   BENCH_WARMUP        seconds of warm-up before each scenario (default 2)
//   BENCH_BACKENDS      comma list of embedded, postgres (default "embedded,postgres")
//   BENCH_PG_ADMIN_URL  a PostgreSQL database to run CREATE/DROP DATABASE from
//                       (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_PG_DB         the throw-away database for the postgres run (default kt_bench)
//   BENCH_RESULTS       where to write the report (default bench/RESULTS.md)
//   BENCH_START_TIMEOUT seconds a server may take to become healthy (default 900: the first start seeds)
//   BENCH_SECTIONS      comma list of what to run: `core` (the four scenarios above) and the names of
//                       the sections in bench/sections/ (default: all of them)
//
// Sections (bench/sections/*.mjs, loaded in name order) let each capability add its own measurements
// without touching this file. A section's default export is
//   { name, title,
//     scenarios?(ctx) -> [scenario]     extra autocannon scenarios in each backend's table
//     measure?(ctx)   -> markdown        per backend, while that backend's server runs
//     standalone?(ctx) -> markdown }     once, without a server (pure algorithms, generators)
// with ctx = { backend, baseUrl, serverPid, databaseUrl, loginAs(username), settings, log, repoDir, withPgAdmin,
// serverEnv, results } (results: the backend's scenario figures, complete by the time `measure` runs).
//
// BENCH_SECTIONS without `core` and without BENCH_RESULTS updates only those sections' blocks in
// bench/RESULTS.md (between <!-- bench-section:NAME --> markers, added before "## Running it" the first
// time), so one section can be re-measured without wiping the other figures.
//
// Only autocannon and Node built-ins (plus the app's own `pg` for the postgres set-up).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { apiProbe, measureBacklog, postgresProbe } from './lib/audit-backlog.mjs';
import { getJson, login } from './lib/http.mjs';
import { killAllInstances, rssBytes, startInstance } from './lib/instance.mjs';
import { runScenario } from './lib/load.mjs';
import { carryOverBlocks, describeMachine, mergeSectionBlock, renderReport, sectionBlock } from './lib/report.mjs';
import { loadSections } from './lib/sections.mjs';
import { serverNodeArgs } from '../scripts/lib/server-heap.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_DIR = resolve(BENCH_DIR, '..');
const SERVER_ENTRY = join(REPO_DIR, 'dist', 'server', 'main.js');

// ---------------------------------------------------------------------------------------------
// Settings

function positiveNumber(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return n;
}

const settings = {
  durationSeconds: positiveNumber('BENCH_DURATION', 10),
  warmupSeconds: positiveNumber('BENCH_WARMUP', 2),
  backends: (process.env.BENCH_BACKENDS || 'embedded,postgres')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  pgAdminUrl: process.env.BENCH_PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  pgDatabase: process.env.BENCH_PG_DB || 'kt_bench',
  resultsFile: resolve(process.env.BENCH_RESULTS || join(BENCH_DIR, 'RESULTS.md')),
  only: process.env.BENCH_SECTIONS
    ? process.env.BENCH_SECTIONS.split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : null,
  // Start-up includes migrating and seeding an empty database: minutes on a busy machine.
  startTimeoutSeconds: positiveNumber('BENCH_START_TIMEOUT', 900),
  // The server's own default; the bench passes it through unchanged when set.
  sealIntervalSeconds: Number(process.env.AUDIT_SEAL_INTERVAL_SECONDS || 5),
};
for (const b of settings.backends) {
  if (b !== 'embedded' && b !== 'postgres')
    throw new Error(`BENCH_BACKENDS: unknown backend "${b}" (use embedded, postgres)`);
}
if (settings.durationSeconds < 1) throw new Error('BENCH_DURATION must be at least 1 second');
if (!/^[a-z_][a-z0-9_]*$/.test(settings.pgDatabase))
  throw new Error('BENCH_PG_DB must be a plain lower-case identifier');

const PASSWORD = process.env.DEMO_PASSWORD || 'keukentafel';

/** The environment every instance gets on top of ours: demo data, quiet logs, rate limits out of the way. */
const COMMON_ENV = {
  NODE_ENV: 'development', // demo seeding is off in production
  SEED_DEMO: 'true',
  LOG_LEVEL: 'warn',
  LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
  RATE_LIMIT_PER_MINUTE: '10000000', // the config's maximum (10 M); 100 M is refused
  JOBS_ENABLED: 'true',
  JOBS_POLL_MS: '1000',
  DEMO_PASSWORD: PASSWORD,
};

// ---------------------------------------------------------------------------------------------
// Clean-up: no stray servers, no left-over temp directories, whatever happens.

const tempDirs = new Set();
function removeTempDirs() {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}
process.on('exit', () => {
  killAllInstances();
  removeTempDirs();
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal} — stopping the server(s) and cleaning up`);
    process.exit(130); // the exit hook above kills children and removes temp dirs (kt_bench is dropped by the next run)
  });
}

function log(msg) {
  console.log(`bench: ${msg}`);
}

// ---------------------------------------------------------------------------------------------
// Backends

/** Runs `fn(adminClient)` against the maintenance database. */
async function withPgAdmin(fn) {
  const client = new pg.Client({ connectionString: settings.pgAdminUrl, application_name: 'keukentafel-bench' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

function databaseUrl(dbName) {
  const url = new URL(settings.pgAdminUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
}

/** Describes how to prepare, start and tear down one backend. */
function backendPlan(backend) {
  if (backend === 'embedded') {
    return {
      backend,
      title: 'Embedded (PGlite, in-process)',
      async prepare() {
        const dataDir = mkdtempSync(join(tmpdir(), 'kt-bench-embedded-'));
        tempDirs.add(dataDir);
        return { env: { DATA_DIR: dataDir, DATABASE_URL: '' }, dataDir, databaseUrl: null };
      },
      async teardown(prepared) {
        rmSync(prepared.dataDir, { recursive: true, force: true });
        tempDirs.delete(prepared.dataDir);
      },
    };
  }
  return {
    backend,
    title: 'PostgreSQL server',
    async prepare() {
      // DATA_DIR still holds the generated development app secret; keep it out of the repo.
      const dataDir = mkdtempSync(join(tmpdir(), 'kt-bench-postgres-'));
      tempDirs.add(dataDir);
      await withPgAdmin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${settings.pgDatabase} WITH (FORCE)`);
        await c.query(`CREATE DATABASE ${settings.pgDatabase}`);
      });
      const url = databaseUrl(settings.pgDatabase);
      return { env: { DATA_DIR: dataDir, DATABASE_URL: url }, dataDir, databaseUrl: url };
    },
    async teardown(prepared) {
      rmSync(prepared.dataDir, { recursive: true, force: true });
      tempDirs.delete(prepared.dataDir);
      await withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${settings.pgDatabase} WITH (FORCE)`)).catch((err) => {
        log(`could not drop ${settings.pgDatabase}: ${err.message}`);
      });
    },
  };
}

/** The four scenarios, given the cookies they need. */
function scenarios({ professional, admin }) {
  return [
    { name: 'health', path: '/api/health', connections: 10 },
    {
      name: 'login',
      method: 'POST',
      path: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo.professional', password: PASSWORD }),
      connections: 4, // argon2id is CPU-bound by design; more connections only queue
    },
    { name: 'me', path: '/api/auth/me', headers: { cookie: professional.cookie }, connections: 10 },
    {
      name: 'audited read',
      // A search on names travels in a POST body (never in a URL), so it needs the CSRF header too.
      method: 'POST',
      path: '/api/admin/users/search',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ q: 'zwolle' }),
      connections: 10,
      audited: true,
    },
  ];
}

const wants = (name) => !settings.only || settings.only.includes(name);

async function runBackend(plan, sections) {
  log(`── ${plan.title} ──`);
  const prepared = await plan.prepare();
  let server = null;
  try {
    log('starting the server (an empty database is migrated and seeded first)…');
    server = await startInstance({
      entry: SERVER_ENTRY,
      cwd: REPO_DIR,
      env: { ...COMMON_ENV, ...prepared.env },
      label: `${plan.backend} server`,
      startTimeoutMs: settings.startTimeoutSeconds * 1000,
    });
    if (server.health.database !== plan.backend) {
      throw new Error(`expected a "${plan.backend}" server, /api/health says "${server.health.database}"`);
    }
    log(
      `healthy after ${server.startSeconds.toFixed(1)} s on port ${server.port} (pid ${server.pid}, version ${server.health.version})`,
    );
    await sleep(1000); // let start-up work (first job ticks) settle before measuring idle memory
    const seeded = { startSeconds: server.startSeconds, idleRssBytes: rssBytes(server.pid) };
    // The first process created the database (the embedded one runs initdb in a second PGlite instance)
    // and seeded the demo region in its own heap; neither is what a running instance carries. Measure
    // a second process on the seeded database, as after any restart.
    log(
      `idle RSS after migrating and seeding ${Math.round(seeded.idleRssBytes / 2 ** 20)} MB; restarting on the seeded database…`,
    );
    seeded.stop = await server.stop();
    // The restarted server gets the node flags `npm start` gives a server on this backend (the heap limit
    // on PostgreSQL, scripts/lib/server-heap.mjs): the bench measures what production runs. The first
    // process above seeded, which `npm start` does in a process without the limit.
    const nodeArgs = serverNodeArgs({ ...process.env, ...COMMON_ENV, ...prepared.env });
    server = await startInstance({
      entry: SERVER_ENTRY,
      cwd: REPO_DIR,
      env: { ...COMMON_ENV, ...prepared.env },
      nodeArgs,
      label: `${plan.backend} server`,
      startTimeoutMs: settings.startTimeoutSeconds * 1000,
    });
    log(`healthy again after ${server.startSeconds.toFixed(1)} s (pid ${server.pid})`);
    await sleep(1000);
    const idleRssBytes = rssBytes(server.pid);

    // One login per account, outside the measured runs.
    const professional = await login(server.baseUrl, 'demo.professional', PASSWORD);
    const admin = await login(server.baseUrl, 'demo.admin', PASSWORD);
    const privacyOfficer = await login(server.baseUrl, 'demo.privacy_officer', PASSWORD);

    const ctx = {
      backend: plan.backend,
      baseUrl: server.baseUrl,
      serverPid: server.pid,
      databaseUrl: prepared.databaseUrl,
      settings,
      log,
      repoDir: REPO_DIR,
      withPgAdmin,
      loginAs: (username) => login(server.baseUrl, username, PASSWORD),
      /** The server's environment (a section can open the built app on the same database and secret). */
      serverEnv: { ...COMMON_ENV, ...prepared.env },
      /** This backend's scenario results so far (complete when the sections' `measure` runs). */
      results: [],
    };
    const all = wants('core') ? scenarios({ professional, admin }) : [];
    for (const section of sections) if (section.scenarios) all.push(...(await section.scenarios(ctx)));
    const probe = prepared.databaseUrl
      ? postgresProbe(prepared.databaseUrl)
      : apiProbe(server.baseUrl, privacyOfficer.cookie);
    const results = ctx.results;
    let backlog = null;
    const measured = [];
    try {
      for (const scenario of all) {
        log(
          `  ${scenario.name}: ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s, ${scenario.connections} connections…`,
        );
        const r = await runScenario(server, scenario, settings);
        const endedAt = Date.now();
        results.push(r);
        log(
          `  ${scenario.name}: ${Math.round(r.rps)} req/s, p50 ${r.p50?.toFixed(2)} ms, p99 ${r.p99?.toFixed(2)} ms, ` +
            `non-2xx ${r.non2xx}, errors ${r.errors}, peak RSS ${Math.round(r.peakRssBytes / 2 ** 20)} MB`,
        );
        if (!server.isRunning()) {
          const { code, signal } = server.exitInfo();
          throw new Error(
            `the server died during "${scenario.name}" (exit code ${code}, signal ${signal}); its last output:\n${server.outputTail()}`,
          );
        }
        if (scenario.audited) {
          backlog = await measureBacklog(probe, {
            endedAt,
            laterSeconds: settings.sealIntervalSeconds + 2,
            maxSeconds: 6 * settings.sealIntervalSeconds,
          });
          log(
            `  audit backlog: ${backlog.atEnd} unsealed at the end, ${backlog.later} after ${backlog.laterAtSeconds?.toFixed(1)} s, ` +
              `caught up after ${backlog.caughtUpSeconds === null ? 'NOT' : `${backlog.caughtUpSeconds.toFixed(1)} s`}`,
          );
        }
        await sleep(1000); // a breath between scenarios
      }
      for (const section of sections) {
        if (!section.measure) continue;
        log(`  section ${section.name}…`);
        measured.push({ title: section.title, markdown: await section.measure(ctx) });
      }
    } finally {
      await probe.close();
    }

    // The chain must still verify after all that load.
    // A long section (steering at 2.5 M runs ~45 min) outlives the session's idle timeout: sign in again.
    const officer = sections.some((x) => x.measure)
      ? await login(server.baseUrl, 'demo.privacy_officer', PASSWORD)
      : privacyOfficer;
    const chain = await getJson(server.baseUrl, '/api/audit/verify', officer.cookie);
    log(`  chain check: ok=${chain.ok}, checked ${chain.checked}, unsealed ${chain.unsealed}`);

    log('stopping the server (SIGTERM)…');
    const stop = await server.stop();
    log(
      `  stopped after ${stop.seconds.toFixed(1)} s, exit code ${stop.code}${stop.forced ? ' (killed after the grace period)' : ''}`,
    );
    return {
      backend: plan.backend,
      title: plan.title,
      version: server.health.version,
      startSeconds: server.startSeconds,
      startNote: `a restart on the seeded database, ${nodeArgs.length > 0 ? `\`node ${nodeArgs.join(' ')}\`` : 'no node flags'}`,
      seeded,
      idleRssBytes,
      results,
      measured,
      backlog,
      chain,
      stop,
    };
  } finally {
    if (server?.isRunning()) await server.stop(10_000).catch(() => {});
    await plan.teardown(prepared);
  }
}

function versions(runs) {
  const parts = [];
  try {
    const pglite = JSON.parse(
      readFileSync(join(REPO_DIR, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'),
    ).version;
    parts.push(`PGlite ${pglite}`);
  } catch {
    /* not installed? then the embedded run failed anyway */
  }
  const pgRun = runs.find((r) => r.backend === 'postgres');
  if (pgRun?.serverVersion) parts.push(`PostgreSQL ${pgRun.serverVersion}`);
  try {
    const ac = JSON.parse(readFileSync(join(REPO_DIR, 'node_modules', 'autocannon', 'package.json'), 'utf8')).version;
    parts.push(`autocannon ${ac}`);
  } catch {
    /* ignore */
  }
  if (runs[0]?.version) parts.push(`app ${runs[0].version}`);
  return parts.join(', ');
}

async function main() {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(
      `${relative(process.cwd(), SERVER_ENTRY)} is missing: run \`npm run build\` first (or \`npm run bench\`).`,
    );
  }
  const machine = describeMachine(REPO_DIR);
  log(
    `${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}, commit ${machine.commit}${machine.dirty ? ' (dirty)' : ''}`,
  );
  log(
    `backends: ${settings.backends.join(', ')}; ${settings.durationSeconds} s per scenario after ${settings.warmupSeconds} s warm-up`,
  );

  const sections = (await loadSections(join(BENCH_DIR, 'sections'))).filter((section) => wants(section.name));
  log(`sections: ${wants('core') ? 'core' : '(no core)'}${sections.map((x) => `, ${x.name}`).join('')}`);
  const standalone = [];
  for (const section of sections) {
    if (!section.standalone) continue;
    log(`── standalone: ${section.title} ──`);
    standalone.push({
      title: section.title,
      markdown: await section.standalone({ settings, log, repoDir: REPO_DIR, withPgAdmin }),
    });
  }

  const runs = [];
  for (const backend of settings.backends) {
    const run = await runBackend(backendPlan(backend), sections);
    if (backend === 'postgres') {
      run.serverVersion = await withPgAdmin(
        async (c) => (await c.query('SHOW server_version')).rows[0].server_version,
      ).catch(() => null);
    }
    runs.push(run);
  }

  const envPart = [
    process.env.BENCH_DURATION ? `BENCH_DURATION=${process.env.BENCH_DURATION}` : '',
    process.env.BENCH_WARMUP ? `BENCH_WARMUP=${process.env.BENCH_WARMUP}` : '',
    process.env.BENCH_BACKENDS ? `BENCH_BACKENDS=${process.env.BENCH_BACKENDS}` : '',
    process.env.BENCH_SECTIONS ? `BENCH_SECTIONS=${process.env.BENCH_SECTIONS}` : '',
    process.env.DEMO_ALLOCATIONS ? `DEMO_ALLOCATIONS=${process.env.DEMO_ALLOCATIONS}` : '',
  ].filter(Boolean);
  const command = [
    ...envPart,
    process.env.npm_lifecycle_event === 'bench' ? 'npm run bench' : 'node bench/run.mjs',
  ].join(' ');
  const report = renderReport({
    machine,
    settings: { ...settings, versions: versions(runs) },
    runs,
    standalone,
    command,
  });
  if (
    settings.only &&
    !settings.only.includes('core') &&
    !process.env.BENCH_RESULTS &&
    existsSync(settings.resultsFile)
  ) {
    let text = readFileSync(settings.resultsFile, 'utf8');
    for (const section of sections) {
      const block = sectionBlock({ machine, section, runs, standalone, command });
      text = mergeSectionBlock(text, section.name, block);
      console.log(`\n${block}`);
    }
    writeFileSync(settings.resultsFile, text);
  } else {
    // Earlier figures this run does not replace stay (marked blocks; see carryOverBlocks).
    const previous = existsSync(settings.resultsFile) ? readFileSync(settings.resultsFile, 'utf8') : '';
    writeFileSync(
      settings.resultsFile,
      carryOverBlocks(
        previous,
        report,
        sections.map((x) => x.name),
      ),
    );
    console.log(`\n${report}`);
  }
  log(`wrote ${relative(process.cwd(), settings.resultsFile)}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench: FAILED — ${err?.stack ?? err}`);
    process.exit(1); // the exit hook kills any server still running and removes temp dirs
  },
);
