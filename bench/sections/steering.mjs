// Steering dashboards at national scale (issue 14 item 10). On PostgreSQL only: creates its own
// database kt_bench_steering, starts a server on it (migrations and the demo seed, for demo.policy and
// demo.contract_manager), generates BENCH_TRAJECTORIES trajectories over 342 municipalities with their
// allocations and claims (bench/lib/generate-steering.mjs), then times every dashboard request over HTTP,
// sequentially (BENCH_STEERING_SAMPLES each, default 20, after BENCH_STEERING_WARMUP warm-up requests,
// default 3) — first the outcome summary they read is computed by its job (full, then incremental over
// BENCH_STEERING_STALE marked families, default 10,000, with the five-minute schedule held back so the
// timed run is the one that takes them), timed — and shows EXPLAIN (ANALYZE, BUFFERS) of the slowest
// dashboard statement and of the slowest indicator statement: their SQL comes from the app's own query
// builders (dist/server/…/outcomes/queries.js indicatorCounts; …/budget/queries.js budgetBreakdownQuery
// and …/contracts/budget.js budgetFiguresQuery) with the same filter the request used. The database is
// dropped at the end. The embedded database lives inside the server process (PGlite has no socket), so
// the generator cannot reach it: embedded is skipped.
//
//   npm run build && BENCH_SECTIONS=steering BENCH_BACKENDS=postgres BENCH_TRAJECTORIES=2500000 node bench/run.mjs
//
// Environment: BENCH_TRAJECTORIES (default 200000; 2500000 for the national figure), BENCH_STEERING_SAMPLES,
// BENCH_STEERING_WARMUP, BENCH_STEERING_BATCH (trajectories per generating statement, default 250000),
// BENCH_STEERING_STALE (families marked for the incremental timing), BENCH_STEERING_DB (the database,
// default kt_bench_steering). To measure again without generating again (≈16 min at 2.5 M):
// BENCH_STEERING_KEEP=1 keeps the database (and the server's data directory) after the run, and
// BENCH_STEERING_REUSE=1 starts on a kept one (migrations still apply), skipping the generator.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { generateSteering, requestedTrajectories } from '../lib/generate-steering.mjs';
import { login } from '../lib/http.mjs';
import { startInstance } from '../lib/instance.mjs';
import { percentile } from '../lib/latency.mjs';

const DB_NAME = process.env.BENCH_STEERING_DB || 'kt_bench_steering';
if (!/^[a-z_][a-z0-9_]*$/.test(DB_NAME)) throw new Error(`BENCH_STEERING_DB must be a plain name, got "${DB_NAME}"`);
const KEEP = process.env.BENCH_STEERING_KEEP === '1';
const REUSE = process.env.BENCH_STEERING_REUSE === '1';
const STALE = Number(process.env.BENCH_STEERING_STALE || 10_000);
/** The five-minute schedule (src/modules/insights/module.ts). */
const INCREMENTAL_SCHEDULE = 'insights-outcome-summary';
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
  const { sql } = await import('kysely');
  const db = await dummyKysely();
  return sql`SELECT ${indicatorCounts(filter).sql} AS counts`.compile(db);
}

/** The two budget statements the app sends for a municipality or region and year, compiled by its own builders. */
async function budgetSql(repoDir, selection) {
  const dist = (p) => pathToFileURL(join(repoDir, 'dist', 'server', p)).href;
  const { budgetBreakdownQuery } = await import(dist('modules/insights/budget/queries.js'));
  const { budgetFiguresQuery } = await import(dist('modules/allocations/contracts/budget.js'));
  const db = await dummyKysely();
  return [
    [
      'budgetBreakdownQuery (per line, scope, provider, category and month)',
      budgetBreakdownQuery(selection).compile(db),
    ],
    ['budgetFiguresQuery (per budget line)', budgetFiguresQuery(selection).compile(db)],
  ];
}

async function dummyKysely() {
  const { Kysely, DummyDriver, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } = await import('kysely');
  return new Kysely({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

async function explain(databaseUrl, compiled) {
  return withClient(databaseUrl, async (c) => {
    await c.query('SET jit = off'); // as the app's own connections
    const res = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${compiled.sql}`, [...compiled.parameters]);
    return res.rows.map((x) => x['QUERY PLAN']);
  });
}

/**
 * The incremental run as the five-minute schedule makes it: `count` families marked, then the job. The
 * schedule is held back meanwhile (and runs already queued are waited for), so the timed run is the one
 * that takes the marked families; the rows it wrote are checked against their trajectories.
 */
async function timeIncremental(c, count) {
  await c.query(`UPDATE job_schedule SET next_run_at = now() + interval '1 day' WHERE name = $1`, [
    INCREMENTAL_SCHEDULE,
  ]);
  try {
    for (;;) {
      const { rows } = await c.query(
        `SELECT count(*)::int AS n FROM job WHERE kind = 'insights.outcome_summary.refresh' AND status = 'queued' AND run_at <= now()`,
      );
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const { rows: left } = await c.query(`SELECT count(DISTINCT family_id)::int AS n FROM outcome_summary_stale`);
    await c.query(
      `INSERT INTO outcome_summary_stale (family_id) SELECT id FROM family TABLESAMPLE SYSTEM (2) LIMIT $1 ON CONFLICT DO NOTHING`,
      [count],
    );
    const { rows: marked } = await c.query(
      `SELECT count(DISTINCT s.family_id)::int AS families, count(t.id)::int AS trajectories
       FROM (SELECT DISTINCT family_id FROM outcome_summary_stale) s LEFT JOIN trajectory t ON t.family_id = s.family_id`,
    );
    const run = await runRefreshJob(c, {});
    const { rows: after } = await c.query(`SELECT count(*)::int AS n FROM outcome_summary_stale`);
    return {
      ...run,
      families: marked[0].families,
      trajectories: marked[0].trajectories,
      leftBefore: left[0].n,
      valid: run.rows === marked[0].trajectories && after[0].n === 0,
    };
  } finally {
    await c.query(`UPDATE job_schedule SET next_run_at = now() WHERE name = $1`, [INCREMENTAL_SCHEDULE]);
  }
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
    const reuse =
      REUSE &&
      (await ctx.withPgAdmin(
        async (c) => (await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DB_NAME])).rows.length > 0,
      ));
    if (!reuse) {
      await ctx.withPgAdmin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
        await c.query(`CREATE DATABASE ${DB_NAME}`);
      });
    }
    // A kept database keeps its server's data directory (the app secret lives there).
    const keptDir = join(tmpdir(), `${DB_NAME}-data`);
    if (KEEP || reuse) mkdirSync(keptDir, { recursive: true });
    const dataDir = KEEP || reuse ? keptDir : mkdtempSync(join(tmpdir(), 'kt-bench-steering-'));
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
      let gen = null;
      if (reuse) ctx.log(`  steering: reusing the generated data in ${DB_NAME} (BENCH_STEERING_REUSE)`);
      else {
        ctx.log(`  steering: generating ${n.toLocaleString('en')} trajectories (load average ${loadBefore})…`);
        gen = await withClient(databaseUrl, (c) => generateSteering(c, n, ctx.log));
      }
      // The dashboards read the outcome summary (migration 029) that the job insights.outcome_summary.refresh
      // writes: the generator loads without triggers, so recompute everything as the nightly job does —
      // through the server's own job worker — and then an incremental run over 10,000 marked families.
      const fullLoad = load();
      ctx.log(`  steering: full outcome summary refresh by the job (load average ${fullLoad})…`);
      const refreshFull = await withClient(databaseUrl, (c) => runRefreshJob(c, { full: true }));
      const refreshLoad = load();
      ctx.log(
        `  steering: full refresh ${refreshFull.rows.toLocaleString('en')} rows in ${(refreshFull.ms / 1000).toFixed(0)} s (job ${(refreshFull.wallMs / 1000).toFixed(0)} s end to end)`,
      );
      await withClient(databaseUrl, (c) => c.query('ANALYZE trajectory_outcome_summary'));
      const refreshInc = await withClient(databaseUrl, (c) => timeIncremental(c, STALE));
      const incLoad = load();
      ctx.log(
        `  steering: incremental refresh of ${refreshInc.families} marked families: ${refreshInc.rows.toLocaleString('en')} rows ` +
          `(${refreshInc.trajectories} expected${refreshInc.valid ? '' : ', NOT VALID'}) in ${refreshInc.ms} ms (job ${Math.round(refreshInc.wallMs)} ms end to end)`,
      );
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
          MUNICIPALITY,
        ],
        [
          'budget against spend, region-year',
          `/api/insights/budget?${q({ area: REGION, year: YEAR })}`,
          policy,
          null,
          REGION,
        ],
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
      for (const [label, path, who, filter, budgetArea] of cases) {
        try {
          const t = await timeGet(server.baseUrl, path, who.cookie);
          ctx.log(`  steering: ${label}: p50 ${ms(t.p50)} ms, p95 ${ms(t.p95)} ms (load ${load()})`);
          rows.push({ label, path, filter, budgetArea, ...t, load: load() });
        } catch (err) {
          ctx.log(`  steering: ${label}: FAILED — ${err.message.slice(0, 200)}`);
          rows.push({ label, path, filter, budgetArea, error: err.message.slice(0, 120), load: load() });
        }
      }
      const loadAfter = load();
      const answered = rows.filter((x) => x.p95 !== undefined).sort((a, b) => b.p95 - a.p95);
      const slowest = answered.filter((x) => x.filter)[0];
      const plans = [];
      // The slowest request of all, when it is budget against spend: both its statements.
      const slowestAll = answered[0];
      if (slowestAll?.budgetArea) {
        const codes = await withClient(databaseUrl, async (c) => {
          const { rows: ms } = await c.query(
            `SELECT code FROM municipality WHERE code = $1 OR region_code = $1 ORDER BY code`,
            [slowestAll.budgetArea],
          );
          return ms.map((x) => x.code);
        });
        for (const [name, compiled] of await budgetSql(ctx.repoDir, { municipalityCodes: codes, year: Number(YEAR) })) {
          plans.push({
            title: `the slowest request of all ("${slowestAll.label}", p95 ${ms(slowestAll.p95)} ms): ${name}, compiled by the app's own builder from dist/server for the same area and year`,
            lines: await explain(databaseUrl, compiled),
          });
        }
      }
      if (slowest) {
        const compiled = await indicatorSql(ctx.repoDir, {
          ...slowest.filter,
          area: { scope: slowest.filter.scope, code: slowest.filter.code },
          ...range,
        });
        plans.push({
          title: `the slowest indicator request ("${slowest.label}", p95 ${ms(slowest.p95)} ms${slowest === slowestAll ? ', the slowest of all' : ''}): its SQL compiled by the app's own indicatorCounts() from dist/server with the same filter`,
          lines: await explain(databaseUrl, compiled),
        });
      }
      const genSteps = gen ? gen.steps.map((s) => `${s.label} ${s.seconds.toFixed(0)} s`).join(', ') : null;
      const fmt = (x) => Number(x).toLocaleString('en');
      return [
        `Dataset: ${fmt(facts.trajectories)} trajectories (${gen ? `${fmt(n)} generated in ${gen.seconds.toFixed(0)} s` : `generated by an earlier run, reused`}; ${fmt(facts.closed)} closed) of ${fmt(facts.families)} families in ${fmt(facts.municipalities)} municipalities ` +
          `(342 generated, 35 regions of ten, plus the demo region), ${fmt(facts.decisions)} decisions, ${fmt(facts.allocations)} allocations, ${fmt(facts.claim_lines)} accepted claim lines, ` +
          `${fmt(facts.satisfaction)} satisfaction marks, ${fmt(facts.measurements)} instrument measurements; database ${facts.size}, shared_buffers ${facts.shared_buffers} × 8 kB. ` +
          `Measured: municipality ${MUNICIPALITY} (${fmt(facts.mun_year)} trajectories closed or started in ${YEAR}) and region ${REGION} (${fmt(facts.region_year)}).`,
        '',
        `Load average (1/5/15 min) before generating ${loadBefore}, when the full refresh started ${fullLoad}, after it ${refreshLoad}, after the incremental run ${incLoad}, after measuring ${loadAfter} — the machine (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, ${Math.round(freemem() / 2 ** 30)} GB free) was shared with other work.`,
        '',
        `Sequential requests over HTTP (${WARMUP} warm-up, then ${SAMPLES} timed each), as demo.policy unless named:`,
        '',
        '| request | n | p50 ms | p95 ms | max ms | answer | load (1/5/15) at the end |',
        '|---|---:|---:|---:|---:|---|---|',
        ...rows.map((x) =>
          x.error
            ? `| ${x.label} | 0 | – | – | – | ${x.error.replace(/\|/g, '/')} | ${x.load} |`
            : `| ${x.label} | ${x.n} | ${ms(x.p50)} | ${ms(x.p95)} | ${ms(x.max)} | ${Math.round(x.bytes / 1024)} kB | ${x.load} |`,
        ),
        ...(absent.length ? ['', `Not in this build, so not measured: ${absent.join('; ')}.`] : []),
        '',
        ...(genSteps ? [`Generator steps: ${genSteps}.`, ''] : []),
        `Outcome summary (migration 029, what every outcome request above reads): the full recomputation by the job insights.outcome_summary.refresh — ` +
          `run by the server's own job worker, as the nightly schedule does — wrote ${fmt(refreshFull.rows)} rows in ${(refreshFull.ms / 1000).toFixed(0)} s ` +
          `(${(refreshFull.wallMs / 1000).toFixed(0)} s from enqueueing to done). ANALYZE of the summary after the full run. ` +
          `Incremental (the five-minute schedule's work after changes): ${fmt(refreshInc.families)} families marked stale, the job (through the worker, the schedule held back) ` +
          `recomputed their ${fmt(refreshInc.rows)} trajectories in ${(refreshInc.ms / 1000).toFixed(1)} s (${(refreshInc.wallMs / 1000).toFixed(1)} s from enqueueing to done)` +
          (refreshInc.valid
            ? ` — the rows it wrote are the marked families' ${fmt(refreshInc.trajectories)} trajectories and nothing stayed marked.`
            : ` — NOT VALID: ${fmt(refreshInc.trajectories)} trajectories were marked${refreshInc.leftBefore ? ` (${fmt(refreshInc.leftBefore)} families were already marked before)` : ''}, the run wrote ${fmt(refreshInc.rows)}.`),
        ...plans.flatMap((p) => [
          '',
          `EXPLAIN (ANALYZE, BUFFERS) of ${p.title}:`,
          '',
          '<details><summary>Plan</summary>',
          '',
          '```',
          ...p.lines,
          '```',
          '</details>',
        ]),
      ].join('\n');
    } finally {
      if (server?.isRunning()) await server.stop(30_000).catch(() => {});
      if (KEEP) ctx.log(`  steering: kept ${DB_NAME} and ${dataDir} (BENCH_STEERING_KEEP): drop them when done`);
      else {
        rmSync(dataDir, { recursive: true, force: true });
        await ctx.withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`)).catch(() => {});
      }
    }
  },
};
