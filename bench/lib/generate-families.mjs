// Large-dataset generator for the dossier benchmark: on a seeded PostgreSQL database, adds `n`
// synthetic families set-based (INSERT … SELECT over generate_series, no per-row round trips):
// regisseurs (one per ~30 families) in teams of 20 spread over the ten demo municipalities, and
// per family a trajectory at a stage, a team member, three household members, the story, and from
// the plan stage on a confirmed meeting and a plan (two versions and a sign-off once in progress).
// What the dossier read and the caseload touch is there at full scale; per-participant meeting
// details and instrument scores are not generated (neither request reads them).
//
// Everything generated is recognisable: usernames bench.prof<N>, references B-<8 digits>, so the
// demo data stays apart. Password of the generated users: the demo password (hash copied from
// demo.professional).

const FAMILIES_PER_REGISSEUR = 30;
const TEAM_SIZE = 20;

/** The dataset size asked for with `--families N` or BENCH_FAMILIES=N (0 when neither). */
export function requestedFamilies(argv = process.argv, env = process.env) {
  const i = argv.indexOf('--families');
  const raw = i >= 0 ? argv[i + 1] : env.BENCH_FAMILIES;
  if (raw === undefined || raw === '') return 0;
  const n = Number(String(raw).replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1 || n > 20_000_000)
    throw new Error(`--families / BENCH_FAMILIES must be a whole number from 1 to 20,000,000, got "${raw}"`);
  return n;
}

const STATUS_SQL = `CASE WHEN g % 100 < 8 THEN 'registered' WHEN g % 100 < 17 THEN 'intake' WHEN g % 100 < 28 THEN 'plan'
  WHEN g % 100 < 61 THEN 'in_progress' WHEN g % 100 < 71 THEN 'evaluation' ELSE 'closed' END`;
const AGE_SQL = `CASE status WHEN 'registered' THEN g % 40 + 1 WHEN 'intake' THEN g % 60 + 5 WHEN 'plan' THEN g % 90 + 15
  WHEN 'in_progress' THEN g % 400 + 45 WHEN 'evaluation' THEN g % 400 + 150 ELSE g % 700 + 120 END`;

const PLAN_CONTENT = JSON.stringify({
  strengths: [
    { id: 's1', kind: 'strength', text: 'We kunnen samen goed lachen (moeder)' },
    { id: 'n1', kind: 'network', text: 'Oma haalt de kinderen op dinsdag uit school' },
  ],
  concerns: [
    {
      id: 'c1',
      text: 'Geldzorgen en schulden',
      priority: 1,
      voices: ['Moeder (moeder): De post durf ik niet meer open te maken.'],
      meetingId: null,
    },
    { id: 'c2', text: 'Spanning en ruzie bij de opvoeding', priority: 2, voices: [], meetingId: null },
    { id: 'c3', text: 'Schoolverzuim', priority: 3, voices: [], meetingId: null },
  ],
  goals: [
    {
      id: 'g1',
      domain: 'finances',
      what: 'Alle schulden op een rij en een vaste betaalregeling',
      byWhen: null,
      howWeKnow: 'Er is een overzicht bij de schuldhulp',
    },
  ],
  actions: [
    {
      id: 'a1',
      goalId: 'g1',
      what: 'Elke week samen de post openen',
      owner: { kind: 'network', name: 'Oma', userId: null },
      due: '2026-01-15',
      status: 'in_progress',
    },
    {
      id: 'a2',
      goalId: 'g1',
      what: 'Aanmelden bij de schuldhulpverlening',
      owner: { kind: 'family_member', name: 'Moeder', userId: null },
      due: '2026-02-01',
      status: 'open',
    },
  ],
  safetyAgreements: [],
  reviews: [{ id: 'r1', date: '2027-03-01', note: 'Evaluatie aan de keukentafel' }],
});

/**
 * Generates `n` families on the database behind `client` (a pg.Client). Returns timings per step.
 * Safe to run once per fresh bench database (it refuses when bench families exist already).
 */
export async function generateFamilies(client, n, log = () => {}) {
  const regisseurs = Math.max(1, Math.ceil(n / FAMILIES_PER_REGISSEUR));
  const teams = Math.ceil(regisseurs / TEAM_SIZE);
  const steps = [];
  const step = async (label, text, params = []) => {
    const t0 = Date.now();
    const res = await client.query(text, params);
    const seconds = (Date.now() - t0) / 1000;
    steps.push({ label, rows: res.rowCount ?? 0, seconds });
    log(`    ${label}: ${res.rowCount ?? 0} rows in ${seconds.toFixed(1)} s`);
  };
  const { rows: existing } = await client.query(`SELECT 1 FROM family WHERE reference LIKE 'B-%' LIMIT 1`);
  if (existing.length > 0) throw new Error('bench families exist already in this database');
  const {
    rows: [demo],
  } = await client.query(
    `SELECT password_hash, home_organisation_id FROM app_user WHERE username = 'demo.professional'`,
  );
  if (!demo) throw new Error('the demo region is missing (demo.professional)');
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET maintenance_work_mem = '256MB'`);
  await client.query(`SET work_mem = '64MB'`);
  await client.query(`DROP TABLE IF EXISTS bench_user, bench_team, bench_area, bench_fam`);

  await step(
    'helper: users',
    `CREATE UNLOGGED TABLE bench_user AS SELECT g, gen_random_uuid() AS id, 1 + (g - 1) / ${TEAM_SIZE} AS team_g FROM generate_series(1, $1::int) g`,
    [regisseurs],
  );
  await step(
    'helper: teams',
    `CREATE UNLOGGED TABLE bench_team AS
    SELECT g, gen_random_uuid() AS id, m.code AS municipality_code, o.id AS organisation_id
    FROM generate_series(1, $1::int) g
    JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS k FROM municipality) m ON m.k = g % (SELECT count(*) FROM municipality)
    JOIN LATERAL (SELECT id FROM organisation WHERE type = 'neighbourhood_team_carrier' AND municipality_code = m.code ORDER BY id LIMIT 1) o ON true`,
    [teams],
  );
  await step(
    'helper: addresses',
    `CREATE UNLOGGED TABLE bench_area AS
    SELECT municipality_code, neighbourhood_code, postcode, row_number() OVER (PARTITION BY municipality_code ORDER BY postcode) - 1 AS k,
      count(*) OVER (PARTITION BY municipality_code) AS cnt
    FROM postcode_area WHERE neighbourhood_code IS NOT NULL`,
  );
  await step(
    'helper: families',
    `CREATE UNLOGGED TABLE bench_fam AS
    SELECT g, fid, tid, mid, u, status, ${AGE_SQL} AS age FROM (
      SELECT g, gen_random_uuid() AS fid, gen_random_uuid() AS tid, gen_random_uuid() AS mid, 1 + (g - 1) % $2::int AS u, ${STATUS_SQL} AS status
      FROM generate_series(1, $1::int) g) x`,
    [n, regisseurs],
  );
  await client.query(`CREATE INDEX ON bench_user (g)`);
  await client.query(`CREATE INDEX ON bench_team (g)`);
  await client.query(`CREATE INDEX ON bench_area (municipality_code, k)`);
  await client.query(`ANALYZE bench_user; ANALYZE bench_team; ANALYZE bench_area; ANALYZE bench_fam`);

  await step(
    'app_user',
    `INSERT INTO app_user (id, username, display_name, email, home_organisation_id, roles, password_hash)
    SELECT u.id, 'bench.prof' || u.g, 'Bench Professional ' || u.g, 'bench.prof' || u.g || '@bench.keukentafel.invalid', t.organisation_id, ARRAY['professional'], $1
    FROM bench_user u JOIN bench_team t ON t.g = u.team_g`,
    [demo.password_hash],
  );
  await step(
    'team',
    `INSERT INTO team (id, name, type, organisation_id, municipality_code)
    SELECT id, 'Benchteam ' || g, 'neighbourhood_team', organisation_id, municipality_code FROM bench_team`,
  );
  await step(
    'team_membership',
    `INSERT INTO team_membership (team_id, user_id, is_lead)
    SELECT t.id, u.id, (u.g - 1) % ${TEAM_SIZE} = 0 FROM bench_user u JOIN bench_team t ON t.g = u.team_g`,
  );
  await step(
    'family',
    `INSERT INTO family (id, reference, municipality_code, neighbourhood_code, postcode, house_number, created_by, created_at)
    SELECT f.fid, 'B-' || lpad(f.g::text, 8, '0'), t.municipality_code, a.neighbourhood_code, a.postcode, (1 + f.g % 180)::text, u.id, now() - f.age * interval '1 day'
    FROM bench_fam f JOIN bench_user u ON u.g = f.u JOIN bench_team t ON t.g = u.team_g
    JOIN bench_area a ON a.municipality_code = t.municipality_code AND a.k = f.g % a.cnt`,
  );
  await step(
    'trajectory',
    `INSERT INTO trajectory (id, family_id, team_id, regisseur_id, status, opened_at, closed_at, entry_point, first_contact_on, ending_reason, managing_without_help, satisfaction, satisfaction_informant)
    SELECT f.tid, f.fid, t.id, u.id, f.status, now() - f.age * interval '1 day',
      CASE WHEN f.status = 'closed' THEN now() - (f.age / 3) * interval '1 day' END,
      (ARRAY['gp_ojg','school','child_health_clinic','self_referral','signal','veilig_thuis','police','other'])[1 + f.g % 8],
      (now() - (f.age + 3) * interval '1 day')::date,
      CASE WHEN f.status = 'closed' THEN (ARRAY['01','01','02','03','04','05'])[1 + f.g % 6] END,
      CASE WHEN f.status = 'closed' THEN (ARRAY['01','02','03','04'])[1 + f.g % 4] END,
      CASE WHEN f.status = 'closed' AND f.g % 3 <> 0 THEN 5 + f.g % 6 END,
      CASE WHEN f.status = 'closed' AND f.g % 3 <> 0 THEN 'parent' END
    FROM bench_fam f JOIN bench_user u ON u.g = f.u JOIN bench_team t ON t.g = u.team_g`,
  );
  await step(
    'trajectory_member',
    `INSERT INTO trajectory_member (trajectory_id, user_id)
    SELECT f.tid, m.id FROM bench_fam f JOIN bench_user u ON u.g = f.u
    JOIN bench_user m ON m.g = CASE WHEN (u.g - 1) % ${TEAM_SIZE} = ${TEAM_SIZE - 1} OR u.g = $1::int THEN (u.team_g - 1) * ${TEAM_SIZE} + 1 ELSE u.g + 1 END
    WHERE m.id <> u.id`,
    [regisseurs],
  );
  await step(
    'person',
    `INSERT INTO person (family_id, kind, given_name, family_name, birth_date, has_authority, created_by)
    SELECT f.fid, v.kind,
      (ARRAY['Anouk','Bram','Chantal','Daan','Esra','Femke','Gijs','Hanna','Imre','Jasmijn','Koen','Lotte','Mehmet','Noor','Olaf','Priya','Ruben','Sanne','Tim','Yara'])[1 + (f.g * v.k) % 20],
      (ARRAY['de Boer','Jansen','Visser','Bakker','Smit','Mulder','Kok','Dijkstra','Postma','Hoekstra','Yilmaz','Nguyen','Wolters','Kamphuis','Meijer','Vos'])[1 + f.g % 16],
      (DATE '2026-01-01' - (v.years * 365 + f.g % 300) * interval '1 day')::date,
      CASE WHEN v.kind = 'parent' THEN true END, u.id
    FROM bench_fam f JOIN bench_user u ON u.g = f.u
    CROSS JOIN (VALUES ('parent', 1, 36), ('child', 2, 12), ('child', 3, 7)) AS v (kind, k, years)`,
  );
  await step(
    'family_story',
    `INSERT INTO family_story (family_id, kind, version, body, told_by, author_id, created_at)
    SELECT f.fid, 'story', 1, 'Wij zijn een gezin van vier. Sinds de verhuizing is het onrustig en de rekeningen lopen op. We willen weer rust in huis.', 'Moeder', u.id,
      now() - (f.age - 4) * interval '1 day'
    FROM bench_fam f JOIN bench_user u ON u.g = f.u WHERE f.status <> 'registered'`,
  );
  await step(
    'meeting',
    `INSERT INTO meeting (id, family_id, kind, held_on, location, created_by, created_at, confirmed_at, confirmed_by, plan_version)
    SELECT f.mid, f.fid, 'top3', (now() - (f.age - 12) * interval '1 day')::date, 'Wijkcentrum', u.id, now() - (f.age - 12) * interval '1 day',
      now() - (f.age - 12) * interval '1 day', u.id, 1
    FROM bench_fam f JOIN bench_user u ON u.g = f.u WHERE f.status NOT IN ('registered', 'intake')`,
  );
  await step(
    'plan',
    `INSERT INTO plan (family_id, current_version, created_at, updated_at)
    SELECT f.fid, CASE WHEN f.status = 'plan' THEN 1 ELSE 2 END, now() - (f.age - 12) * interval '1 day', now() - (f.age - 20) * interval '1 day'
    FROM bench_fam f WHERE f.status NOT IN ('registered', 'intake')`,
  );
  await step(
    'plan_version',
    `INSERT INTO plan_version (family_id, version, content, note, source, source_meeting_id, author_id, author_name, created_at)
    SELECT f.fid, v.version, $1::jsonb, v.note, v.source, CASE WHEN v.source = 'meeting' THEN f.mid END, u.id, 'Bench Professional ' || u.g,
      now() - (f.age - 12 - 8 * (v.version - 1)) * interval '1 day'
    FROM bench_fam f JOIN bench_user u ON u.g = f.u
    CROSS JOIN (VALUES (1, 'meeting', NULL), (2, 'edit', 'Doelen en acties samen met het gezin opgesteld')) AS v (version, source, note)
    WHERE f.status NOT IN ('registered', 'intake') AND (v.version = 1 OR f.status <> 'plan')`,
    [PLAN_CONTENT],
  );
  await step(
    'plan_sign_off',
    `INSERT INTO plan_sign_off (family_id, version, signed_on, signed_by_name, recorded_by, recorded_at)
    SELECT f.fid, 2, (now() - (f.age - 22) * interval '1 day')::date, 'Moeder', u.id, now() - (f.age - 22) * interval '1 day'
    FROM bench_fam f JOIN bench_user u ON u.g = f.u WHERE f.status IN ('in_progress', 'evaluation', 'closed')`,
  );
  await client.query(`DROP TABLE bench_user, bench_team, bench_area, bench_fam`);
  await step('analyze', `ANALYZE`);
  return { families: n, regisseurs, teams, steps, seconds: steps.reduce((s, x) => s + x.seconds, 0) };
}
