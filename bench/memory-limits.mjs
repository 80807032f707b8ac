// The built server on a seeded PostgreSQL database, started once per V8 old-space limit, through the
// heavy requests and a short read load (issue 16 item 3: which limit is safe as `npm start`'s default).
//
//   DATABASE_URL=postgres://…/<seeded demo db> node bench/memory-limits.mjs [limits]   # default 0,128,160,192
//
// Per limit (0 = V8's own): idle RSS; dossier and caseload under autocannon (10 connections, 1 s warm-up
// + 5 s); the family's 7.3.10 download (JSON, PDF; one after the other, then 4 + 4 at once); the CBS
// delivery file (the half-year with the most records; 3 in a row, then 4 at once); a 50,000-row signal
// CSV (new rows each run); and bench/sections/ijw.mjs (50 decisions, then a 100,000-line JW323 claim
// file, streamed). Per step: completed or not, seconds, the server's peak RSS (/proc, every 50 ms) and its
// peak JS heap used (a preloaded sampler, every 50 ms). Prints a markdown table. Synthetic data only.
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { login } from './lib/http.mjs';
import { killAllInstances, rssBytes, sampleRss, startInstance } from './lib/instance.mjs';
import { runScenario } from './lib/load.mjs';
import ijw from './sections/ijw.mjs';
import { testBsns } from './lib/bsn.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PASSWORD = process.env.DEMO_PASSWORD || 'keukentafel';
const LIMITS = (process.argv[2] ?? '0,128,160,192').split(',').map(Number);
const STEPS = (process.env.MEMORY_STEPS ?? 'reads,family,cbs,csv,ijw').split(',');
const READ_SECONDS = Number(process.env.MEMORY_READ_SECONDS || 5); // over 5: five read scenarios, not two
const CSV_ROWS = Number(process.env.MEMORY_CSV_ROWS || 50_000); // the upload's maximum is 100,000 (MAX_CSV_ROWS)
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL: a PostgreSQL database with the demo region seeded');

const work = mkdtempSync(join(tmpdir(), 'kt-memory-'));
process.on('exit', () => {
  killAllInstances();
  rmSync(work, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const dataDir = process.env.DATA_DIR || join(work, 'data');
const trace = join(work, 'heap.jsonl');
const preload = join(work, 'heap-sampler.cjs');
writeFileSync(
  preload,
  `const { appendFileSync } = require('node:fs');
setInterval(() => {
  const m = process.memoryUsage();
  appendFileSync(${JSON.stringify(trace)}, JSON.stringify({ t: Date.now(), used: m.heapUsed, total: m.heapTotal, external: m.external }) + '\\n');
}, 50).unref();\n`,
);

const mb = (bytes) => (bytes === null || bytes === undefined ? '–' : String(Math.round(bytes / 2 ** 20)));
const log = (msg) => console.log(`memory: ${msg}`);

function heapPeak(from, to) {
  if (!existsSync(trace)) return null;
  let peak = null;
  for (const line of readFileSync(trace, 'utf8').split('\n')) {
    if (!line) continue;
    const s = JSON.parse(line);
    if (s.t >= from && s.t <= to && (peak === null || s.used > peak)) peak = s.used;
  }
  return peak;
}

async function fetchOk(baseUrl, path, session, init = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: {
      cookie: session.cookie,
      ...(init.method && init.method !== 'GET' ? { 'x-csrf-token': session.csrfToken } : {}),
      ...(init.headers ?? {}),
    },
  });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status >= 300) throw new Error(`${path}: HTTP ${res.status} ${body.toString('utf8').slice(0, 200)}`);
  return body;
}

const bsns = testBsns;

function arrearsList(rows, start) {
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  const postcodes = ['8011AB', '8011BC', '8011CD', '8011EG', '8012AB', '8012BC', '8013AB', '8013BC'];
  const lines = ['bsn;postcode;huisnummer;bedrag;achterstand_sinds;signaaldatum'];
  bsns(rows, start).forEach((bsn, i) =>
    lines.push(
      `${bsn};${postcodes[i % postcodes.length]};${(i % 250) + 1};${400 + (i % 1500)},00;${iso(Date.now() - 80 * 864e5)};${iso(Date.now() - 5 * 864e5)}`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

const rows = [];

async function measureLimit(limit, index) {
  const nodeArgs = [...(limit > 0 ? [`--max-old-space-size=${limit}`] : []), '--require', preload];
  const label = limit > 0 ? `--max-old-space-size=${limit}` : 'V8 default';
  log(`── ${label} ──`);
  const server = await startInstance({
    entry: join(REPO, 'dist/server/main.js'),
    cwd: REPO,
    nodeArgs,
    env: {
      NODE_ENV: 'development',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_MINUTE: '10000000',
      DEMO_PASSWORD: PASSWORD,
      DATA_DIR: dataDir,
      DATABASE_URL: process.env.DATABASE_URL,
    },
    startTimeoutMs: 300_000,
    label,
  });
  await sleep(1500);
  const idle = rssBytes(server.pid);
  log(`idle RSS ${mb(idle)} MB (pid ${server.pid})`);
  rows.push({ label, step: 'idle after start', ok: true, seconds: null, rss: idle, heap: heapPeak(0, Date.now()) });

  const step = async (name, fn) => {
    if (!server.isRunning()) {
      rows.push({ label, step: name, ok: false, note: 'server gone' });
      return;
    }
    const t0 = Date.now();
    const rss = sampleRss(server.pid, 50);
    let ok = true;
    let note = '';
    try {
      note = (await fn()) ?? '';
    } catch (err) {
      ok = false;
      note = String(err?.message ?? err).slice(0, 160);
    }
    const peak = rss.stop();
    const t1 = Date.now();
    if (!server.isRunning()) {
      ok = false;
      note = `server died: ${JSON.stringify(server.exitInfo())} ${server.outputTail().slice(-300)}`;
    }
    const row = { label, step: name, ok, seconds: (t1 - t0) / 1000, rss: peak, heap: heapPeak(t0, t1), note };
    rows.push(row);
    log(
      `${name}: ${ok ? 'ok' : 'FAILED'} ${row.seconds.toFixed(1)} s, peak RSS ${mb(peak)} MB, heap used ${mb(row.heap)} MB ${note}`,
    );
  };

  const pro = await login(server.baseUrl, 'demo.professional', PASSWORD);
  if (STEPS.includes('reads')) {
    const caseload = JSON.parse((await fetchOk(server.baseUrl, '/api/me/caseload', pro)).toString('utf8'));
    const familyId = caseload.items[0].familyId;
    for (const [name, path] of [
      ['read load: dossier', `/api/families/${familyId}`],
      ['read load: caseload', '/api/me/caseload'],
      ...(READ_SECONDS > 5
        ? [
            ['read load: me', '/api/auth/me'],
            ['read load: plan', `/api/families/${familyId}/plan`],
            ['read load: timeline', `/api/families/${familyId}/timeline`],
          ]
        : []),
    ]) {
      await step(name, async () => {
        const r = await runScenario(
          server,
          { name, path, headers: { cookie: pro.cookie }, connections: 10 },
          { durationSeconds: READ_SECONDS, warmupSeconds: 1 },
        );
        if (r.non2xx || r.errors) throw new Error(`non-2xx ${r.non2xx}, errors ${r.errors}`);
        return `${Math.round(r.rps)} req/s, p99 ${r.p99?.toFixed(0)} ms`;
      });
    }
  }
  if (STEPS.includes('family')) {
    const family = await login(server.baseUrl, 'demo.family', PASSWORD);
    const get = (ext) => fetchOk(server.baseUrl, `/api/family-rights/export.${ext}`, family);
    await step('family download JSON ×3', async () => {
      let size = 0;
      for (let i = 0; i < 3; i++) size = (await get('json')).length;
      return `${Math.round(size / 1024)} kB each`;
    });
    await step('family download PDF ×3', async () => {
      let size = 0;
      for (let i = 0; i < 3; i++) size = (await get('pdf')).length;
      return `${Math.round(size / 1024)} kB each`;
    });
    await step('family download 4 JSON + 4 PDF at once', async () => {
      await Promise.all([...Array(4)].flatMap(() => [get('json'), get('pdf')]));
    });
  }
  if (STEPS.includes('cbs')) {
    const lead = await login(server.baseUrl, 'demo.team_lead', PASSWORD);
    const post = (path, body) =>
      fetchOk(server.baseUrl, path, lead, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const year = new Date().getUTCFullYear();
    let best = null;
    for (const y of [year, year - 1, year - 2])
      for (const half of [1, 2]) {
        try {
          const report = JSON.parse(
            (await post('/api/insights/cbs-delivery/report', { municipality: '0193', year: y, half })).toString('utf8'),
          );
          if (!best || report.deliverable > best.deliverable) best = { year: y, half, deliverable: report.deliverable };
        } catch (err) {
          log(`CBS report ${y}-H${half}: ${err.message.slice(0, 120)}`);
        }
      }
    if (!best) throw new Error('no half-year with a CBS report for 0193');
    const body = { municipality: '0193', year: best.year, half: best.half };
    await step(`CBS delivery file ×3 (${best.year}-H${best.half}, ${best.deliverable} records)`, async () => {
      let size = 0;
      for (let i = 0; i < 3; i++) size = (await post('/api/insights/cbs-delivery/file', body)).length;
      return `${Math.round(size / 1024)} kB each`;
    });
    await step('CBS delivery file 4 at once + report', async () => {
      await Promise.all([
        ...[...Array(4)].map(() => post('/api/insights/cbs-delivery/file', body)),
        post('/api/insights/cbs-delivery/report', body),
      ]);
    });
  }
  if (STEPS.includes('csv')) {
    const signaller = await login(server.baseUrl, 'demo.signaller', PASSWORD);
    const file = arrearsList(CSV_ROWS, 700_000 + index * 60_000 + (Date.now() % 5) * 1000);
    const rowsText = CSV_ROWS.toLocaleString('en');
    await step(`signal CSV upload, ${rowsText} new rows (${(file.length / 2 ** 20).toFixed(1)} MB)`, async () => {
      const report = JSON.parse(
        (
          await fetchOk(server.baseUrl, '/api/signals/uploads', signaller, {
            method: 'POST',
            headers: { 'content-type': 'text/csv', 'x-file-name': 'memory-huurachterstand.csv' },
            body: file,
          })
        ).toString('utf8'),
      );
      return `accepted ${report.rowsAccepted}, duplicates ${report.rowsDuplicate}`;
    });
  }
  if (STEPS.includes('ijw')) {
    const lines = [];
    await step('50 decisions + JW323 claim file, 100,000 lines (streamed)', async () => {
      await ijw.measure({
        baseUrl: server.baseUrl,
        serverPid: server.pid,
        repoDir: REPO,
        log: (line) => {
          lines.push(line);
          log(line.trim());
        },
        loginAs: (username) => login(server.baseUrl, username, PASSWORD),
      });
      return lines.find((l) => l.includes('claim file'))?.trim() ?? '';
    });
  }
  const stop = await server.stop();
  log(`stopped: exit code ${stop.code}, signal ${stop.signal}`);
}

for (const [i, limit] of LIMITS.entries()) {
  try {
    await measureLimit(limit, i);
  } catch (err) {
    log(`limit ${limit}: ${err.message}`);
    rows.push({ label: String(limit), step: 'start', ok: false, note: err.message.slice(0, 200) });
  }
  if (existsSync(trace)) rmSync(trace);
}

const table = [
  '| old space | step | completed | seconds | peak RSS MB | peak heap used MB | note |',
  '|---|---|---|--:|--:|--:|---|',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.step} | ${r.ok ? 'yes' : '**no**'} | ${r.seconds === null || r.seconds === undefined ? '' : r.seconds.toFixed(1)} | ${mb(r.rss)} | ${mb(r.heap)} | ${(r.note ?? '').replaceAll('|', '/')} |`,
  ),
].join('\n');
console.log(`\n${table}`);
if (process.env.MEMORY_OUT) appendFileSync(process.env.MEMORY_OUT, `${table}\n\n`);
