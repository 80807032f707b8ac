// Steering dashboards at national scale (issue 14 item 10). On PostgreSQL only: creates its own
// database kt_bench_steering, starts a server on it (migrations and the demo seed, for demo.policy and
// demo.contract_manager), generates BENCH_TRAJECTORIES trajectories over 342 municipalities with their
// allocations and claims (bench/lib/generate-steering.mjs), then times every dashboard request over HTTP,
// sequentially (BENCH_STEERING_SAMPLES each, default 20, after BENCH_STEERING_WARMUP warm-up requests,
// default 3) — first the outcome summary they read is computed by its job (full, then incremental),
// timed — and shows EXPLAIN (ANALYZE, BUFFERS) of the slowest indicator statement: its SQL comes from
// the app's own query builder (dist/server/…/outcomes/queries.js, indicatorCounts) with the same filter
// the slowest request used. The database is dropped at the end. The embedded database lives inside the
// server process (PGlite has no socket), so the generator cannot reach it: embedded is skipped.
//
//   npm run build && BENCH_SECTIONS=steering BENCH_BACKENDS=postgres BENCH_TRAJECTORIES=2500000 node bench/run.mjs
//
// Environment: BENCH_TRAJECTORIES (default 200000; 2500000 for the national figure), BENCH_STEERING_SAMPLES,
// BENCH_STEERING_WARMUP, BENCH_STEERING_BATCH (trajectories per generating statement, default 250000).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { generateSteering, requestedTrajectories } from '../lib/generate-steering.mjs';
import { login } from '../lib/http.mjs';
import { startInstance } from '../lib/instance.mjs';
import { percentile } from '../lib/latency.mjs';

const DB_NAME = 'kt_bench_steering';
const PASSWORD = process.env.DEMO_PASSWORD || 'keukentafel';
const SAMPLES = Number(process.env.BENCH_STEERING_SAMPLES || 20);
const WARMUP = Number(process.env.BENCH_STEERING_WARMUP || 3);
const MUNICIPALITY = '7001';
const REGION = 'BENCH-01';
const YEAR = '2025';
const ms = (x) => (x === null || x === undefined ? '–' : x.toFixed(0));
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');

/** Sequential GETs: warm-up, then `SAMPLES` timed ones; every answer must be 200. */
async function timeGet(baseUrl, path, cookie) {
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
    const text = await res.text();
    const took = performance.now() - t0;
    if (res.status !== 200) throw new Error(`GET ${path} answered HTTP ${res.status}: ${text.slice(0, 200)}`);
    return { took, bytes: text.length };
  };
  for (let i = 0; i < WARMUP; i++) await once();
  const times = [];
  let bytes = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const r = await once();
    times.push(r.took);
    bytes = r.bytes;
  }
  times.sort((a, b) => a - b);
  return { n: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1), bytes };
}

/** The indicator statement the app sends for `filter`, compiled by the app's own builder. */
async function indicatorSql(repoDir, filter) {
  const dist = (p) => pathToFileURL(join(repoDir, 'dist', 'server', p)).href;
  const { indicatorCounts } = await import(dist('modules/insights/outcomes/queries.js'));
  const { Kysely, DummyDriver, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } =
    await import('kysely');
  const db = new Kysely({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  return sql`SELECT ${indicatorCounts(filter).sql} AS counts`.compile(db);
}

/** Enqueues the outcome summary job and waits for the server's worker to finish it; its own timing from the state row. */
async function runRefreshJob(c, payload) {
  const t0 = performance.now();
  const { rows } = await c.query(
    `INSERT INTO job (kind, payload, max_attempts) VALUES ('insights.outcome_summary.refresh', $1::jsonb, 1) RETURNING id`,
    [JSON.stringify(payload)],
  );
  const id = rows[0].id;
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const { rows: j } = await c.query(`SELECT status, last_error FROM job WHERE id = $1`, [id]);
    if (j[0].status === 'done') break;
    if (j[0].status === 'failed') throw new Error(`outcome summary job failed: ${j[0].last_error}`);
  }
  const wallMs = performance.now() - t0;
  const { rows: st } = await c.query(`SELECT last_rows, last_ms, computed_at FROM outcome_summary_state`);
  return { wallMs, rows: Number(st[0].last_rows), ms: Number(st[0].last_ms) };
}

async function withClient(url, fn) {
  const c = new pg.Client({ connectionString: url, application_name: 'keukentafel-bench-steering' });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end().catch(() => {});
  }
}

export default {
  name: 'steering',
  title: 'Steering: outcome dashboards at national scale',
  async measure(ctx) {
    if (ctx.backend !== 'postgres')
      return 'Skipped on the embedded backend: the generator needs a PostgreSQL server it can reach (PGlite lives inside the server process).';
    const n = requestedTrajectories();
    const url = new URL(ctx.settings.pgAdminUrl);
    url.pathname = `/${DB_NAME}`;
    const databaseUrl = url.toString();
    await ctx.withPgAdmin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${DB_NAME}`);
    });
    const dataDir = mkdtempSync(join(tmpdir(), 'kt-bench-steering-'));
    let server = null;
    try {
      ctx.log(`  steering: starting a server on ${DB_NAME} (migrations and demo seed)…`);
      server = await startInstance({
        entry: join(ctx.repoDir, 'dist', 'server', 'main.js'),
        cwd: ctx.repoDir,
        env: {
          NODE_ENV: 'development',
          SEED_DEMO: 'true',
          // The demo's own allocation history is not what is measured here; the small one seeds fast.
          DEMO_ALLOCATIONS: process.env.DEMO_ALLOCATIONS || 'small',
          LOG_LEVEL: 'warn',
          LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
          RATE_LIMIT_PER_MINUTE: '10000000',
          JOBS_ENABLED: 'true',
          DEMO_PASSWORD: PASSWORD,
          DATA_DIR: dataDir,
          DATABASE_URL: databaseUrl,
          DATABASE_READ_URL: '',
        },
        startTimeoutMs: 600_000,
        label: 'steering server',
      });
      const loadBefore = load();
      ctx.log(`  steering: generating ${n.toLocaleString('en')} trajectories (load average ${loadBefore})…`);
      const gen = await withClient(databaseUrl, (c) => generateSteering(c, n, ctx.log));
      // The dashboards read the outcome summary (migration 029) that the job insights.outcome_summary.refresh
      // writes: the generator loads without triggers, so recompute everything as the nightly job does —
      // through the server's own job worker — and then an incremental run over 10,000 marked families.
      ctx.log(`  steering: full outcome summary refresh by the job (load average ${load()})…`);
      const refreshFull = await withClient(databaseUrl, (c) => runRefreshJob(c, { full: true }));
      const refreshLoad = load();
      ctx.log(
        `  steering: full refresh ${refreshFull.rows.toLocaleString('en')} rows in ${(refreshFull.ms / 1000).toFixed(0)} s (job ${(refreshFull.wallMs / 1000).toFixed(0)} s end to end)`,
      );
      await withClient(databaseUrl, (c) => c.query('ANALYZE trajectory_outcome_summary'));
      const refreshInc = await withClient(databaseUrl, async (c) => {
        // A scheduled run waiting behind the full one would take the marked families first: wait for it.
        for (;;) {
          const { rows } = await c.query(
            `SELECT count(*)::int AS n FROM job WHERE kind = 'insights.outcome_summary.refresh' AND status = 'queued' AND run_at <= now()`,
          );
          if (rows[0].n === 0) break;
          await new Promise((r) => setTimeout(r, 1000));
        }
        await c.query(
          `INSERT INTO outcome_summary_stale (family_id) SELECT id FROM family TABLESAMPLE SYSTEM (1) LIMIT 10000 ON CONFLICT DO NOTHING`,
        );
        return runRefreshJob(c, {});
      });
      ctx.log(`  steering: incremental refresh ${refreshInc.rows.toLocaleString('en')} rows in ${refreshInc.ms} ms`);
      const facts = await withClient(databaseUrl, async (c) => {
        const { rows } = await c.query(
          `SELECT
            (SELECT count(*) FROM trajectory) AS trajectories, (SELECT count(*) FROM trajectory WHERE closed_at IS NOT NULL) AS closed,
            (SELECT count(*) FROM family) AS families, (SELECT count(*) FROM decision) AS decisions,
            (SELECT count(*) FROM allocation) AS allocations, (SELECT count(*) FROM claim_line) AS claim_lines,
            (SELECT count(*) FROM trajectory_satisfaction) AS satisfaction, (SELECT count(*) FROM measurement) AS measurements,
            (SELECT count(*) FROM municipality) AS municipalities,
            (SELECT count(*) FROM trajectory t JOIN family f ON f.id = t.family_id WHERE f.municipality_code = $1
              AND (t.closed_at >= '2025-01-01' AND t.closed_at < '2026-01-01' OR t.first_contact_on BETWEEN '2025-01-01' AND '2025-12-31')) AS mun_year,
            (SELECT count(*) FROM trajectory t JOIN family f ON f.id = t.family_id JOIN municipality m ON m.code = f.municipality_code WHERE m.region_code = $2
              AND (t.closed_at >= '2025-01-01' AND t.closed_at < '2026-01-01' OR t.first_contact_on BETWEEN '2025-01-01' AND '2025-12-31')) AS region_year,
            (SELECT id FROM pilot WHERE municipality_code = $1 LIMIT 1) AS pilot,
            (SELECT a.provider_id FROM allocation a WHERE a.municipality_code = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS provider,
            (SELECT id FROM team WHERE municipality_code = $1 ORDER BY name LIMIT 1) AS team,
            pg_size_pretty(pg_database_size(current_database())) AS size,
            (SELECT setting FROM pg_settings WHERE name = 'shared_buffers') AS shared_buffers, version() AS version`,
          [MUNICIPALITY, REGION],
        );
        return rows[0];
      });

      const policy = await login(server.baseUrl, 'demo.policy', PASSWORD);
      const contracts = await login(server.baseUrl, 'demo.contract_manager', PASSWORD);
      const m = { scope: 'municipality', code: MUNICIPALITY };
      const r = { scope: 'region', code: REGION };
      const range = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
      const q = (o) => new URLSearchParams(o).toString();
      const cases = [
        ['filters (options), municipality', `/api/insights/outcomes/options?${q(m)}`, policy, null],
        [
          'outcomes, municipality-year',
          `/api/insights/outcomes?${q({ ...m, period: YEAR })}`,
          policy,
          { ...m, groupBy: 'none' },
        ],
        [
          'outcomes, municipality, 2026-H1 (open period)',
          `/api/insights/outcomes?${q({ ...m, period: '2026-H1' })}`,
          policy,
          null,
        ],
        [
          'outcomes, municipality-year by entry point',
          `/api/insights/outcomes?${q({ ...m, period: YEAR, groupBy: 'entry_point' })}`,
          policy,
          { ...m, groupBy: 'entry_point' },
        ],
        [
          'outcomes, municipality-year by provider',
          `/api/insights/outcomes?${q({ ...m, period: YEAR, groupBy: 'provider' })}`,
          policy,
          { ...m, groupBy: 'provider' },
        ],
        [
          'outcomes, municipality-year by team',
          `/api/insights/outcomes?${q({ ...m, period: YEAR, groupBy: 'team' })}`,
          policy,
          { ...m, groupBy: 'team' },
        ],
        [
          'outcomes, municipality-year by level of help',
          `/api/insights/outcomes?${q({ ...m, period: YEAR, groupBy: 'level' })}`,
          policy,
          { ...m, groupBy: 'level' },
        ],
        [
          'outcomes, municipality-year, one provider',
          `/api/insights/outcomes?${q({ ...m, period: YEAR, provider: facts.provider })}`,
          policy,
          { ...m, groupBy: 'none', provider: facts.provider },
        ],
        [
          'outcomes, municipality-year, one team',
          `/api/insights/outcomes?${q({ ...m, period: YEAR, team: facts.team })}`,
          policy,
          { ...m, groupBy: 'none', team: facts.team },
        ],
        [
          'pilot against the other trajectories',
          `/api/insights/outcomes?${q({ ...m, period: YEAR, groupBy: 'pilot', pilot: facts.pilot })}`,
          policy,
          { ...m, groupBy: 'pilot', pilot: facts.pilot },
        ],
        [
          'outcomes, region-year',
          `/api/insights/outcomes?${q({ ...r, period: YEAR })}`,
          policy,
          { ...r, groupBy: 'none' },
        ],
        [
          'outcomes, region-year by municipality',
          `/api/insights/outcomes?${q({ ...r, period: YEAR, groupBy: 'municipality' })}`,
          policy,
          { ...r, groupBy: 'municipality' },
        ],
        [
          'outcomes, region-year by entry point',
          `/api/insights/outcomes?${q({ ...r, period: YEAR, groupBy: 'entry_point' })}`,
          policy,
          { ...r, groupBy: 'entry_point' },
        ],
        [
          'outcomes, region-year by provider',
          `/api/insights/outcomes?${q({ ...r, period: YEAR, groupBy: 'provider' })}`,
          policy,
          { ...r, groupBy: 'provider' },
        ],
        [
          'outcomes, region-year by team',
          `/api/insights/outcomes?${q({ ...r, period: YEAR, groupBy: 'team' })}`,
          policy,
          { ...r, groupBy: 'team' },
        ],
        [
          'outcomes, region-year by level of help',
          `/api/insights/outcomes?${q({ ...r, period: YEAR, groupBy: 'level' })}`,
          policy,
          { ...r, groupBy: 'level' },
        ],
        [
          'contracts view, region-year (demo.contract_manager)',
          `/api/insights/outcomes/contracts?${q({ ...r, period: YEAR })}`,
          contracts,
          { ...r, groupBy: 'provider' },
        ],
      ];
      // Budget against spend and signals that paid off (other branches of issue 14): timed when the
      // routes exist in the build, noted as absent otherwise. The generator makes no signals.
      const optional = [
        [
          'budget against spend, municipality-year',
          `/api/insights/budget?${q({ area: MUNICIPALITY, year: YEAR })}`,
          policy,
          null,
        ],
        ['budget against spend, region-year', `/api/insights/budget?${q({ area: REGION, year: YEAR })}`, policy, null],
        // The generated municipalities have no neighbourhoods or signals: the demo's Zwolle, in the big database.
        [
          'signals that paid off, municipality 0193 (demo)',
          `/api/insights/signal-outcomes?${q({ municipality: '0193' })}`,
          policy,
          null,
        ],
      ];
      const absent = [];
      for (const c of optional) {
        const res = await fetch(`${server.baseUrl}${c[1]}`, { headers: { cookie: c[2].cookie } });
        await res.text();
        if (res.status === 404) absent.push(c[0]);
        if (res.status === 404) ctx.log(`  steering: ${c[0]}: not in this build (404), not measured`);
        else cases.push(c);
      }
      const rows = [];
      for (const [label, path, who, filter] of cases) {
        try {
          const t = await timeGet(server.baseUrl, path, who.cookie);
          ctx.log(`  steering: ${label}: p50 ${ms(t.p50)} ms, p95 ${ms(t.p95)} ms (load ${load()})`);
          rows.push({ label, path, filter, ...t });
        } catch (err) {
          ctx.log(`  steering: ${label}: FAILED — ${err.message.slice(0, 200)}`);
          rows.push({ label, path, filter, error: err.message.slice(0, 120) });
        }
      }
      const loadAfter = load();
      const slowest = rows.filter((x) => x.filter && x.p95 !== undefined).sort((a, b) => b.p95 - a.p95)[0];
      let plan = ['(no indicator request answered)'];
      if (slowest) {
        const compiled = await indicatorSql(ctx.repoDir, {
          ...slowest.filter,
          area: { scope: slowest.filter.scope, code: slowest.filter.code },
          ...range,
        });
        plan = await withClient(databaseUrl, async (c) => {
          const res = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${compiled.sql}`, [...compiled.parameters]);
          return res.rows.map((x) => x['QUERY PLAN']);
        });
      }
      const genSteps = gen.steps.map((s) => `${s.label} ${s.seconds.toFixed(0)} s`).join(', ');
      const fmt = (x) => Number(x).toLocaleString('en');
      return [
        `Dataset: ${fmt(facts.trajectories)} trajectories (${fmt(n)} generated in ${gen.seconds.toFixed(0)} s; ${fmt(facts.closed)} closed) of ${fmt(facts.families)} families in ${fmt(facts.municipalities)} municipalities ` +
          `(342 generated, 35 regions of ten, plus the demo region), ${fmt(facts.decisions)} decisions, ${fmt(facts.allocations)} allocations, ${fmt(facts.claim_lines)} accepted claim lines, ` +
          `${fmt(facts.satisfaction)} satisfaction marks, ${fmt(facts.measurements)} instrument measurements; database ${facts.size}, shared_buffers ${facts.shared_buffers} × 8 kB. ` +
          `Measured: municipality ${MUNICIPALITY} (${fmt(facts.mun_year)} trajectories closed or started in ${YEAR}) and region ${REGION} (${fmt(facts.region_year)}).`,
        '',
        `Load average (1/5/15 min) before generating ${loadBefore}, after measuring ${loadAfter} — the machine (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, ${Math.round(freemem() / 2 ** 30)} GB free) was shared with other work.`,
        '',
        `Sequential requests over HTTP (${WARMUP} warm-up, then ${SAMPLES} timed each), as demo.policy unless named:`,
        '',
        '| request | n | p50 ms | p95 ms | max ms | answer |',
        '|---|---:|---:|---:|---:|---|',
        ...rows.map((x) =>
          x.error
            ? `| ${x.label} | 0 | – | – | – | ${x.error.replace(/\|/g, '/')} |`
            : `| ${x.label} | ${x.n} | ${ms(x.p50)} | ${ms(x.p95)} | ${ms(x.max)} | ${Math.round(x.bytes / 1024)} kB |`,
        ),
        ...(absent.length ? ['', `Not in this build, so not measured: ${absent.join('; ')}.`] : []),
        '',
        `Generator steps: ${genSteps}.`,
        '',
        `Outcome summary (migration 029, what every outcome request above reads): the full recomputation by the job insights.outcome_summary.refresh — ` +
          `run by the server's own job worker, as the nightly schedule does — wrote ${fmt(refreshFull.rows)} rows in ${(refreshFull.ms / 1000).toFixed(0)} s ` +
          `(${(refreshFull.wallMs / 1000).toFixed(0)} s from enqueueing to done; load average then ${refreshLoad}); an incremental run over 10,000 marked families ` +
          `(the five-minute schedule's work after changes) wrote ${fmt(refreshInc.rows)} rows in ${(refreshInc.ms / 1000).toFixed(1)} s. ANALYZE of the summary after the full run.`,
        '',
        slowest
          ? `EXPLAIN (ANALYZE, BUFFERS) of the slowest indicator statement ("${slowest.label}"), its SQL compiled by the app's own indicatorCounts() from dist/server with the same filter:`
          : '',
        '',
        '<details><summary>Plan</summary>',
        '',
        '```',
        ...plan,
        '```',
        '</details>',
      ].join('\n');
    } finally {
      if (server?.isRunning()) await server.stop(30_000).catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
      await ctx.withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`)).catch(() => {});
    }
  },
};
