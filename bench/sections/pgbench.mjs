// The app against the database's own limit (issue 16 item 2): for each request of the core set, the
// statements it sends are captured from the app itself (bench/lib/capture.mjs: the built app, on this
// run's database, with the statement hook the statement-budget test uses), written as a pgbench script
// — the same SQL, the same parameters, `begin`/`commit` included — and run with pgbench at the same
// concurrency (10 clients). The ratio app req/s ÷ pgbench tps says how much of the database's
// capacity for exactly this work the app reaches (issue 16 aims at ≥ 0.5).
//
// -M extended sends each statement as parse/bind/execute of an unnamed statement, as the `pg` driver
// does; -M prepared prepares once per connection (what the app could reach with named statements).
// A plan save's optimistic version check (`"current_version" = $n`, the version it replaces) is
// rewritten to match the family's row whatever its version, so every replay writes a new version as
// the app's saves do (same statements, same round trips, same writes; a second replay would otherwise
// match no row and write nothing). Reads replay as captured: their audit rows are written (and sealed
// later) as the app's are. PostgreSQL only: PGlite has no socket.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { promisify } from 'node:util';
import { openCapture, pgbenchScripts, writeScripts } from '../lib/capture.mjs';
import { getJson } from '../lib/http.mjs';

const run = promisify(execFile);
const MODES = (process.env.BENCH_PGBENCH_MODES || 'extended,prepared')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const CLIENTS = 10;

/** The requests, by the name of their scenario in the backend's table. */
async function requests(ctx) {
  const pro = await ctx.loginAs('demo.professional');
  const caseload = await getJson(ctx.baseUrl, '/api/me/caseload', pro.cookie);
  const family = caseload.items.find((i) => i.myRole === 'regisseur' && i.planVersion !== null);
  if (!family) throw new Error('pgbench section: demo.professional has no family with a plan');
  const { teams } = await getJson(ctx.baseUrl, '/api/signals/queues', pro.cookie);
  const f = family.familyId;
  const get = (url) => () => ({ method: 'GET', url, headers: { cookie: pro.cookie } });
  return [
    { name: 'health', request: () => ({ method: 'GET', url: '/api/health' }) },
    { name: 'me', request: get('/api/auth/me') },
    { name: 'dossier read', request: get(`/api/families/${f}`) },
    { name: 'caseload', request: get('/api/me/caseload') },
    { name: 'plan read', request: get(`/api/families/${f}/plan`) },
    {
      name: 'plan save',
      warm: false,
      rewrite: (sql) => sql.replace(/"current_version" = \$\d+/g, '"current_version" = "current_version"'),
      request: async () => {
        const plan = await getJson(ctx.baseUrl, `/api/families/${f}/plan`, pro.cookie);
        const content = structuredClone(plan.current.content);
        if (content.actions?.[0])
          content.actions[0].status = content.actions[0].status === 'open' ? 'in_progress' : 'open';
        return {
          method: 'PUT',
          url: `/api/families/${f}/plan`,
          headers: { cookie: pro.cookie, 'x-csrf-token': pro.csrfToken },
          payload: { baseVersion: plan.current.version, content, note: 'Voortgang bijgewerkt (bench)' },
        };
      },
    },
    { name: 'triage queue (open)', request: get(`/api/signals/queue?teamId=${teams[0].id}&state=open`) },
    { name: 'timeline', request: get(`/api/families/${f}/timeline`) },
  ];
}

/** pgbench's figures from its output: tps, average latency, failed transactions. */
function parsePgbench(stdout) {
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1];
  const latency = /latency average = ([\d.]+) ms/.exec(stdout)?.[1];
  const failed = /number of failed transactions: (\d+)/.exec(stdout)?.[1];
  return { tps: tps ? Number(tps) : null, latencyMs: latency ? Number(latency) : null, failed: Number(failed ?? 0) };
}

async function pgbench(ctx, file, mode, defines) {
  const args = ['-n', '-M', mode, '-c', String(CLIENTS), '-j', '2', '-T', String(ctx.settings.durationSeconds)];
  for (const d of defines) args.push('-D', `${d.name}=${d.value}`);
  args.push('-f', file, ctx.databaseUrl);
  try {
    const { stdout } = await run('pgbench', args, { maxBuffer: 16 * 2 ** 20 });
    return parsePgbench(stdout);
  } catch (err) {
    const out = `${err.stdout ?? ''}\n${err.stderr ?? ''}`;
    ctx.log(`    pgbench ${mode} failed: ${out.trim().split('\n').slice(-3).join(' | ')}`);
    return { ...parsePgbench(err.stdout ?? ''), error: out.trim().split('\n').at(-1)?.slice(0, 120) ?? String(err) };
  }
}

const fmt = (n, digits = 0) =>
  n === null || n === undefined ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: digits });
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : '–');

export default {
  name: 'pgbench',
  title: 'The app against pgbench with the statements it sends',
  async measure(ctx) {
    if (ctx.backend !== 'postgres')
      return '_PostgreSQL only: the embedded database has no socket for pgbench; see the PostgreSQL part._';
    const capture = await openCapture({ repoDir: ctx.repoDir, env: ctx.serverEnv });
    const rows = [];
    const listings = [];
    const dirs = [];
    const loadAtStart = loadavg();
    try {
      for (const item of await requests(ctx)) {
        const captured = await capture.capture(item.request, { warm: item.warm ?? true });
        if (captured.status !== 200)
          throw new Error(
            `pgbench: capturing ${item.name} answered ${captured.status}: ${captured.body.slice(0, 200)}`,
          );
        const statements = captured.statements;
        const app = ctx.results.find((r) => r.name === item.name);
        listings.push(
          `${item.name} — ${statements.length} statement${statements.length === 1 ? '' : 's'}:`,
          '```sql',
          ...statements.map((s) => {
            const one = s.sql.replace(/\s+/g, ' ').trim();
            return one.length > 400 ? `${one.slice(0, 400)} … (${one.length} characters)` : one;
          }),
          '```',
        );
        if (statements.length === 0) {
          rows.push(`| ${item.name} | 0 | ${fmt(app?.rps)} | – | – | – | no statements: nothing to replay |`);
          continue;
        }
        const scripts = pgbenchScripts(statements, item.rewrite ? { rewrite: item.rewrite } : {});
        const files = writeScripts(item.name, scripts);
        dirs.push(files.dir);
        const results = {};
        for (const mode of MODES) {
          ctx.log(`    pgbench ${item.name} (${statements.length} statements, -M ${mode})…`);
          results[mode] =
            mode === 'simple'
              ? await pgbench(ctx, files.simple, mode, [])
              : await pgbench(ctx, files.extended, mode, scripts.defines);
          ctx.log(
            `    pgbench ${item.name} -M ${mode}: ${fmt(results[mode].tps)} tps, ${fmt(results[mode].latencyMs, 2)} ms average`,
          );
        }
        const notes = [
          item.rewrite ? 'version check rewritten to match (see below)' : '',
          ...MODES.filter((m) => results[m].error || results[m].failed).map(
            (m) => `${m}: ${results[m].error ?? `${results[m].failed} failed`}`,
          ),
        ].filter(Boolean);
        const ext = results.extended?.tps;
        const prep = results.prepared?.tps;
        rows.push(
          `| ${item.name} | ${statements.length} | ${fmt(app?.rps)} | ${fmt(ext)} | ${ratio(app?.rps, ext)} | ${fmt(prep)} | ${ratio(app?.rps, prep)} | ${notes.join('; ')} |`,
        );
      }
    } finally {
      await capture.close();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
    const load = (l) => l.map((x) => x.toFixed(2)).join(' / ');
    return [
      `Each request's statements captured from the app (the built app on this database, through the statement hook of the statement-budget test), replayed by \`pgbench\` with the same parameters, ${CLIENTS} clients, ${ctx.settings.durationSeconds} s per mode; app req/s from this run's table above (10 connections). Load average ${load(loadAtStart)} at the start of this section, ${load(loadavg())} at its end.`,
      '',
      '| request | statements | app req/s | pgbench tps (-M extended) | app ÷ pgbench | pgbench tps (-M prepared) | app ÷ pgbench prepared | notes |',
      '|---|--:|--:|--:|--:|--:|--:|---|',
      ...rows,
      '',
      'The plan save\'s optimistic version check (`"current_version" = $n`) is rewritten to `"current_version" = "current_version"`, so every replay bumps the version and writes a new one as the app\'s saves do (same statements and round trips; replayed unchanged, every save after the first would match no row and write nothing).',
      '',
      "-M extended sends every statement as an unnamed parse/bind/execute, as the app's `pg` driver does; -M prepared prepares each once per connection. The app shares the two cores with PostgreSQL and autocannon; pgbench shares them with PostgreSQL only.",
      '',
      '<details><summary>The captured statements</summary>',
      '',
      ...listings,
      '',
      '</details>',
    ].join('\n');
  },
};
