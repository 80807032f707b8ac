// Dossier, plan update and caseload (issue 3 item 13), on the seeded demo region:
//   scenarios (autocannon, each backend's table): dossier read — GET /api/families/:id as its
//     regisseur (demo.professional) — and caseload — GET /api/me/caseload.
//   measure: plan update with a closed-loop client — every PUT /api/families/:id/plan must carry
//     the current version (optimistic versioning), so each of 4 workers owns one family, sends
//     baseVersion = the version its last save returned, and counts 409s as conflicts.
//   national scale: `node bench/run.mjs --families 1000000` (or BENCH_FAMILIES=1000000) then
//     generates that many families on PostgreSQL set-based (bench/lib/generate-families.mjs),
//     measures dossier read and caseload at that scale as a generated regisseur and as
//     demo.professional, and shows EXPLAIN of both. The embedded database lives inside the server
//     process (PGlite has no socket), so the generator cannot reach it: embedded is skipped there.
import pg from 'pg';
import { generateFamilies, requestedFamilies } from '../lib/generate-families.mjs';
import { getJson, login } from '../lib/http.mjs';
import { closedLoop, measureGet, ms } from '../lib/latency.mjs';

const PASSWORD = process.env.DEMO_PASSWORD || 'keukentafel';
const WRITERS = 4;

/** demo.professional's open families where they are regisseur, those with a plan first. */
async function regisseurFamilies(baseUrl, cookie) {
  const caseload = await getJson(baseUrl, '/api/me/caseload', cookie);
  return caseload.items
    .filter((i) => i.myRole === 'regisseur')
    .sort((a, b) => (b.planVersion ?? 0) - (a.planVersion ?? 0));
}

async function planUpdate(ctx) {
  const who = await ctx.loginAs('demo.professional');
  const families = (await regisseurFamilies(ctx.baseUrl, who.cookie))
    .filter((f) => f.planVersion !== null)
    .slice(0, WRITERS);
  if (families.length === 0) return '_No family with a plan to update._';
  const state = [];
  for (const f of families) {
    const plan = await getJson(ctx.baseUrl, `/api/families/${f.familyId}/plan`, who.cookie);
    state.push({ familyId: f.familyId, version: plan.current.version, content: plan.current.content, flip: false });
  }
  const headers = { cookie: who.cookie, 'x-csrf-token': who.csrfToken, 'content-type': 'application/json' };
  const r = await closedLoop(families.length, ctx.settings.durationSeconds, async (w) => {
    const s = state[w];
    s.flip = !s.flip;
    // A real edit: one action changes status (or a strength its wording), so every version differs.
    const content = structuredClone(s.content);
    if (content.actions[0]) content.actions[0].status = s.flip ? 'in_progress' : 'open';
    else if (content.strengths[0])
      content.strengths[0].text = `${content.strengths[0].text.replace(/ \(bijgewerkt\)$/, '')}${s.flip ? ' (bijgewerkt)' : ''}`;
    const res = await fetch(`${ctx.baseUrl}/api/families/${s.familyId}/plan`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ baseVersion: s.version, content, note: 'Voortgang bijgewerkt (bench)' }),
    });
    const body = await res.json();
    if (res.status === 200) {
      s.version = body.current.version;
      return 'ok';
    }
    return res.status === 409 ? 'conflict' : 'error';
  });
  ctx.log(
    `  plan update: ${r.rps.toFixed(0)} versions/s, p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms, conflicts ${r.conflict}, errors ${r.error}`,
  );
  return [
    `Plan update, closed loop (${families.length} writers, one family each, ${ctx.settings.durationSeconds} s; each PUT carries the version its previous save returned):`,
    '',
    '| versions/s | p50 ms | p95 ms | p99 ms | saved | conflicts (409) | errors |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.ok} | ${r.conflict} | ${r.error} |`,
  ].join('\n');
}

/** The caseload statement (src/modules/caseload/queries.ts) and the dossier's reads, as SQL to EXPLAIN. */
const EXPLAINS = {
  // What the app runs (src/modules/caseload/queries.ts): the relationship as a set, regisseur ∪ member
  // (relatedTrajectoryIds in src/platform/access/relationships.ts), so both look-ups use their index.
  caseload: `SELECT t.id, f.reference, p.current_version,
      (SELECT min(r->>'date') FROM jsonb_array_elements(pv.content->'reviews') r WHERE (r->>'date') >= $2) AS next_review,
      (SELECT count(*) FROM jsonb_array_elements(pv.content->'actions') a WHERE (a->>'due') < $2 AND coalesce(a->>'status', 'open') NOT IN ('done', 'cancelled')) AS overdue,
      (SELECT min(s.signed_on) FROM plan_sign_off s WHERE s.family_id = t.family_id) AS first_signed,
      EXISTS (SELECT 1 FROM plan_sign_off s WHERE s.family_id = t.family_id AND s.version = p.current_version) AS current_signed,
      (SELECT max(m.held_on) FROM meeting m WHERE m.family_id = t.family_id AND m.confirmed_at IS NOT NULL) AS last_meeting
    FROM trajectory t JOIN family f ON f.id = t.family_id LEFT JOIN plan p ON p.family_id = t.family_id
    LEFT JOIN plan_version pv ON pv.family_id = p.family_id AND pv.version = p.current_version
    WHERE t.status <> 'closed' AND t.id IN (SELECT x.id FROM trajectory x WHERE x.regisseur_id = $1 UNION ALL SELECT tm.trajectory_id FROM trajectory_member tm WHERE tm.user_id = $1)
    ORDER BY f.reference LIMIT 500`,
  // The same statement as it was written before: regisseur_id = me OR EXISTS (member). Kept for the
  // comparison — PostgreSQL cannot use an index for the OR and walks the family table in reference order.
  'caseload, relationship as OR EXISTS (before)': `SELECT t.id, f.reference, p.current_version,
      (SELECT min(r->>'date') FROM jsonb_array_elements(pv.content->'reviews') r WHERE (r->>'date') >= $2) AS next_review,
      (SELECT count(*) FROM jsonb_array_elements(pv.content->'actions') a WHERE (a->>'due') < $2 AND coalesce(a->>'status', 'open') NOT IN ('done', 'cancelled')) AS overdue,
      (SELECT min(s.signed_on) FROM plan_sign_off s WHERE s.family_id = t.family_id) AS first_signed,
      EXISTS (SELECT 1 FROM plan_sign_off s WHERE s.family_id = t.family_id AND s.version = p.current_version) AS current_signed,
      (SELECT max(m.held_on) FROM meeting m WHERE m.family_id = t.family_id AND m.confirmed_at IS NOT NULL) AS last_meeting
    FROM trajectory t JOIN family f ON f.id = t.family_id LEFT JOIN plan p ON p.family_id = t.family_id
    LEFT JOIN plan_version pv ON pv.family_id = p.family_id AND pv.version = p.current_version
    WHERE t.status <> 'closed' AND (t.regisseur_id = $1 OR EXISTS (SELECT 1 FROM trajectory_member tm WHERE tm.trajectory_id = t.id AND tm.user_id = $1))
    ORDER BY f.reference LIMIT 500`,
  // The team lead's page (src/modules/caseload/queries.ts): one page of the open trajectories of the user's team(s) and the total.
  'team caseload page': `SELECT t.id, f.reference, t.status, t.opened_at, t.regisseur_id, count(*) OVER () AS total
    FROM team_membership m JOIN trajectory t ON t.team_id = m.team_id JOIN family f ON f.id = t.family_id
    WHERE m.user_id = $1 AND t.status <> 'closed'
    ORDER BY t.opened_at, t.id LIMIT 50`,
  'dossier: people': `SELECT id, kind, given_name FROM person WHERE family_id = $1 ORDER BY array_position(ARRAY['parent','child','household','network']::text[], kind), birth_date, given_name`,
  'dossier: story': `SELECT s.body, u.display_name FROM family_story s JOIN app_user u ON u.id = s.author_id WHERE s.family_id = $1 AND s.kind = 'story' ORDER BY s.version DESC LIMIT 1`,
  'dossier: trajectory and relationship': `SELECT t.id FROM trajectory t WHERE t.family_id = $1 AND (t.regisseur_id = $2 OR EXISTS (SELECT 1 FROM trajectory_member m WHERE m.trajectory_id = t.id AND m.user_id = $2))
    ORDER BY t.status = 'closed', t.opened_at DESC LIMIT 1`,
};
/** The caseload takes (user, today); the team page (user); the dossier reads take (family, user) where they use them. */
const argsFor = (name, text, { userId, today, familyId }) =>
  name.startsWith('caseload')
    ? text.includes('$2')
      ? [userId, today]
      : [userId]
    : name.startsWith('team')
      ? [userId]
      : text.includes('$2')
        ? [familyId, userId]
        : [familyId];

async function explainAll(databaseUrl, userId, familyId) {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'keukentafel-bench' });
  await client.connect();
  try {
    const out = [];
    const today = new Date().toISOString().slice(0, 10);
    for (const [name, text] of Object.entries(EXPLAINS)) {
      const { rows } = await client.query(
        `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${text}`,
        argsFor(name, text, { userId, today, familyId }),
      );
      const plan = rows.map((r) => r['QUERY PLAN']);
      // Full scans of the large tables, and index walks that visit more than 10,000 rows (an ORDER BY … LIMIT walking the whole index).
      const seqScans = plan.filter(
        (l) =>
          /Seq Scan on (family|trajectory|trajectory_member|person|plan|plan_version|plan_sign_off|meeting|family_story)\b/.test(
            l,
          ) ||
          (/Index (Only )?Scan/.test(l) && Number(/rows=(\d+) loops=1\)/.exec(l)?.[1] ?? 0) > 10_000),
      );
      const time = plan.find((l) => l.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?';
      out.push({ name, time, seqScans, plan });
    }
    return out;
  } finally {
    await client.end();
  }
}

async function atScale(ctx, n) {
  if (ctx.backend !== 'postgres') {
    return `National scale (${n.toLocaleString('en')} families): skipped on the embedded database — PGlite runs inside the server process without a socket, so the set-based generator cannot reach it; measure national scale on PostgreSQL.`;
  }
  ctx.log(`  generating ${n.toLocaleString('en')} families on PostgreSQL (set-based)…`);
  const client = new pg.Client({ connectionString: ctx.databaseUrl, application_name: 'keukentafel-bench' });
  await client.connect();
  let gen;
  try {
    gen = await generateFamilies(client, n, ctx.log);
  } finally {
    await client.end();
  }
  // Families and users by SQL, not through the caseload: at scale the caseload itself may time out.
  const lookup = new pg.Client({ connectionString: ctx.databaseUrl, application_name: 'keukentafel-bench' });
  await lookup.connect();
  let picked;
  try {
    picked = (
      await lookup.query(`SELECT
        (SELECT id FROM app_user WHERE username = 'bench.prof1') AS bench_user,
        (SELECT t.family_id FROM trajectory t JOIN app_user u ON u.id = t.regisseur_id WHERE u.username = 'bench.prof1' AND t.status = 'in_progress' ORDER BY t.family_id LIMIT 1) AS bench_family,
        (SELECT count(*) FROM trajectory t JOIN app_user u ON u.id = t.regisseur_id WHERE u.username = 'bench.prof1' AND t.status <> 'closed') AS bench_open,
        (SELECT id FROM family WHERE reference = 'G-0193-0004') AS demo_family`)
    ).rows[0];
  } finally {
    await lookup.end();
  }
  const bench = await login(ctx.baseUrl, 'bench.prof1', PASSWORD);
  const demo = await ctx.loginAs('demo.professional');
  const opts = { duration: ctx.settings.durationSeconds, warmup: ctx.settings.warmupSeconds, connections: 10 };
  const runs = [
    ['dossier read (bench.prof1, generated family)', `/api/families/${picked.bench_family}`, bench.cookie],
    ['caseload (bench.prof1)', '/api/me/caseload', bench.cookie],
    ['dossier read (demo.professional, G-0193-0004)', `/api/families/${picked.demo_family}`, demo.cookie],
    ['caseload (demo.professional)', '/api/me/caseload', demo.cookie],
  ];
  const rows = [];
  for (const [name, path, cookie] of runs) {
    try {
      const r = await measureGet(ctx.baseUrl, path, cookie, opts);
      if (r.requests === 0) {
        // Not one answer within the run: time a single request on its own instead.
        const t0 = performance.now();
        const res = await fetch(`${ctx.baseUrl}${path}`, { headers: { cookie } });
        await res.text();
        const single = (performance.now() - t0) / 1000;
        ctx.log(
          `  at scale, ${name}: no answer within ${opts.duration} s under load; one request alone: HTTP ${res.status} after ${single.toFixed(1)} s`,
        );
        rows.push(
          `| ${name} | 0 | – | – | – | no answer within the run; one request alone: HTTP ${res.status} after ${single.toFixed(1)} s | ${r.errors} |`,
        );
        continue;
      }
      ctx.log(
        `  at scale, ${name}: ${Math.round(r.rps)} req/s, p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms, non-2xx ${r.non2xx}`,
      );
      rows.push(
        `| ${name} | ${Math.round(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.non2xx} | ${r.errors} |`,
      );
    } catch (err) {
      ctx.log(`  at scale, ${name}: FAILED — ${err.message.slice(0, 160)}`);
      rows.push(
        `| ${name} | – | – | – | – | ${err.message.includes('503') ? 'preflight 503: statement timeout' : err.message.slice(0, 60)} | – |`,
      );
    }
  }
  const userId = picked.bench_user;
  const benchFamily = { familyId: picked.bench_family };
  const benchCaseload = { items: { length: Number(picked.bench_open) } };
  const explains = await explainAll(ctx.databaseUrl, userId, benchFamily.familyId);
  const counts = await (async () => {
    const c = new pg.Client({ connectionString: ctx.databaseUrl });
    await c.connect();
    try {
      const { rows: r } =
        await c.query(`SELECT (SELECT count(*) FROM family) AS families, (SELECT count(*) FROM person) AS persons, (SELECT count(*) FROM plan_version) AS versions,
        pg_size_pretty(pg_database_size(current_database())) AS size`);
      return r[0];
    } finally {
      await c.end();
    }
  })();
  return [
    `National scale: ${Number(counts.families).toLocaleString('en')} families in the database (${n.toLocaleString('en')} generated in ${gen.seconds.toFixed(0)} s, ` +
      `${gen.regisseurs.toLocaleString('en')} generated regisseurs in ${gen.teams.toLocaleString('en')} teams; ${Number(counts.persons).toLocaleString('en')} persons, ` +
      `${Number(counts.versions).toLocaleString('en')} plan versions, database ${counts.size}). bench.prof1 is regisseur of ${benchCaseload.items.length} open trajectories (and member of about as many).`,
    '',
    '| request at scale | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    'Generator steps: ' + gen.steps.map((s) => `${s.label} ${s.seconds.toFixed(1)} s`).join(', ') + '.',
    '',
    'EXPLAIN ANALYZE at scale (as bench.prof1): ' +
      explains
        .map(
          (e) =>
            `${e.name} ${e.time}${e.seqScans.length ? ` — FULL WALK: ${e.seqScans.map((l) => l.trim()).join('; ')}` : ' (selective index scans only)'}`,
        )
        .join('; ') +
      '.',
    '',
    '<details><summary>Plans</summary>',
    '',
    ...explains.flatMap((e) => [`${e.name}:`, '```', ...e.plan, '```']),
    '</details>',
  ].join('\n');
}

export default {
  name: 'dossier',
  title: 'Family dossier, plan update and caseload',
  async scenarios(ctx) {
    requestedFamilies(); // refuse a malformed --families before the long runs
    const who = await ctx.loginAs('demo.professional');
    const families = await regisseurFamilies(ctx.baseUrl, who.cookie);
    const dossier = families[0];
    if (!dossier) throw new Error('dossier section: demo.professional has no family as regisseur');
    return [
      {
        name: 'dossier read',
        path: `/api/families/${dossier.familyId}`,
        headers: { cookie: who.cookie },
        connections: 10,
      },
      { name: 'caseload', path: '/api/me/caseload', headers: { cookie: who.cookie }, connections: 10 },
    ];
  },
  async measure(ctx) {
    const parts = [await planUpdate(ctx)];
    const n = requestedFamilies();
    if (n > 0) parts.push(await atScale(ctx, n));
    return parts.join('\n\n');
  },
};
