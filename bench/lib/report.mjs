// Turns the collected figures into bench/RESULTS.md (and the same tables on stdout).
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

const fmt = {
  int: (n) => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en-US')),
  ms: (n) =>
    n === null || n === undefined ? '–' : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : Math.round(n).toString(),
  mb: (bytes) => (bytes ? `${Math.round(bytes / (1024 * 1024))}` : '–'),
  s: (n) => (n === null || n === undefined ? '–' : `${n.toFixed(1)} s`),
};

/** CPU, memory, Node version and the commit this run measured. */
export function describeMachine(repoDir) {
  const list = cpus();
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoDir, encoding: 'utf8' }).trim();
    dirty =
      execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
        cwd: repoDir,
        encoding: 'utf8',
      }).trim() !== '';
  } catch {
    /* not a git checkout */
  }
  return {
    cpuModel: list[0]?.model?.trim() ?? 'unknown',
    cores: list.length,
    totalMemGiB: totalmem() / 1024 ** 3,
    node: process.version,
    loadAtStart: loadavg(),
    commit,
    dirty,
  };
}

function table(results) {
  const head =
    '| scenario | conn | req/s | share of health | p50 ms | p95 ms | p99 ms | requests | non-2xx | errors | peak RSS MB |';
  const sep = '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|';
  const health = results.find((r) => r.name === 'health')?.rps;
  const share = (rps) => (health ? `${Math.round((100 * rps) / health)} %` : '–');
  const rows = results.map((r) => {
    const non2xx = r.non2xx === 0 ? '0' : `${fmt.int(r.non2xx)} (${r.nonSuccessCodes.join(', ')})`;
    const errors = r.errors === 0 ? '0' : `${fmt.int(r.errors)}${r.timeouts ? ` (${r.timeouts} timeouts)` : ''}`;
    return `| ${r.name} (\`${r.method} ${r.path}\`) | ${r.connections} | ${fmt.int(r.rps)} | ${share(r.rps)} | ${fmt.ms(r.p50)} | ${fmt.ms(r.p95)} | ${fmt.ms(r.p99)} | ${fmt.int(r.requests)} | ${non2xx} | ${errors} | ${fmt.mb(r.peakRssBytes)} |`;
  });
  return [head, sep, ...rows].join('\n');
}

function backlogLine(b, sealInterval) {
  if (!b) return '';
  const caught =
    b.caughtUpSeconds === null
      ? `**not caught up** within the ${b.maxSeconds} s watched`
      : `all of the scenario's entries sealed ${b.caughtUpSeconds.toFixed(1)} s after its end`;
  const laterNote =
    b.laterRaw !== null && b.laterRaw !== b.later
      ? ` (${b.laterRaw} unsealed in all, written by the probe itself)`
      : '';
  return [
    `Audit backlog after the audited-read scenario (sealer every ${sealInterval} s; ${fmt.int(b.totalEntries)} audit entries in the log by then):`,
    `unsealed right after the run **${fmt.int(b.atEnd)}** (oldest ${fmt.s(b.oldestAgeSeconds)} old),`,
    `${b.laterAtSeconds === null ? 'later: –' : `${b.laterAtSeconds.toFixed(1)} s later **${fmt.int(b.later)}**${laterNote}`};`,
    `${caught}.`,
  ].join(' ');
}

function backendSection(run, sealInterval) {
  const lines = [];
  lines.push(`## ${run.title}`);
  lines.push('');
  lines.push(table(run.results));
  lines.push('');
  if (run.seeded)
    lines.push(
      `First start on an empty database (migrations and the demo seed, in the server process): healthy after ${fmt.s(run.seeded.startSeconds)}, ` +
        `idle RSS then ${fmt.mb(run.seeded.idleRssBytes)} MB. The table and the figures below are from a second process started on the seeded database, as after any restart:`,
      '',
    );
  lines.push(
    `Start-up to healthy ${fmt.s(run.startSeconds)} (${run.startNote}); idle RSS after start ${fmt.mb(run.idleRssBytes)} MB; ` +
      `shutdown on SIGTERM ${fmt.s(run.stop.seconds)}, exit code ${run.stop.code ?? `signal ${run.stop.signal}`}${run.stop.forced ? ' (**had to be killed**)' : ''}.`,
  );
  lines.push('');
  lines.push(backlogLine(run.backlog, sealInterval));
  for (const part of run.measured ?? []) {
    lines.push('');
    lines.push(`### ${part.title} (${run.backend})`);
    lines.push('');
    lines.push(part.markdown.trim());
  }
  if (run.chain) {
    lines.push('');
    lines.push(
      `Chain check at the end (\`GET /api/audit/verify\`): ok = **${run.chain.ok}**, ${fmt.int(run.chain.checked)} entries checked, ${fmt.int(run.chain.unsealed)} unsealed.`,
    );
  }
  return lines.join('\n');
}

function ratioTable(runs) {
  const embedded = runs.find((r) => r.backend === 'embedded');
  const postgres = runs.find((r) => r.backend === 'postgres');
  if (!embedded || !postgres) return '';
  const cells = embedded.results.map((e) => {
    const p = postgres.results.find((r) => r.name === e.name);
    return { name: e.name, e: e.rps, p: p?.rps, ratio: p && e.rps > 0 ? p.rps / e.rps : null };
  });
  const line = cells.map((c) => `${c.name} ${c.ratio === null ? '–' : `${c.ratio.toFixed(2)}×`}`).join(' · ');
  const rows = cells.map(
    (c) => `| ${c.name} | ${fmt.int(c.e)} | ${fmt.int(c.p)} | ${c.ratio === null ? '–' : `${c.ratio.toFixed(2)}×`} |`,
  );
  return [
    '## PostgreSQL / embedded',
    '',
    `req/s ratio: ${line}`,
    '',
    '| scenario | embedded req/s | postgres req/s | postgres / embedded |',
    '|---|--:|--:|--:|',
    ...rows,
  ].join('\n');
}

/** The whole RESULTS.md text. */
export function renderReport({ machine, settings, runs, standalone = [], command }) {
  const date = new Date();
  const out = [];
  out.push('# Keukentafel benchmark results');
  out.push('');
  out.push(
    `- **Date:** ${date
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC')}`,
  );
  out.push(
    `- **Machine:** ${machine.cpuModel}, ${machine.cores} cores, ${machine.totalMemGiB.toFixed(1)} GiB memory; Node ${machine.node}`,
  );
  out.push(
    `- **Commit:** \`${machine.commit}\`${machine.dirty ? ' (with uncommitted changes in the working tree)' : ''}`,
  );
  out.push(`- **Versions:** ${settings.versions}`);
  out.push(
    `- **Settings:** ${settings.durationSeconds} s per scenario after a ${settings.warmupSeconds} s warm-up; ` +
      'autocannon in the same process as the harness, one app instance per backend on 127.0.0.1; ' +
      "`LOGIN_RATE_LIMIT_PER_MINUTE=1000000`, `RATE_LIMIT_PER_MINUTE=10000000` (the configuration's maximum), `LOG_LEVEL=warn`, `JOBS_POLL_MS=1000`.",
  );
  const load = (l) => l.map((x) => x.toFixed(2)).join(' / ');
  out.push(
    `- **Load average** (1 / 5 / 15 min) at the start ${load(machine.loadAtStart)}, at the end ${load(loadavg())} — other work on the machine shows here`,
  );
  out.push(`- **Command:** \`${command}\``);
  out.push('');
  out.push('## How to read this');
  out.push('');
  out.push(
    [
      '- This is a small, noisy, shared machine and the load generator (autocannon) runs on the same CPUs as the',
      '  server (and, for the postgres column, as PostgreSQL itself). The absolute numbers are not capacity;',
      '  compare **ratios within one run** (scenario to scenario, backend to backend), and rerun before trusting',
      '  a difference of less than ~20 %.',
      "- req/s is the mean of autocannon's per-second samples; latencies are over every response of the measured",
      '  run (warm-up excluded), p50/p95/p99 by nearest rank. `non-2xx` and `errors` (connection errors and',
      '  timeouts) should be 0; anything else is named in the cell.',
      "- Peak RSS is the server process's VmRSS from `/proc/<pid>/status`, sampled every 100 ms during warm-up and",
      "  run. With PGlite the whole database lives in that process; with PostgreSQL the database's memory is not in it.",
      '- **login** is deliberately slow: every request verifies an argon2id hash (tens of ms of CPU by design) and',
      '  writes a session row and an audit entry — a small number is the intended outcome, not a problem.',
      '- **audited read** is `POST /api/admin/users/search` with `{"q":"zwolle"}` as `demo.admin`: a need-to-know-checked read that',
      "  inserts one audit entry in the request's own transaction. The backlog line under each table shows whether",
      '  the background sealer (which links those entries into the hash chain) keeps up.',
    ].join('\n'),
  );
  for (const run of runs) {
    out.push('');
    out.push(backendSection(run, settings.sealIntervalSeconds));
  }
  const ratios = ratioTable(runs);
  if (ratios) {
    out.push('');
    out.push(ratios);
  }
  for (const part of standalone) {
    out.push('');
    out.push(`## ${part.title}`);
    out.push('');
    out.push(part.markdown.trim());
  }
  out.push('');
  out.push('## Running it');
  out.push('');
  out.push('`npm run bench` (builds, then `node bench/run.mjs`). `BENCH_DURATION=5` sets the seconds per scenario');
  out.push(
    '(default 10), `BENCH_WARMUP` the warm-up seconds (default 2), `BENCH_BACKENDS=embedded` or `postgres` runs one',
  );
  out.push('backend (default both). The postgres run needs a server at `BENCH_PG_ADMIN_URL`');
  out.push('(default `postgres://postgres@127.0.0.1:5432/postgres`) and recreates the database `BENCH_PG_DB`');
  out.push('(default `kt_bench`), dropping it again afterwards.');
  out.push('');
  return out.join('\n');
}

/** One section's figures as a block of its own: heading, when and where, then each backend's part. */
export function sectionBlock({ machine, section, runs, standalone, command }) {
  const load = (l) => l.map((x) => x.toFixed(2)).join(' / ');
  const out = [`## ${section.title}`, ''];
  out.push(
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at \`${machine.commit}\`${machine.dirty ? ' (uncommitted changes)' : ''} ` +
      `with \`${command}\`; ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}; load average ${load(machine.loadAtStart)} at the start, ${load(loadavg())} at the end.`,
  );
  for (const run of runs) {
    const part = (run.measured ?? []).find((m) => m.title === section.title);
    if (!part) continue;
    out.push('', `### ${run.title}`, '', part.markdown.trim());
  }
  const alone = standalone.find((m) => m.title === section.title);
  if (alone) out.push('', alone.markdown.trim());
  return out.join('\n');
}

/** RESULTS.md with `block` between this section's markers (added before "## Running it" the first time). */
export function mergeSectionBlock(text, name, block) {
  const open = `<!-- bench-section:${name} -->`;
  const close = `<!-- /bench-section:${name} -->`;
  const wrapped = `${open}\n${block}\n${close}`;
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a >= 0 && b > a) return text.slice(0, a) + wrapped + text.slice(b + close.length);
  const running = text.indexOf('\n## Running it');
  if (running < 0) return `${text.trimEnd()}\n\n${wrapped}\n`;
  return `${text.slice(0, running)}\n${wrapped}\n${text.slice(running)}`;
}

/**
 * A full report written over an earlier RESULTS.md keeps the earlier figures this run does not replace:
 * every `<!-- bench-section:NAME -->` block of a section that did not run this time, and every
 * `<!-- bench-keep:NAME -->` block (separate runs: national scale, earlier measurements), in their order,
 * before "## Running it".
 */
export function carryOverBlocks(previous, report, ranSections) {
  const blocks = [];
  const re = /<!-- bench-(section|keep):([a-z0-9-]+) -->[\s\S]*?<!-- \/bench-\1:\2 -->/g;
  for (const m of previous.matchAll(re)) {
    if (m[1] === 'section' && ranSections.includes(m[2])) continue;
    if (report.includes(`<!-- bench-${m[1]}:${m[2]} -->`)) continue;
    blocks.push(m[0]);
  }
  if (blocks.length === 0) return report;
  const running = report.indexOf('\n## Running it');
  const kept = blocks.join('\n\n');
  if (running < 0) return `${report.trimEnd()}\n\n${kept}\n`;
  return `${report.slice(0, running)}\n${kept}\n${report.slice(running)}`;
}
