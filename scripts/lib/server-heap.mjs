// The V8 heap limit a PostgreSQL-backed server runs with (issue 16 item 3). One place for `npm start`
// (scripts/start.mjs) and the bench (bench/run.mjs), so the bench measures what production runs.
//
// Why: under a read load V8 lets its old space fill with dead objects before a full collection, and a
// PostgreSQL-backed instance peaked at 240–390 MB resident; with the old space limited it collects
// early and stays under 200 MB. The figures, and why this limit and not another, are in
// bench/RESULTS.md (the memory block) and docs/operations.md ("Memory of a PostgreSQL-backed instance").
// The embedded backend is left alone: PGlite's memory is WebAssembly, outside the V8 heap, and the
// server seeds its demo region in its own process.

/** MB of V8 old space for a PostgreSQL-backed server, unless MAX_OLD_SPACE_MB says otherwise. */
export const DEFAULT_MAX_OLD_SPACE_MB = 160;

const FLAG = /(^|\s)--max-old-space-size(=|\s|$)/;

/** Whether NODE_OPTIONS already sets the old-space limit (then it is honoured as it is). */
export function nodeOptionsSetHeap(env) {
  return FLAG.test(env.NODE_OPTIONS ?? '');
}

/** NODE_OPTIONS without any --max-old-space-size (for the process that migrates and seeds). */
export function withoutHeapLimit(nodeOptions) {
  return (nodeOptions ?? '')
    .replace(/(^|\s)--max-old-space-size(=\S*|\s+\S+)?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The old-space limit in MB that the start adds for this environment, or null when it adds none:
 * no DATABASE_URL (embedded), NODE_OPTIONS already sets one, or MAX_OLD_SPACE_MB=0. Throws on an
 * unusable MAX_OLD_SPACE_MB.
 */
export function maxOldSpaceMb(env) {
  const raw = (env.MAX_OLD_SPACE_MB ?? '').trim();
  let mb = DEFAULT_MAX_OLD_SPACE_MB;
  if (raw !== '') {
    mb = Number(raw);
    if (!Number.isInteger(mb) || (mb !== 0 && (mb < 64 || mb > 65_536)))
      throw new Error(`MAX_OLD_SPACE_MB must be 0 (no limit) or a whole number of MB from 64 to 65536, got "${raw}"`);
  }
  if (!env.DATABASE_URL) return null;
  if (nodeOptionsSetHeap(env)) return null;
  return mb === 0 ? null : mb;
}

/** The node flags a PostgreSQL-backed server is started with in this environment ([] for none). */
export function serverNodeArgs(env) {
  const mb = maxOldSpaceMb(env);
  return mb === null ? [] : [`--max-old-space-size=${mb}`];
}
