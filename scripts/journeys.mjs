#!/usr/bin/env node
// Runs the browser journeys (`npm run test:e2e` after the build). With E2E_SHARDS=N (default 2 under
// CI=true, 1 otherwise) they run as N Playwright processes side by side, each with its own server and
// database (e2e/serve.mjs: its own PGlite directory, or its own kt_e2e_<pid> database on DATABASE_URL),
// its own free port and its own artifact directory artifacts/e2e/shard-<n>. One journey at a time in a
// shard: a journey is a user's way through the app, mostly waiting for pages, debounces and jobs, so a
// single process leaves the second core half idle; two shards fill it (e2e/README.md has the numbers).
//
//   node scripts/journeys.mjs                        # every journey (E2E_SHARDS decides how many processes)
//   node scripts/journeys.mjs --grep @postgres       # only the tagged journeys (only files with the tag)
//   E2E_SHARDS=1 node scripts/journeys.mjs           # one process: exactly `npx playwright test`
//   node scripts/journeys.mjs --plan                 # print the shards and exit
//
// Every e2e/*.journey.ts is picked up by itself: a new journey needs no entry anywhere. A journey that
// reads what another one left (the privacy officer looks for the admin's team in the audit log) names it
// in a line `// journey-runs-after: <name>`; both then go to the same shard, in alphabetical order (the
// order Playwright runs files in). A named journey that does not exist, or one that would run too late,
// stops the run with an error.
// The shards are balanced by the journeys' file sizes (longest first onto the lighter shard): on the
// measured run the two shards took 11.7 and 11.5 minutes, close enough without a table of durations to keep.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const E2E = join(ROOT, 'e2e');
const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');

const args = process.argv.slice(2);
const own = new Set(['--plan']);
const passThrough = args.filter((a) => !own.has(a));
const shardCount = Math.max(1, Number(process.env.E2E_SHARDS ?? (process.env.CI ? 2 : 1)) || 1);

const name = (file) => file.replace(/\.journey\.ts$/, '');

// A file filter on the command line (`… login`) or one shard: Playwright as it is.
// (the values of Playwright's options that take one are not file filters)
const WITH_VALUE =
  /^(--grep|-g|--grep-invert|--project|--reporter|--workers|-j|--timeout|--retries|--repeat-each|--max-failures|--output|--config|-c|--shard|--trace)$/;
const fileFilters = passThrough.filter((a, i) => !a.startsWith('-') && !WITH_VALUE.test(passThrough[i - 1] ?? ''));
if (shardCount === 1 || fileFilters.length > 0) {
  if (args.includes('--plan')) console.log('one process: npx playwright test', passThrough.join(' '));
  else run(passThrough, null).then((code) => process.exit(code));
} else {
  const shards = planShards();
  if (args.includes('--plan')) {
    shards.forEach((s, i) =>
      console.log(`shard ${i + 1} (~${Math.round(s.seconds)} s): ${s.files.map(name).join(' ')}`),
    );
    process.exit(0);
  }
  const started = Date.now();
  const seededDir = seedOnce();
  const codes = await Promise.all(
    shards.map((s, i) => run([...s.files.map((f) => `e2e/${f}`), ...passThrough], i + 1)),
  );
  if (seededDir) rmSync(seededDir, { recursive: true, force: true });
  const failed = codes.filter((c) => c !== 0).length;
  console.log(
    `\njourneys: ${shards.length} shards in ${((Date.now() - started) / 1000).toFixed(0)} s; ${failed === 0 ? 'all passed' : `${failed} shard(s) FAILED — see the [shard n] lines above and artifacts/e2e/shard-<n>/`}`,
  );
  process.exit(failed === 0 ? 0 : 1);
}

function journeyFiles() {
  let files = readdirSync(E2E).filter((f) => f.endsWith('.journey.ts'));
  // `--grep @tag`: only the files that carry the tag (a shard without any test would be an error).
  const gi = passThrough.findIndex((a) => a === '--grep' || a === '-g');
  const grep = gi >= 0 ? passThrough[gi + 1] : undefined;
  if (grep?.startsWith('@')) files = files.filter((f) => readFileSync(join(E2E, f), 'utf8').includes(grep));
  return files.sort();
}

function planShards() {
  const files = journeyFiles();
  const all = readdirSync(E2E).filter((f) => f.endsWith('.journey.ts'));
  // Groups that must share a shard (journey-runs-after), joined with a small union-find.
  const parent = new Map(files.map((f) => [f, f]));
  const find = (f) => (parent.get(f) === f ? f : find(parent.get(f)));
  for (const f of files) {
    for (const m of readFileSync(join(E2E, f), 'utf8').matchAll(/^\/\/ journey-runs-after: ([\w-]+)\s*$/gm)) {
      const before = `${m[1]}.journey.ts`;
      if (!all.includes(before)) throw new Error(`${f} says it runs after ${m[1]}, but e2e/${before} does not exist`);
      if (!(before < f))
        throw new Error(`${f} runs after ${m[1]}, but Playwright runs files alphabetically: rename one of them`);
      if (!parent.has(before)) continue; // filtered out (--grep): nothing to keep together
      parent.set(find(f), find(before));
    }
  }
  const groups = new Map();
  for (const f of files) groups.set(find(f), [...(groups.get(find(f)) ?? []), f]);

  const seconds = (f) => statSync(join(E2E, f)).size / 250; // a rough guess for --plan: only the ratios matter

  // Longest group first onto the least-loaded shard.
  const shards = Array.from({ length: Math.min(shardCount, groups.size) }, () => ({ files: [], seconds: 0 }));
  const weighted = [...groups.values()].map((g) => ({ g, s: g.reduce((a, f) => a + seconds(f), 0) }));
  for (const { g, s } of weighted.sort((a, b) => b.s - a.s)) {
    const target = shards.reduce((min, x) => (x.seconds < min.seconds ? x : min));
    target.files.push(...g);
    target.seconds += s;
  }
  for (const s of shards) s.files.sort();
  return shards;
}

/**
 * Embedded: the demo region seeded once (dist/server/cli.js seed, the environment e2e/serve.mjs gives the
 * server), which every shard's server then copies (KT_E2E_SEEDED_DATA_DIR): seeding is the larger part of a
 * server's start, and two seeds at once on two cores made both shards wait. PostgreSQL: each shard's
 * server seeds its own database as before.
 */
function seedOnce() {
  if (process.env.DATABASE_URL) return null;
  const dir = mkdtempSync(join(tmpdir(), 'kt-e2e-seeded-'));
  const t = Date.now();
  const env = { ...process.env, LOG_LEVEL: 'warn', DATA_DIR: dir, DEMO_ALLOCATIONS: 'small' };
  delete env.NODE_ENV;
  delete env.DATABASE_URL;
  execFileSync(process.execPath, [join(ROOT, 'dist/server/cli.js'), 'seed'], { cwd: ROOT, env, stdio: 'ignore' });
  console.log(`journeys: demo region seeded once for the shards in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  process.env.KT_E2E_SEEDED_DATA_DIR = dir;
  return dir;
}

/** One Playwright process; its output prefixed with [shard n] when there are several. */
function run(playwrightArgs, shard) {
  const env = { ...process.env };
  if (shard !== null) {
    env.KT_E2E_ARTIFACTS = join(ARTIFACTS, `shard-${shard}`);
    delete env.KT_E2E_PORT; // each shard's config picks a free port of its own
    delete env.KT_E2E_BASE_URL;
  }
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', ...playwrightArgs],
    {
      cwd: ROOT,
      env,
      stdio: shard === null ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  if (shard !== null) {
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) out.write(`[shard ${shard}] ${line}\n`);
      });
      stream.on('end', () => rest && out.write(`[shard ${shard}] ${rest}\n`));
    }
  }
  return new Promise((done) => child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))));
}
