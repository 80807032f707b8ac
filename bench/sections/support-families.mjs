// Buurtgezinnen: the overall assignment (Hungarian algorithm on capacity-expanded columns) against
// one-by-one greedy picking on synthetic instances of 100, 500 and 2,000 requests × as many support
// families in a 40 × 40 km area, scored exactly as the app scores (compiled module from dist/).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['homework', 'play', 'day_out', 'weekend_stay', 'listening_ear', 'practical'];
const LANGS = ['nl', 'nl', 'nl', 'fy', 'ar', 'tr', 'pl', 'ti', 'en', 'uk'];
const SLOTS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((d) =>
  ['morning', 'afternoon', 'evening'].map((p) => `${d}_${p}`),
);

function instance(n, seed) {
  const rnd = prng(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const some = (xs, min, max) => {
    const k = min + Math.floor(rnd() * (max - min + 1));
    const s = new Set();
    while (s.size < k) s.add(pick(xs));
    return [...s];
  };
  // 40 × 40 km around Zwolle: distances matter, but most families have several candidates.
  const at = () => ({ latitude: 52.33 + rnd() * 0.36, longitude: 5.8 + rnd() * 0.59 });
  const requests = Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    ...at(),
    supportKinds: some(KINDS, 1, 2),
    childAges: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => 2 + Math.floor(rnd() * 14)),
    languages: some(LANGS, 1, 2),
    availability: some(SLOTS, 2, 6),
  }));
  const families = Array.from({ length: n }, (_, i) => {
    const min = Math.floor(rnd() * 9);
    return {
      id: `f${i}`,
      ...at(),
      offers: some(KINDS, 1, 3),
      languages: ['nl', ...some(LANGS, 0, 1)],
      availability: some(SLOTS, 3, 8),
      maxTravelKm: pick([3, 5, 5, 8, 10, 15]),
      maxChildren: 1 + Math.floor(rnd() * 3),
      preferredAgeMin: min,
      preferredAgeMax: Math.min(17, min + 4 + Math.floor(rnd() * 7)),
      maxFamilies: 1 + Math.floor(rnd() * 2),
      currentMatches: 0,
    };
  });
  return { requests, families };
}

export default {
  name: 'support-families',
  title: 'Buurtgezinnen: optimal assignment vs greedy',
  async standalone({ repoDir, log }) {
    const dist = join(repoDir, 'dist', 'server', 'modules', 'support-families');
    const { scorePair } = await import(pathToFileURL(join(dist, 'suggestions', 'scoring.js')).href);
    const { optimalAssignment, greedyAssignment } = await import(
      pathToFileURL(join(dist, 'assignment', 'solve.js')).href
    );
    const lines = [
      '| requests × families | eligible pairs | scoring ms | optimal ms | greedy ms | optimal total (pairs) | greedy total (pairs) | optimal better by |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const n of [100, 500, 2000]) {
      const { requests, families } = instance(n, 4242 + n);
      let t = performance.now();
      const candidates = [];
      requests.forEach((r, ri) =>
        families.forEach((f, fi) => {
          const s = scorePair(r, f);
          if (s.eligible) candidates.push({ request: ri, family: fi, score: s.score });
        }),
      );
      const scoringMs = performance.now() - t;
      const inst = { requests: n, capacity: families.map((f) => f.maxFamilies), candidates };
      t = performance.now();
      const best = optimalAssignment(inst);
      const optimalMs = performance.now() - t;
      t = performance.now();
      const greedy = greedyAssignment(inst);
      const greedyMs = performance.now() - t;
      const better = greedy.total > 0 ? `${(((best.total - greedy.total) / greedy.total) * 100).toFixed(1)} %` : '—';
      log(
        `support-families n=${n}: ${candidates.length} pairs, optimal ${optimalMs.toFixed(0)} ms (${best.total}), greedy ${greedyMs.toFixed(0)} ms (${greedy.total})`,
      );
      lines.push(
        `| ${n} × ${n} | ${candidates.length.toLocaleString('en')} | ${scoringMs.toFixed(0)} | ${optimalMs.toFixed(0)} | ${greedyMs.toFixed(1)} | ${best.total.toFixed(0)} (${best.pairs.length}) | ${greedy.total.toFixed(0)} (${greedy.pairs.length}) | ${better} |`,
      );
    }
    return `${lines.join('\n')}\n\nScores 0–100 per pair with the default weights; families take 1–2 families; in-process, one core.`;
  },
};
