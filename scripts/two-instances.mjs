// CI check: two app instances on one PostgreSQL server are interchangeable. A session made on one
// is valid on the other, and jobs enqueued once run exactly once across both.
// Usage: node scripts/two-instances.mjs postgres://postgres@127.0.0.1:5432/test
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const adminUrl = process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `kt_two_${process.pid}`;
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;
const appUrl = url.toString();
const PROBES = 300;
const instances = [];
// A fresh data directory without APP_SECRET: both instances create the development secret at the same
// moment, and must agree on it (a session made on A carries a CSRF token that B checks).
const dataDir = mkdtempSync(join(tmpdir(), 'kt-two-'));

function fail(message) {
  throw new Error(`two-instances: ${message}`);
}

function start(name, port) {
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: appUrl,
      DATA_DIR: dataDir,
      DEMO_ALLOCATIONS: 'small',
      APP_SECRET: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      INSTANCE_ID: name,
      JOBS_POLL_MS: '100',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  instances.push(child);
  return { name, base: `http://127.0.0.1:${port}`, child };
}

async function waitHealthy(instance) {
  // Migrations and the demo seed first: minutes on a busy machine.
  for (const until = Date.now() + 300_000; Date.now() < until;) {
    try {
      const res = await fetch(`${instance.base}/api/health`);
      if (res.ok) return res.json();
    } catch {
      /* not up yet */
    }
    if (instance.child.exitCode !== null) fail(`${instance.name} exited with ${instance.child.exitCode}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  fail(`${instance.name} did not become healthy`);
}

async function main() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  try {
    // Both start at once on an empty database: migrations and the demo seed must each happen once.
    const a = start('instance-a', 3201);
    const b = start('instance-b', 3202);
    const [ha, hb] = await Promise.all([waitHealthy(a), waitHealthy(b)]);
    if (ha.database !== 'postgres' || hb.database !== 'postgres') fail('instances are not on postgres');
    console.log(`both healthy: ${ha.instance}, ${hb.instance}`);

    const login = await fetch(`${a.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo.admin', password: process.env.DEMO_PASSWORD ?? 'keukentafel' }),
    });
    if (login.status !== 200) fail(`login on A answered ${login.status}`);
    const cookie = login.headers.get('set-cookie').split(';')[0];
    const { csrfToken } = await login.json();
    const meOnB = await fetch(`${b.base}/api/auth/me`, { headers: { cookie } });
    if (meOnB.status !== 200) fail(`session from A not valid on B (${meOnB.status})`);
    console.log(`session created on A is valid on B: ${(await meOnB.json()).user.username}`);
    const logoutOnB = await fetch(`${b.base}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    if (logoutOnB.status !== 204) fail(`logout on B answered ${logoutOnB.status}`);
    const meOnA = await fetch(`${a.base}/api/auth/me`, { headers: { cookie } });
    if (meOnA.status !== 401) fail(`session still valid on A after logout on B (${meOnA.status})`);
    console.log('logout on B ends the session on A');

    execFileSync(process.execPath, ['dist/server/cli.js', 'jobs', 'probe', String(PROBES)], {
      env: { ...process.env, DATABASE_URL: appUrl },
      stdio: 'inherit',
    });
    const db = new pg.Client({ connectionString: appUrl });
    await db.connect();
    try {
      let left = PROBES;
      for (let i = 0; i < 240 && left > 0; i++) {
        await new Promise((r) => setTimeout(r, 250));
        left = Number(
          (await db.query(`SELECT count(*) AS n FROM job WHERE kind = 'probe' AND status <> 'done'`)).rows[0].n,
        );
      }
      if (left > 0) fail(`${left} probe jobs not done in time`);
      const runs = (
        await db.query(
          'SELECT instance_id, count(*)::int AS n, count(DISTINCT job_id)::int AS jobs FROM job_probe GROUP BY instance_id',
        )
      ).rows;
      const total = runs.reduce((s, r) => s + r.n, 0);
      const distinct = Number((await db.query('SELECT count(DISTINCT job_id) AS n FROM job_probe')).rows[0].n);
      if (total !== PROBES || distinct !== PROBES)
        fail(`expected ${PROBES} executions of ${PROBES} jobs, got ${total} of ${distinct}`);
      console.log(`${PROBES} jobs executed exactly once: ${runs.map((r) => `${r.instance_id} ran ${r.n}`).join(', ')}`);
      const seeded = Number(
        (await db.query(`SELECT count(*) AS n FROM app_user WHERE username = 'demo.admin'`)).rows[0].n,
      );
      if (seeded !== 1) fail(`demo region seeded ${seeded} times`);
    } finally {
      await db.end();
    }
    console.log('two-instances: OK');
  } finally {
    for (const child of instances) child.kill('SIGTERM');
    await Promise.all(instances.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r)))));
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err.message ?? err);
  for (const child of instances) child.kill('SIGKILL');
  process.exit(1);
});
