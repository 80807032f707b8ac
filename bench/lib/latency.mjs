// Small measuring tools for sections that need more than one fixed request: an autocannon GET run
// with percentiles (for measurements taken inside a section), and a closed-loop client for writes
// whose every request depends on the answer to the previous one (optimistic plan versions).
import autocannon from 'autocannon';

/** Nearest-rank percentile of an ascending array (ms). */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Runs autocannon GET `path` for `duration` s after `warmup` s; throws unless a preflight answers 200. */
export async function measureGet(baseUrl, path, cookie, { duration, warmup = 1, connections = 10 }) {
  const pre = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  if (pre.status !== 200)
    throw new Error(`GET ${path} answered HTTP ${pre.status}: ${(await pre.text()).slice(0, 200)}`);
  const opts = { url: `${baseUrl}${path}`, headers: { cookie }, connections, timeout: 30 };
  if (warmup > 0)
    await new Promise((res, rej) => autocannon({ ...opts, duration: warmup }, (e, r) => (e ? rej(e) : res(r))));
  const latencies = [];
  const result = await new Promise((res, rej) => {
    const inst = autocannon({ ...opts, duration }, (e, r) => (e ? rej(e) : res(r)));
    inst.on('response', (_c, _s, _b, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.mean,
    requests: result.requests.total,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Closed loop: `workers` clients, each repeatedly awaiting `step(worker)` for `duration` s.
 * `step` resolves to 'ok', 'conflict' or 'error'. Returns throughput and latency percentiles.
 */
export async function closedLoop(workers, duration, step) {
  const latencies = [];
  const counts = { ok: 0, conflict: 0, error: 0 };
  const endAt = Date.now() + duration * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      while (Date.now() < endAt) {
        const t0 = performance.now();
        const outcome = await step(w).catch(() => 'error');
        latencies.push(performance.now() - t0);
        counts[outcome] = (counts[outcome] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    ...counts,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

export const ms = (x) => (x === null || x === undefined ? '–' : x.toFixed(1));
