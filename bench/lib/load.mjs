// One load scenario: a short warm-up run, then the measured autocannon run, with the server's RSS
// sampled throughout. autocannon runs in this process, so the load generator shares the CPU
// with the server (read the figures as ratios, not capacity).
import autocannon from 'autocannon';
import { sampleRss } from './instance.mjs';

/** Nearest-rank percentile of an ascending array (ms). */
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function runAutocannon(opts, onResponse) {
  return new Promise((resolveRun, reject) => {
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolveRun(result)));
    if (onResponse) instance.on('response', onResponse);
  });
}

/**
 * Sends one request the way the scenario will, and throws unless it gets a 200: a wrong cookie
 * or a missing permission must fail loudly here, not show up as a fast run of 401s.
 */
async function preflight(baseUrl, scenario) {
  const res = await fetch(`${baseUrl}${scenario.path}`, {
    method: scenario.method ?? 'GET',
    headers: scenario.headers ?? {},
    body: scenario.body,
  });
  const text = await res.text();
  if (res.status !== 200) {
    throw new Error(
      `scenario "${scenario.name}": preflight ${scenario.method ?? 'GET'} ${scenario.path} answered HTTP ${res.status}: ${text.slice(0, 300)}`,
    );
  }
}

/**
 * Runs one scenario against `server` and returns the figures for the report:
 * req/s (mean of autocannon's per-second samples), latency p50/p95/p99 in ms over every response
 * (2xx or not), non-2xx and error counts, and the server's peak RSS during warm-up + run.
 */
export async function runScenario(server, scenario, { durationSeconds, warmupSeconds }) {
  // Scenarios are built before any of them runs; state that earlier runs change (plan versions) is read here.
  if (scenario.prepare) await scenario.prepare();
  await preflight(server.baseUrl, scenario);
  const base = {
    url: `${server.baseUrl}${scenario.path}`,
    method: scenario.method ?? 'GET',
    headers: scenario.headers ?? {},
    body: scenario.body,
    connections: scenario.connections,
    ...(scenario.requests ? { requests: scenario.requests } : {}), // a cycle of requests per connection (the mixed workload)
    ...(scenario.overallRate ? { overallRate: scenario.overallRate } : {}),
    timeout: 20, // seconds; a request slower than this counts as an error
  };
  const rss = sampleRss(server.pid);
  try {
    if (warmupSeconds > 0) await runAutocannon({ ...base, duration: warmupSeconds });
    const latencies = [];
    const result = await runAutocannon(
      { ...base, duration: durationSeconds },
      (_client, _status, _bytes, responseTime) => {
        latencies.push(responseTime);
      },
    );
    latencies.sort((a, b) => a - b);
    const nonSuccessCodes = Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, { count }]) => `${code}×${count}`);
    return {
      name: scenario.name,
      // A cycle of requests is named by what it sends, not by its preflight.
      method: scenario.shownMethod ?? base.method,
      path: scenario.shownPath ?? scenario.path,
      connections: scenario.connections,
      ...(scenario.families ? { families: scenario.families } : {}),
      durationSeconds: result.duration,
      requests: result.requests.total,
      rps: result.requests.mean,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? null,
      non2xx: result.non2xx,
      nonSuccessCodes,
      errors: result.errors,
      timeouts: result.timeouts,
      peakRssBytes: rss.stop(),
    };
  } finally {
    rss.stop();
  }
}
