// Crash without loss (issue 16): a write load against the built app while the app is SIGKILLed and
// restarted, and (PostgreSQL) the database is stopped with `pg_ctl stop -m immediate` and started
// again without restarting the app. Every acknowledged write (2xx with its id or version) must be
// in the database afterwards, the seed's consistency checks and the audit chain must hold, every
// acknowledged audited request must have its audit row, /api/health must answer 503 while the
// database is down and 200 again on its own, and no request may hang past the client's timeout.
//
//   npm run chaos -- --short                 # CI: one app kill, one database crash (PostgreSQL)
//   npm run chaos -- --minutes 10            # repeated cycles for ten minutes
//   npm run chaos -- --backend embedded      # PGlite: kill mid-load, report what was lost
//
// PostgreSQL runs in a private cluster this script creates (initdb in a temp dir, a free port);
// the shared server on 5432 is never touched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { freePort, killAllInstances, startInstance } from '../bench/lib/instance.mjs';
import { login } from '../bench/lib/http.mjs';
import { createCluster } from './lib/private-cluster.mjs';
import { Workload } from './lib/write-load.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const backend = flag('--backend') ?? 'postgres';
const minutes = Number(flag('--minutes') ?? 0);
const short = args.includes('--short') || !minutes;
const LOAD_SECONDS = short ? 4 : 20;
const REQUEST_TIMEOUT_MS = 15_000;
const REPO = resolve(import.meta.dirname, '..');
const APP_SECRET = 'chaos-test-secret-chaos-test-secret-0123456789';
const PASSWORD = 'keukentafel';

const t0 = Date.now();
const log = (m) => console.log(`chaos [${((Date.now() - t0) / 1000).toFixed(1)} s]: ${m}`);
const problems = [];
const check = (ok, message) => {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${message}`);
  if (!ok) problems.push(message);
};

const dataDir = mkdtempSync(join(tmpdir(), 'kt-chaos-app-'));
let cluster = null;
process.on('exit', () => {
  killAllInstances();
  cluster?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => process.exit(130));

async function main() {
  let databaseUrl = '';
  if (backend === 'postgres') {
    const port = await freePort();
    log(`private PostgreSQL cluster on port ${port}…`);
    cluster = createCluster(port);
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE kt_chaos');
    await admin.end();
    databaseUrl = cluster.url('kt_chaos');
  } else if (backend !== 'embedded') throw new Error('--backend is postgres or embedded');

  const env = {
    NODE_ENV: 'development',
    SEED_DEMO: 'true',
    DEMO_ALLOCATIONS: 'small',
    LOG_LEVEL: 'error',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    APP_SECRET,
    DEMO_PASSWORD: PASSWORD,
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
    RATE_LIMIT_PER_MINUTE: '10000000',
    JOBS_ENABLED: 'true',
  };
  const start = () =>
    startInstance({ entry: join(REPO, 'dist/server/main.js'), cwd: REPO, env, label: 'app', startTimeoutMs: 600_000 });
  log('starting the app (migrations and demo seed)…');
  let app = await start();
  log(`app healthy after ${app.startSeconds.toFixed(1)} s`);
  const sessions = {
    pro: await login(app.baseUrl, 'demo.professional', PASSWORD),
    signaller: await login(app.baseUrl, 'demo.signaller', PASSWORD),
    school: await login(app.baseUrl, 'demo.signaller.school', PASSWORD),
  };
  const load = new Workload({ baseUrl: () => app.baseUrl, sessions, timeoutMs: REQUEST_TIMEOUT_MS });
  await load.prepare();
  load.start(4);

  const cycles = short ? 1 : Math.max(1, Math.floor((minutes * 60) / (3 * LOAD_SECONDS + 30)));
  const health = { downStatuses: new Map(), recoveredSeconds: [] };
  let restarts = 0;
  for (let c = 0; c < cycles; c++) {
    await sleep(LOAD_SECONDS * 1000);
    log(`SIGKILL the app (pid ${app.pid}) mid-load (${load.summary()})`);
    process.kill(app.pid, 'SIGKILL');
    await sleep(300);
    try {
      app = await start();
      restarts++;
      log(`app restarted, healthy after ${app.startSeconds.toFixed(1)} s`);
      if (backend === 'embedded')
        check(
          app.outputTail().includes('did not shut down cleanly'),
          'the restarted app says that the embedded database recovered from a crash',
        );
    } catch (err) {
      check(false, `the app starts again after SIGKILL: ${err.message.slice(0, 400)}`);
      break;
    }
    await sleep(LOAD_SECONDS * 1000);
    if (cluster) {
      log(`pg_ctl stop -m immediate mid-load (${load.summary()})`);
      cluster.crash();
      const downUntil = Date.now() + 2500;
      while (Date.now() < downUntil) {
        const status = await healthStatus(app.baseUrl);
        health.downStatuses.set(status, (health.downStatuses.get(status) ?? 0) + 1);
        await sleep(200);
      }
      cluster.start();
      const upAt = Date.now();
      let healthy = false;
      while (Date.now() - upAt < 30_000) {
        if ((await healthStatus(app.baseUrl)) === 200) {
          healthy = true;
          break;
        }
        await sleep(100);
      }
      health.recoveredSeconds.push(healthy ? (Date.now() - upAt) / 1000 : null);
      if (!app.isRunning()) {
        check(false, `the app survives the database crash (it exited: ${JSON.stringify(app.exitInfo())})`);
        console.log(app.outputTail());
        app = await start();
      }
      log(
        `PostgreSQL back; app healthy again ${healthy ? `after ${((Date.now() - upAt) / 1000).toFixed(1)} s` : 'NOT within 30 s'}`,
      );
      await sleep(LOAD_SECONDS * 1000);
    }
  }
  await load.stop();
  log(`load stopped: ${load.summary()}`);
  await app.stop();

  // --- Verification, with the app stopped ------------------------------------------------------
  const result = await load.verify(backend === 'postgres' ? { url: databaseUrl } : { dataDir });
  console.log('');
  console.log(`writes sent ${result.sent}, acknowledged ${result.acked}, found ${result.found}, lost ${result.lost}`);
  for (const [kind, k] of Object.entries(result.byKind))
    console.log(`  ${kind}: sent ${k.sent}, acknowledged ${k.acked}, found ${k.found}, audit rows for ${k.audited}`);
  console.log(
    `requests that hung past ${REQUEST_TIMEOUT_MS / 1000} s: ${result.hung}; failures by kind: ${JSON.stringify(result.failures)}`,
  );
  check(result.acked > 0, 'some writes were acknowledged');
  if (backend === 'postgres') check(result.lost === 0, `no acknowledged write lost (${result.lost} lost)`);
  else console.log(`  info embedded (no fsync) after SIGKILL: ${result.lost} acknowledged writes lost`);
  // When they were sent, against the log's clock above (the kill, the crash): a request that a starting
  // app or a very busy machine made slow shows here as well as one that really hung.
  const timedOut = load.timedOut.map((t) => `${t.kind} sent at ${((t.sentAt - t0) / 1000).toFixed(1)} s`);
  check(result.hung === 0, `no request hung past its timeout${timedOut.length ? ` (${timedOut.join('; ')})` : ''}`);
  for (const [kind, k] of Object.entries(result.byKind))
    if (k.audited > 0 || kind === 'dossier read')
      check(k.audited === k.acked, `${kind}: every acknowledged request has its audit row (${k.audited}/${k.acked})`);
  check(
    Object.keys(result.inconsistencies).length === 0,
    `seed consistency checks pass ${JSON.stringify(result.inconsistencies)}`,
  );
  const verify = auditVerify(env);
  check(verify.ok, `audit chain verifies: ${verify.text}`);
  if (cluster) {
    const statuses = [...health.downStatuses].map(([s, n]) => `${s}×${n}`).join(', ');
    check(
      health.downStatuses.size === 1 && health.downStatuses.has(503),
      `/api/health answered 503 while the database was down (${statuses})`,
    );
    check(
      health.recoveredSeconds.every((s) => s !== null),
      `health recovered on its own (${health.recoveredSeconds.join(', ')} s)`,
    );
  }
  check(restarts === cycles, `the app started again after each SIGKILL (${restarts}/${cycles})`);
  console.log(
    `\nchaos (${backend}, ${short ? 'short' : `${minutes} min`}) finished in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${problems.length === 0 ? 'OK' : `${problems.length} FAILED`}`,
  );
  return problems.length === 0 ? 0 : 1;
}

async function healthStatus(baseUrl) {
  try {
    const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) });
    await res.arrayBuffer();
    return res.status;
  } catch (err) {
    return err.name === 'TimeoutError' ? 'timeout' : 'no-answer';
  }
}

function auditVerify(env) {
  try {
    const text = execFileSync(process.execPath, [join(REPO, 'dist/server/cli.js'), 'audit', 'verify'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, text: text.trim().split('\n')[0] };
  } catch (err) {
    return { ok: false, text: `${err.stdout ?? ''}${err.stderr ?? ''}`.trim().slice(0, 400) };
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
