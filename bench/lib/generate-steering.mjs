// Large-dataset generator for the steering benchmark (issue 14 item 10): on a migrated (and demo-seeded)
// PostgreSQL database, adds `n` trajectories set-based (INSERT … SELECT, no per-row round trips) in
// batches of BATCH trajectories per statement, with everything the outcome indicators read
// (src/modules/insights/outcomes/queries.ts) and what budget-vs-spend reads:
//
// - 342 municipalities (codes 7001–7342, "Benchgemeente N") in 35 regions BENCH-01 … BENCH-35 of ten,
//   each with a neighbourhood-team carrier, three teams, one generated regisseur, a pilot since 2022,
//   an outcome setting (every fourth counts 03+04 as drop-out), budget lines 2019–2026;
// - 300 care providers (five per municipality), each with a regional contract and two outcome criteria;
// - families (80 % of n; a quarter of them come back for a second trajectory after the first closed,
//   so repeat use and "no new start" have something to find), one child each;
// - trajectories opened 2019–2026: ~70 % closed, with ending reason, managing without help, entry
//   point, first contact, status change to in_progress (time to help), satisfaction on the trajectory
//   (a third) and as measurements (half the closed a parent mark, a fifth of those twice; 30 % a youth
//   mark), goal attainment (70 % of the closed), a household self-sufficiency matrix first/latest with
//   two item scores each (15 % of the closed: problems reduced), pilot participation (every sixth since
//   2022);
// - 40 % of trajectories a granted decision with one allocation (a quarter of them a second one at another provider)
//   whose category sets the level of help, charged to the municipality's budget line, and for every
//   allocation one accepted claim line (80 % of the expected cost) in a claim per provider, municipality
//   and year (with its JW323 message).
//
// Everything generated is recognisable (municipalities 7xxx, regions BENCH-xx, references S-/BS-, users
// bench.steer<N>), so the demo data stays apart.

export const BENCH_MUNICIPALITIES = 342;
const PER_REGION = 10;
const PROVIDERS = 300;
const GROWING = [
  'family',
  'person',
  'trajectory',
  'trajectory_status_change',
  'trajectory_satisfaction',
  'measurement',
  'measurement_score',
  'decision',
  'allocation',
  'claim_line',
  'pilot_trajectory',
  'ijw_message',
  'claim',
];
const BATCH = Number(process.env.BENCH_STEERING_BATCH || 250_000);

/** The dataset size asked for with BENCH_TRAJECTORIES (default 200,000). */
export function requestedTrajectories(env = process.env) {
  const raw = env.BENCH_TRAJECTORIES;
  if (raw === undefined || raw === '') return 200_000;
  const n = Number(String(raw).replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1000 || n > 20_000_000)
    throw new Error(`BENCH_TRAJECTORIES must be a whole number from 1,000 to 20,000,000, got "${raw}"`);
  return n;
}

// Level of help by category: 50 basic, 31/40 ambulant, 32 day treatment, 33 residential, 46 crisis.
const CATEGORY = `(ARRAY['50','50','31','40','31','32','33','46','50','40'])`;
const LINE_OF = `CASE c WHEN '50' THEN 'local_basic' WHEN '31' THEN 'local_ambulant' WHEN '40' THEN 'local_ambulant'
  WHEN '32' THEN 'regional_day_treatment' WHEN '33' THEN 'regional_residential' ELSE 'crisis' END`;
const AMS = (dayExpr) =>
  `((DATE '2019-01-01' + (${dayExpr}))::timestamp + time '10:00') AT TIME ZONE 'Europe/Amsterdam'`;

/**
 * Generates `n` trajectories on the database behind `client` (a pg.Client). Returns timings per step.
 * Refuses when bench municipalities exist already.
 */
export async function generateSteering(client, n, log = () => {}) {
  const families = Math.ceil(n * 0.8);
  const seconds = () => steps.reduce((s, x) => s + x.seconds, 0);
  const steps = [];
  const started = Date.now();
  const step = async (label, text, params = []) => {
    const t0 = Date.now();
    const res = await client.query(text, params);
    const s = (Date.now() - t0) / 1000;
    const last = steps.find((x) => x.label === label);
    if (last) {
      last.rows += res.rowCount ?? 0;
      last.seconds += s;
    } else steps.push({ label, rows: res.rowCount ?? 0, seconds: s });
    return res;
  };
  /** Runs a statement per batch of trajectories g in [lo, hi], with progress. */
  const batched = async (label, text, params = []) => {
    for (let lo = 1; lo <= n; lo += BATCH) {
      const hi = Math.min(n, lo + BATCH - 1);
      await step(label, text, [lo, hi, ...params]);
      const s = steps.find((x) => x.label === label);
      log(
        `    ${label}: trajectories ${hi.toLocaleString('en')}/${n.toLocaleString('en')}, ${s.rows.toLocaleString('en')} rows, ` +
          `${s.seconds.toFixed(0)} s (total ${Math.round((Date.now() - started) / 1000)} s)`,
      );
    }
  };

  const { rows: existing } = await client.query(
    `SELECT 1 FROM municipality WHERE code BETWEEN '7001' AND '7342' LIMIT 1`,
  );
  if (existing.length > 0) throw new Error('bench municipalities 7001–7342 exist already in this database');
  await client.query(`SET synchronous_commit = off`);
  // Bulk load: the rows are consistent by construction, so the foreign-key triggers are skipped for this
  // session (superuser; the bench's admin connection is one). Indexes are maintained as usual.
  await client
    .query(`SET session_replication_role = replica`)
    .catch(() => log('    (foreign-key checks stay on: not a superuser)'));
  await client.query(`SET maintenance_work_mem = '256MB'`);
  await client.query(`SET work_mem = '64MB'`);
  await client.query(`DROP TABLE IF EXISTS bench_st`);

  // ---- geography, organisations, people who act, contracts, budgets
  await step(
    'regions and municipalities',
    `WITH r AS (INSERT INTO region (code, name)
        SELECT 'BENCH-' || lpad(k::text, 2, '0'), 'Benchregio ' || k FROM generate_series(1, ceil($1::numeric / ${PER_REGION})::int) k RETURNING code)
     INSERT INTO municipality (code, name, region_code)
     SELECT (7001 + k)::text, 'Benchgemeente ' || (k + 1), 'BENCH-' || lpad((1 + k / ${PER_REGION})::text, 2, '0')
     FROM generate_series(0, $1::int - 1) k`,
    [BENCH_MUNICIPALITIES],
  );
  await step(
    'organisations',
    `INSERT INTO organisation (name, type, agb_code, municipality_code)
     SELECT 'Benchwijkteams ' || (k + 1), 'neighbourhood_team_carrier', NULL, (7001 + k)::text FROM generate_series(0, $1::int - 1) k
     UNION ALL
     SELECT 'Benchzorg ' || (p + 1), 'care_provider', lpad((98000000 + p)::text, 8, '0'), NULL FROM generate_series(0, $2::int - 1) p`,
    [BENCH_MUNICIPALITIES, PROVIDERS],
  );
  const {
    rows: [demo],
  } = await client.query(`SELECT password_hash FROM app_user WHERE username = 'demo.professional'`);
  await step(
    'users and teams',
    `WITH u AS (
       INSERT INTO app_user (username, display_name, email, home_organisation_id, roles, password_hash)
       SELECT 'bench.steer' || (7001 + k), 'Bench Regisseur ' || (k + 1), 'bench.steer' || (7001 + k) || '@bench.keukentafel.invalid', o.id, ARRAY['professional'], $2
       FROM generate_series(0, $1::int - 1) k JOIN organisation o ON o.name = 'Benchwijkteams ' || (k + 1) RETURNING id)
     INSERT INTO team (name, type, organisation_id, municipality_code)
     SELECT 'Benchteam ' || (k + 1) || '-' || t, 'neighbourhood_team', o.id, (7001 + k)::text
     FROM generate_series(0, $1::int - 1) k JOIN organisation o ON o.name = 'Benchwijkteams ' || (k + 1) CROSS JOIN generate_series(1, 3) t`,
    [BENCH_MUNICIPALITIES, demo?.password_hash ?? null],
  );
  await step(
    'pilots and settings',
    `WITH p AS (INSERT INTO pilot (municipality_code, name, description, since)
       SELECT (7001 + k)::text, 'Praktijkondersteuner jeugd bij de huisarts', 'Bench: een ondersteuner jeugd en gezin in elke huisartsenpraktijk.', DATE '2022-01-01'
       FROM generate_series(0, $1::int - 1) k RETURNING id)
     INSERT INTO outcome_setting (municipality_code, drop_out_reasons, repeat_window_months)
     SELECT (7001 + k)::text, CASE WHEN k % 4 = 0 THEN '03+04' ELSE '03' END, CASE WHEN k % 5 = 0 THEN 24 ELSE 12 END FROM generate_series(0, $1::int - 1) k`,
    [BENCH_MUNICIPALITIES],
  );
  await step(
    'budget lines',
    `INSERT INTO budget_line (municipality_code, year, line, scope, amount_cents, split_note)
     SELECT (7001 + k)::text, y, l.line, l.scope, l.cents, CASE WHEN l.scope = 'regional' THEN 'Bench: naar aantal jeugdigen 0-17' END
     FROM generate_series(0, $1::int - 1) k CROSS JOIN generate_series(2019, 2026) y
     CROSS JOIN (VALUES ('local_basic', 'local', 150000000), ('local_ambulant', 'local', 400000000), ('regional_day_treatment', 'regional', 200000000),
       ('regional_residential', 'regional', 500000000), ('crisis', 'regional', 60000000)) AS l (line, scope, cents)`,
    [BENCH_MUNICIPALITIES],
  );
  await step(
    'contracts and outcome criteria',
    `WITH c AS (INSERT INTO contract (reference, provider_id, region_code, variant, starts_on)
       SELECT 'BC-' || lpad((p + 1)::text, 4, '0'), o.id, 'BENCH-' || lpad((1 + ((p / 5) % $2::int) / ${PER_REGION})::text, 2, '0'), 'output', DATE '2019-01-01'
       FROM generate_series(0, $1::int - 1) p JOIN organisation o ON o.name = 'Benchzorg ' || (p + 1) RETURNING id)
     INSERT INTO outcome_criterion (contract_id, indicator, target, comparison, description)
     SELECT c.id, v.indicator, v.target, v.comparison, 'Bench' FROM c
     CROSS JOIN (VALUES ('drop_out', 15, 'at_most'), ('satisfaction', 7, 'at_least')) AS v (indicator, target, comparison)`,
    [PROVIDERS, BENCH_MUNICIPALITIES],
  );

  // ---- the helper: one row per trajectory with its dates and choices (UNLOGGED, dropped at the end)
  // g = 1 … n; family f = g for the first trajectory, g - families for a second; families 1 … n - families
  // come back. Days count from 2019-01-01; "today" is CURRENT_DATE.
  await client.query(`CREATE UNLOGGED TABLE bench_st (
    g int PRIMARY KEY, f int NOT NULL, second boolean NOT NULL, mk int NOT NULL, tid uuid NOT NULL, fid uuid NOT NULL, pid uuid NOT NULL,
    open_d int NOT NULL, close_d int, ip_d int, did uuid, aid uuid, aid2 uuid, c text, c2 text, prov int, prov2 int)`);
  await batched(
    'helper: trajectories',
    `WITH x AS (
       SELECT g, CASE WHEN g <= $3::int THEN g ELSE g - $3::int END AS f, g > $3::int AS second,
              (CURRENT_DATE - DATE '2019-01-01') AS today_d
       FROM generate_series($1::int, $2::int) g),
     d AS (
       SELECT x.*, (x.f % ${BENCH_MUNICIPALITIES}) AS mk,
         CASE WHEN x.f <= $4::int - $3::int THEN (x.f::bigint * 7919) % 1800 ELSE (x.f::bigint * 7919) % (x.today_d - 5) END AS d1,
         20 + (x.f::bigint * 104729) % 380 AS dur1,
         15 + (x.f * 31) % 400 AS gap, 20 + (x.f * 13) % 300 AS dur2
       FROM x),
     t AS (
       SELECT d.*,
         CASE WHEN NOT second THEN d1 ELSE d1 + dur1 + gap END AS open_d,
         CASE WHEN NOT second THEN
                CASE WHEN f <= $4::int - $3::int OR ((g::bigint * 2654435761) % 10 < 8 AND d1 + dur1 < today_d) THEN LEAST(d1 + dur1, today_d - 1) END
              ELSE CASE WHEN f % 3 <> 0 AND d1 + dur1 + gap + dur2 < today_d THEN d1 + dur1 + gap + dur2 END END AS close_d
       FROM d)
     INSERT INTO bench_st (g, f, second, mk, tid, fid, pid, open_d, close_d, ip_d, did, aid, aid2, c, c2, prov, prov2)
     SELECT g, f, second, mk, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), open_d, close_d,
       CASE WHEN g % 10 <> 0 AND (close_d IS NOT NULL OR g % 4 >= 2) THEN LEAST(open_d + 3 + g % 60, coalesce(close_d, today_d)) END,
       CASE WHEN g % 5 < 2 THEN gen_random_uuid() END,
       CASE WHEN g % 5 < 2 THEN gen_random_uuid() END,
       CASE WHEN g % 5 < 2 AND g % 20 < 3 THEN gen_random_uuid() END,
       ${CATEGORY}[1 + (g / 5) % 10], ${CATEGORY}[1 + (g / 7) % 10],
       (mk * 5 + g % 5) % ${PROVIDERS}, (mk * 5 + (g + 2) % 5) % ${PROVIDERS}
     FROM t`,
    [families, n],
  );
  // The family ids: a second trajectory belongs to the first one's family (and child).
  await step(
    'helper: families of second trajectories',
    `UPDATE bench_st s SET fid = p.fid, pid = p.pid, mk = p.mk FROM bench_st p WHERE s.second AND p.g = s.f`,
  );
  await client.query(`ANALYZE bench_st`);
  const { rows: ids } = await client.query(`SELECT
      (SELECT array_agg(id ORDER BY municipality_code) FROM app_user u JOIN (SELECT id AS oid, municipality_code FROM organisation WHERE name LIKE 'Benchwijkteams %') o ON o.oid = u.home_organisation_id) AS users,
      (SELECT array_agg(id ORDER BY municipality_code, name) FROM team WHERE municipality_code BETWEEN '7001' AND '7342') AS teams,
      (SELECT array_agg(id ORDER BY (substr(name, 11))::int) FROM organisation WHERE name LIKE 'Benchzorg %') AS providers,
      (SELECT array_agg(id ORDER BY municipality_code) FROM pilot WHERE municipality_code BETWEEN '7001' AND '7342') AS pilots,
      (SELECT id FROM instrument WHERE code = 'zrm_household' ORDER BY version DESC LIMIT 1) AS instrument,
      (SELECT array_agg(code ORDER BY position) FROM instrument_item WHERE instrument_id = (SELECT id FROM instrument WHERE code = 'zrm_household' ORDER BY version DESC LIMIT 1)) AS items`);
  const [{ users, teams, providers, pilots, instrument, items }] = ids;
  if (!instrument || items.length < 2) throw new Error('the zrm_household instrument is missing');
  await client.query(`DROP TABLE IF EXISTS bench_ref, bench_claim`);
  await client.query(`CREATE UNLOGGED TABLE bench_ref (users uuid[], teams uuid[], providers uuid[], pilots uuid[])`);
  await client.query(`INSERT INTO bench_ref VALUES ($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[])`, [
    users,
    teams,
    providers,
    pilots,
  ]);
  const REF = `CROSS JOIN bench_ref r`;
  const RANGE = `s.g BETWEEN $1::int AND $2::int`;

  // Bulk load without the secondary indexes of the tables that grow (random uuid keys make per-row
  // B-tree inserts crawl once the indexes outgrow the cache), rebuilt afterwards from their own
  // definitions: the same indexes the migrations made. Primary keys and constraint indexes stay.
  const { rows: dropped } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relname = ANY($1::text[]) AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [GROWING],
  );
  for (const d of dropped) await client.query(`DROP INDEX ${d.name}`);
  log(`    dropped ${dropped.length} secondary indexes for the load`);

  // ---- per batch of trajectories
  await batched(
    'family',
    `INSERT INTO family (id, reference, municipality_code, created_by, created_at)
     SELECT s.fid, 'S-' || lpad(s.f::text, 8, '0'), (7001 + s.mk)::text, r.users[1 + s.mk], ${AMS('s.open_d - 20')}
     FROM bench_st s ${REF} WHERE ${RANGE} AND NOT s.second`,
  );
  await batched(
    'person',
    `INSERT INTO person (id, family_id, kind, given_name, family_name, birth_date, created_by)
     SELECT s.pid, s.fid, 'child', (ARRAY['Anouk','Bram','Daan','Esra','Femke','Gijs','Noor','Ruben','Sanne','Yara'])[1 + s.f % 10],
       (ARRAY['de Boer','Jansen','Visser','Bakker','Smit','Mulder','Kok','Dijkstra'])[1 + s.f % 8], DATE '2008-01-01' + (s.f % 5000), r.users[1 + s.mk]
     FROM bench_st s ${REF} WHERE ${RANGE} AND NOT s.second`,
  );
  await batched(
    'trajectory',
    `INSERT INTO trajectory (id, family_id, team_id, regisseur_id, status, opened_at, closed_at, entry_point, first_contact_on,
       ending_reason, managing_without_help, satisfaction, satisfaction_informant)
     SELECT s.tid, s.fid, r.teams[1 + s.mk * 3 + s.g % 3], r.users[1 + s.mk],
       CASE WHEN s.close_d IS NOT NULL THEN 'closed' WHEN s.ip_d IS NULL THEN (ARRAY['registered','intake','plan'])[1 + s.g % 3] ELSE (ARRAY['in_progress','evaluation'])[1 + s.g % 2] END,
       ${AMS('s.open_d')}, CASE WHEN s.close_d IS NOT NULL THEN ${AMS('s.close_d')} + interval '5 hours' END,
       (ARRAY['gp_ojg','school','child_health_clinic','self_referral','signal','veilig_thuis','police','other','gp_ojg','school'])[1 + (s.g / 3) % 10],
       DATE '2019-01-01' + s.open_d - (s.g % 15),
       CASE WHEN s.close_d IS NOT NULL THEN (ARRAY['01','01','01','02','03','04','05','01','02','03'])[1 + (s.g / 11) % 10] END,
       CASE WHEN s.close_d IS NOT NULL THEN (ARRAY['01','02','03','04','04','02'])[1 + (s.g / 13) % 6] END,
       CASE WHEN s.close_d IS NOT NULL AND s.g % 3 = 0 THEN 4 + (s.g / 17) % 7 END,
       CASE WHEN s.close_d IS NOT NULL AND s.g % 3 = 0 THEN 'parent' END
     FROM bench_st s ${REF} WHERE ${RANGE}`,
  );
  await batched(
    'trajectory_status_change',
    `INSERT INTO trajectory_status_change (trajectory_id, from_status, to_status, changed_by, changed_at)
     SELECT s.tid, 'plan', 'in_progress', r.users[1 + s.mk], ${AMS('s.ip_d')} FROM bench_st s ${REF} WHERE ${RANGE} AND s.ip_d IS NOT NULL`,
  );
  await batched(
    'trajectory_satisfaction',
    `INSERT INTO trajectory_satisfaction (trajectory_id, informant, mark, measured_on, recorded_at)
     SELECT s.tid, v.informant, 3 + (s.g / 7 + v.k) % 8, DATE '2019-01-01' + s.close_d - v.before, ${AMS('s.close_d - v.before')}
     FROM bench_st s CROSS JOIN (VALUES ('parent', 0, 2), ('parent', 1, 40), ('youth', 2, 1)) AS v (informant, k, before)
     WHERE ${RANGE} AND s.close_d IS NOT NULL
       AND CASE v.k WHEN 0 THEN s.g % 2 = 0 WHEN 1 THEN s.g % 10 = 0 ELSE s.g % 10 IN (1, 3, 5) END`,
  );
  await batched(
    'trajectory_goal_attainment',
    `INSERT INTO trajectory_goal_attainment (trajectory_id, attainment, recorded_at)
     SELECT s.tid, (ARRAY['achieved','achieved','partly','not_achieved'])[1 + (s.g / 19) % 4], ${AMS('s.close_d')}
     FROM bench_st s WHERE ${RANGE} AND s.close_d IS NOT NULL AND s.g % 10 < 7`,
  );
  await batched(
    'measurement + score',
    `WITH m AS (
       INSERT INTO measurement (family_id, instrument_id, measured_on, recorded_by, recorded_at)
       SELECT s.fid, $3::uuid, DATE '2019-01-01' + CASE v.k WHEN 0 THEN s.open_d + 3 ELSE s.close_d - 2 END, r.users[1 + s.mk],
         ${AMS('CASE v.k WHEN 0 THEN s.open_d + 3 ELSE s.close_d - 2 END')} + (v.k || ' minutes')::interval
       FROM bench_st s ${REF} CROSS JOIN (VALUES (0), (1)) AS v (k)
       WHERE ${RANGE} AND s.close_d IS NOT NULL AND s.close_d - s.open_d >= 6 AND s.g % 20 IN (2, 9, 15)
       RETURNING id, family_id, recorded_at)
     INSERT INTO measurement_score (measurement_id, position, item_code, score)
     SELECT m.id, i.position, i.code, 1 + (abs(hashtext(m.family_id::text)::bigint) + i.position + extract(minute FROM m.recorded_at)::int * 2) % 5
     FROM m CROSS JOIN (SELECT * FROM unnest($4::text[]) WITH ORDINALITY AS u (code, position) WHERE position <= 2) i`,
    [instrument, items],
  );
  await batched(
    'pilot_trajectory',
    `INSERT INTO pilot_trajectory (pilot_id, trajectory_id, joined_on)
     SELECT r.pilots[1 + s.mk], s.tid, DATE '2019-01-01' + s.open_d FROM bench_st s ${REF}
     WHERE ${RANGE} AND s.g % 6 = 0 AND DATE '2019-01-01' + s.open_d >= DATE '2022-01-01'`,
  );
  await batched(
    'decision',
    `INSERT INTO decision (id, municipality_code, reference, family_id, person_id, trajectory_id, outcome, motivation, decided_by, decided_at)
     SELECT s.did, (7001 + s.mk)::text, 'BS-' || s.g, s.fid, s.pid, s.tid, 'granted', 'Bench: passende jeugdhulp volgens het plan.', r.users[1 + s.mk],
       ${AMS('s.open_d + 10')}
     FROM bench_st s ${REF} WHERE ${RANGE} AND s.did IS NOT NULL`,
  );
  await batched(
    'allocation',
    `INSERT INTO allocation (id, decision_id, municipality_code, allocation_number, person_id, provider_id, kind, category, volume, unit, frequency,
       starts_on, ends_on, allocated_at, referrer_type, expected_cost_cents, budget_line_id, status)
     SELECT a.aid, s.did, (7001 + s.mk)::text, a.num, s.pid, r.providers[1 + a.prov], 'aspecific', a.c, 40, '04', '4',
       DATE '2019-01-01' + s.open_d + 10, DATE '2019-01-01' + coalesce(s.close_d, s.open_d + 365) + 10, ${AMS('s.open_d + 10')}, '01',
       a.cost, b.id, CASE WHEN s.close_d IS NULL THEN 'active' ELSE 'ended' END
     FROM bench_st s ${REF}
     CROSS JOIN LATERAL (VALUES (s.aid, s.c, s.prov, s.g, 120000 + (s.g % 40) * 10000), (s.aid2, s.c2, s.prov2, s.g + $3::int, 80000 + (s.g % 30) * 10000)) AS a (aid, c, prov, num, cost)
     JOIN budget_line b ON b.municipality_code = (7001 + s.mk)::text AND b.year = least(2026, extract(year FROM DATE '2019-01-01' + s.open_d + 10)::int)
       AND b.line = (SELECT ${LINE_OF} FROM (SELECT a.c AS c) cc)
     WHERE ${RANGE} AND a.aid IS NOT NULL`,
    [n],
  );
  // Claims: one per provider, municipality and year (with its JW323 message); one accepted line per allocation.
  await step(
    'claim (+ JW323 message)',
    `CREATE UNLOGGED TABLE bench_claim AS
     SELECT gen_random_uuid() AS cid, gen_random_uuid() AS mid, provider_id, municipality_code, extract(year FROM starts_on)::int AS year,
       count(*)::int AS lines, sum(expected_cost_cents * 8 / 10)::bigint AS cents, row_number() OVER () AS k
     FROM allocation WHERE municipality_code BETWEEN '7001' AND '7342' GROUP BY provider_id, municipality_code, extract(year FROM starts_on)`,
  );
  await step(
    'claim (+ JW323 message)',
    `INSERT INTO ijw_message (id, message_type, direction, municipality_code, provider_id, identification, status, xml, size_bytes, line_count, received_via, created_at, processed_at)
     SELECT mid, 'JW323', 'in', municipality_code, provider_id, 'BC' || k, 'processed', '<bench/>', 7, lines, 'seed',
       make_date(year, 12, 20)::timestamptz, make_date(year, 12, 20)::timestamptz FROM bench_claim`,
  );
  await step(
    'claim (+ JW323 message)',
    `INSERT INTO claim (id, message_id, provider_id, municipality_code, invoice_number, invoice_date, line_count, claimed_cents, accepted_cents, received_at)
     SELECT cid, mid, provider_id, municipality_code, 'BF' || k, make_date(year, 12, 20), lines, cents, cents, make_date(year, 12, 20)::timestamptz FROM bench_claim`,
  );
  await client.query(`CREATE INDEX ON bench_claim (provider_id, municipality_code, year)`);
  await client.query(`ANALYZE bench_claim`);
  await batched(
    'claim_line',
    `INSERT INTO claim_line (claim_id, provider_id, municipality_code, reference, allocation_id, allocation_number, category, period_start, period_end,
       volume, unit, tariff_cents, amount_cents, debit_credit, accepted)
     SELECT bc.cid, a.provider_id, a.municipality_code, 'L' || a.allocation_number, a.id, a.allocation_number, a.category,
       a.starts_on, least(a.ends_on, make_date(extract(year FROM a.starts_on)::int, 12, 31)), 32, '04',
       (a.expected_cost_cents * 8 / 10 / 32)::int, a.expected_cost_cents * 8 / 10, 'D', true
     FROM bench_st s JOIN allocation a ON a.decision_id = s.did
     JOIN bench_claim bc ON bc.provider_id = a.provider_id AND bc.municipality_code = a.municipality_code AND bc.year = extract(year FROM a.starts_on)::int
     WHERE ${RANGE} AND s.aid IS NOT NULL`,
  );
  await client.query(`DROP TABLE bench_st, bench_ref, bench_claim`);
  for (const d of dropped) {
    await step('rebuild secondary indexes', d.def);
    log(`    rebuilt ${d.name} (total ${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await step('analyze', `ANALYZE`);
  log(`    generated ${n.toLocaleString('en')} trajectories in ${seconds().toFixed(0)} s`);
  return { trajectories: n, families, steps, seconds: seconds() };
}
