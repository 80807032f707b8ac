// The audit backlog: how many audit entries are committed but not yet linked into the hash chain
// by the background sealer. Requests only INSERT their entry; the sealer (a job every
// AUDIT_SEAL_INTERVAL_SECONDS) links them. After a write-heavy scenario the backlog should
// drain within about one seal interval: that shows the sealer keeps up.
//
// Two probes:
// - postgres: a plain `count(*) WHERE chain_seq IS NULL` over a separate `pg` connection —
//   no side effects, so the probe can poll often.
// - embedded: PGlite is single-process (the server holds the data directory), so the only way in
//   is the API: GET /api/audit/verify as demo.privacy_officer, which answers {ok, checked,
//   unsealed, oldestUnsealedAt}. That call writes one audit entry of its own (reading the log is
//   logged) before it counts, so "caught up" there means unsealed ≤ 1, and it walks the whole
//   chain, so it is polled only once a second.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { getJson } from './http.mjs';

/** A probe for a PostgreSQL database (by URL). */
export function postgresProbe(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'keukentafel-bench' });
  let connected = null;
  return {
    ownEntriesPerRead: 0,
    pollMs: 250,
    async read() {
      connected ??= client.connect();
      await connected;
      const { rows } = await client.query(
        `SELECT count(*)::int AS unsealed, min(occurred_at) AS oldest,
                (SELECT count(*)::int FROM audit_event) AS total
           FROM audit_event WHERE chain_seq IS NULL`,
      );
      return { unsealed: rows[0].unsealed, total: rows[0].total, oldestUnsealedAt: rows[0].oldest };
    },
    async close() {
      if (connected) await client.end().catch(() => {});
    },
  };
}

/** A probe through the API of a running (embedded) instance, with a privacy officer's cookie. */
export function apiProbe(baseUrl, cookie) {
  return {
    ownEntriesPerRead: 1, // the verify call logs itself before it counts
    pollMs: 1000,
    async read() {
      const v = await getJson(baseUrl, '/api/audit/verify', cookie);
      return {
        unsealed: v.unsealed,
        total: v.checked + v.unsealed,
        oldestUnsealedAt: v.oldestUnsealedAt,
        chainOk: v.ok,
      };
    },
    async close() {},
  };
}

/**
 * The backlog left by a scenario that ended at `endedAt` (ms since the epoch, this host's clock —
 * the server runs on the same host): read right away, again about `laterSeconds` later, and
 * polled until caught up or `maxSeconds` passed.
 *
 * "Caught up" means no entry from the scenario is unsealed any more: nothing unsealed, or the
 * oldest unsealed entry is younger than the scenario's end (then it is one of the probe's own).
 * The sealer links everything committed in id order, so once the oldest is younger, all of the
 * scenario's entries are in the chain.
 */
export async function measureBacklog(probe, { endedAt, laterSeconds, maxSeconds }) {
  const fromScenario = (r) =>
    r.unsealed === 0 || (r.oldestUnsealedAt && new Date(r.oldestUnsealedAt).getTime() > endedAt) ? 0 : r.unsealed;
  const t0 = Date.now();
  const first = await probe.read();
  const oldestAgeSeconds = first.oldestUnsealedAt
    ? Math.max(0, (t0 - new Date(first.oldestUnsealedAt).getTime()) / 1000)
    : 0;
  let later = null;
  let caughtUpSeconds = fromScenario(first) === 0 ? 0 : null;
  for (;;) {
    if (later && caughtUpSeconds !== null) break;
    if ((Date.now() - t0) / 1000 > maxSeconds) break;
    await sleep(probe.pollMs);
    const now = await probe.read();
    const at = (Date.now() - t0) / 1000;
    if (caughtUpSeconds === null && fromScenario(now) === 0) caughtUpSeconds = at;
    if (!later && at >= laterSeconds) later = { ...now, atSeconds: at };
  }
  return {
    // The first read's own audit entry (embedded) is not part of the backlog.
    atEnd: Math.max(0, first.unsealed - probe.ownEntriesPerRead),
    totalEntries: first.total,
    oldestAgeSeconds,
    later: later ? fromScenario(later) : null,
    laterRaw: later ? later.unsealed : null,
    laterAtSeconds: later ? later.atSeconds : null,
    caughtUpSeconds,
    maxSeconds,
  };
}
