// Referral index at national scale (issue 4 item 10): generate BENCH_REGISTRATIONS active
// registrations (default 200,000; 5,000,000 for the national figure) with a set-based
// INSERT … SELECT generate_series on PostgreSQL, then time the app's own registerInvolvement()
// (dist/server) for one more registration without a match and for a second organisation on the
// same young person (match found, created, registrants and coordinator notified), each in its
// own committed transaction. The EXPLAIN of the three match lookups is part of the report: each
// must be an index scan, never a sequential scan of millions of rows.
//
//   npm run build && BENCH_SECTIONS=involvement BENCH_BACKENDS=postgres BENCH_REGISTRATIONS=5000000 \
//     BENCH_RESULTS=/tmp/bench.md node bench/run.mjs
//
// Environment: BENCH_REGISTRATIONS (default 200000), BENCH_INVOLVEMENT_SAMPLES (default 200).
// PostgreSQL only (a throw-away database kt_bench_involvement); skipped when the server is unreachable.
//
// With 5,000,000 registrations (PostgreSQL 15, 2 cores) every match lookup is one index probe:
//   youth:   Index Scan using involvement_registration_youth_idx on involvement_registration (actual rows=2 loops=1)
//              Index Cond: (youth_bsn_hash = '<hash>'::bpchar)
//   address: Index Scan using involvement_registration_address_idx on involvement_registration (actual rows=4 loops=1)
//              Index Cond: (address_hash = '<hash>'::bpchar)
//   parent:  Index Scan using involvement_registration_parent_idx on involvement_registration (actual rows=15 loops=1)
//              Index Cond: (parent_bsn_hash = '<hash>'::bpchar)
// and the section fails if any of them turns into a sequential scan.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const N = Number(process.env.BENCH_REGISTRATIONS || 200_000);
const SAMPLES = Number(process.env.BENCH_INVOLVEMENT_SAMPLES || 200);
const DB_NAME = 'kt_bench_involvement';
const SECRET = 'bench-secret-bench-secret-bench-secret!!';

function bsnFrom(seed) {
  for (let s = seed; ; s++) {
    const stem = `97${String(s % 1_000_000).padStart(6, '0')}`;
    const sum = [...stem].reduce((acc, d, i) => acc + Number(d) * (9 - i), 0);
    if (sum % 11 < 10) return { bsn: `${stem}${sum % 11}`, next: s + 1 };
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (x) => x.toFixed(2);

async function generate(db, sql, log) {
  await sql`INSERT INTO region (code, name) VALUES ('BENCH', 'Benchregio')`.execute(db);
  await sql`INSERT INTO municipality (code, name, region_code) SELECT lpad(g::text, 4, '0'), 'Gemeente ' || g, 'BENCH' FROM generate_series(1, 342) g`.execute(
    db,
  );
  await sql`INSERT INTO organisation (name, type, municipality_code)
    SELECT 'Organisatie ' || g, (ARRAY['school','gp_practice','child_health_clinic','police'])[1 + g % 4], lpad((1 + g % 342)::text, 4, '0') FROM generate_series(1, 2000) g`.execute(
    db,
  );
  const org = (await sql`SELECT id FROM organisation ORDER BY name LIMIT 1`.execute(db)).rows[0].id;
  await sql`INSERT INTO app_user (username, display_name, home_organisation_id, roles) VALUES ('bench.registrant', 'Bench', ${org}, ARRAY['signaller']),
    ('bench.coordinator', 'Bench coordinator', ${org}, ARRAY['professional'])`.execute(db);
  await sql`INSERT INTO involvement_coordinator (municipality_code, user_id, set_by) SELECT '0001', id, id FROM app_user WHERE username = 'bench.coordinator'`.execute(
    db,
  );
  // Bulk load without the secondary indexes (random 64-hex keys make per-row B-tree inserts crawl),
  // then rebuild them from their own definitions: the same indexes the migration made.
  const indexes = (
    await sql`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'involvement_registration' AND indexname <> 'involvement_registration_pkey'`.execute(
      db,
    )
  ).rows;
  for (const i of indexes) await sql`DROP INDEX ${sql.ref(i.indexname)}`.execute(db);
  const chunk = 1_000_000;
  const started = Date.now();
  for (let from = 0; from < N; from += chunk) {
    const to = Math.min(N, from + chunk) - 1;
    // 10 % of the young people have two registrations (of two organisations); half the
    // registrations carry an address shared by about two, a third a parent shared by about five.
    await sql`
      WITH orgs AS (SELECT array_agg(id ORDER BY name) AS ids FROM organisation),
           u AS (SELECT id FROM app_user WHERE username = 'bench.registrant')
      INSERT INTO involvement_registration (organisation_id, municipality_code, registered_by, youth_bsn_enc, youth_bsn_hash, youth_birth_date,
        address_hash, parent_bsn_hash, risk_ground, contact_name, contact_phone, registered_at, ends_on)
      SELECT orgs.ids[1 + (g % 2000)], lpad((1 + g % 342)::text, 4, '0'), u.id, 'bench',
        encode(sha256(convert_to(CASE WHEN g % 20 < 2 THEN 'd' || (g / 2) ELSE 'u' || g END, 'UTF8')), 'hex'),
        DATE '2006-01-01' + (g % 6000),
        CASE WHEN g % 2 = 0 THEN encode(sha256(convert_to('a' || (g % greatest(1, ${N} / 4)), 'UTF8')), 'hex') END,
        CASE WHEN g % 3 = 0 THEN encode(sha256(convert_to('p' || (g % greatest(1, ${N} / 15)), 'UTF8')), 'hex') END,
        chr(97 + g % 12), 'Contact ' || g, '038-' || lpad((g % 10000000)::text, 7, '0'),
        now() - make_interval(days => g % 700), CURRENT_DATE + 30 + g % 700
      FROM generate_series(${from}::int, ${to}::int) g, orgs, u`.execute(db);
    log(`  involvement: ${to + 1} registrations generated (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  for (const i of indexes) {
    await db.transaction().execute(async (trx) => {
      await sql`SET LOCAL maintenance_work_mem = '256MB'`.execute(trx);
      await sql.raw(i.indexdef).execute(trx);
    });
    log(`  involvement: ${i.indexname} rebuilt (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await sql`ANALYZE involvement_registration`.execute(db);
  return (Date.now() - started) / 1000;
}

export default {
  name: 'involvement',
  title: 'Referral index: registration and match detection at national scale',
  async standalone({ settings, log, repoDir, withPgAdmin }) {
    const dist = (p) => pathToFileURL(join(repoDir, 'dist', 'server', p)).href;
    const url = new URL(settings.pgAdminUrl);
    url.pathname = `/${DB_NAME}`;
    try {
      await withPgAdmin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
        await c.query(`CREATE DATABASE ${DB_NAME}`);
      });
    } catch (err) {
      return `Skipped: no PostgreSQL server (${err.message}).`;
    }
    const { openServer } = await import(dist('platform/db/connect.js'));
    const { migrate } = await import(dist('platform/db/migrate.js'));
    const { BsnVault } = await import(dist('platform/bsn.js'));
    const { registerInvolvement } = await import(dist('modules/involvement/register.js'));
    const { sql } = await import('kysely');
    const database = openServer({ url: url.toString(), poolSize: 2, statementTimeoutMs: 3_600_000 });
    const db = database.kysely;
    try {
      await migrate(db);
      log(`  involvement: generating ${N} registrations on PostgreSQL …`);
      const generateSeconds = await generate(db, sql, log);
      const size = (
        await sql`SELECT pg_size_pretty(pg_total_relation_size('involvement_registration')) AS s`.execute(db)
      ).rows[0].s;

      const vault = new BsnVault(SECRET);
      const orgs = (await sql`SELECT id FROM organisation ORDER BY name LIMIT 2`.execute(db)).rows.map((r) => r.id);
      const user = (await sql`SELECT id FROM app_user WHERE username = 'bench.registrant'`.execute(db)).rows[0].id;
      const who = (organisationId) => ({ organisationId, userId: user, apiKeyId: null, defaultMunicipality: '0001' });
      const body = (bsn, i) => ({
        bsn,
        birthDate: '2012-03-04',
        riskGround: 'e',
        contactName: 'Bench',
        contactPhone: '038-1234567',
        postcode: `${1000 + (i % 8999)}AB`,
        houseNumber: String(1 + (i % 200)),
      });
      const first = [];
      const second = [];
      let seed = 0;
      for (let i = 0; i < SAMPLES; i++) {
        const next = bsnFrom(seed);
        seed = next.next;
        for (const [org, times] of [
          [orgs[0], first],
          [orgs[1], second],
        ]) {
          const t0 = process.hrtime.bigint();
          const result = await db
            .transaction()
            .execute((trx) => registerInvolvement(trx, vault, who(org), body(next.bsn, i), new Date()));
          times.push(Number(process.hrtime.bigint() - t0) / 1e6);
          if (org === orgs[1] && !result.matches.some((m) => m.kind === 'youth'))
            throw new Error('expected a youth match');
        }
      }
      first.sort((a, b) => a - b);
      second.sort((a, b) => a - b);

      const key = (
        await sql`SELECT youth_bsn_hash, address_hash, parent_bsn_hash FROM involvement_registration WHERE address_hash IS NOT NULL AND parent_bsn_hash IS NOT NULL LIMIT 1`.execute(
          db,
        )
      ).rows[0];
      const explain = async (column, value) =>
        (
          await sql`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT id, organisation_id, youth_bsn_hash FROM involvement_registration WHERE ${sql.ref(column)} = ${value}`.execute(
            db,
          )
        ).rows
          .map((r) => r['QUERY PLAN'].replace(/'[0-9a-f]{64}'/g, "'<hash>'"))
          .join('\n');
      const plans = [
        ['youth', await explain('youth_bsn_hash', key.youth_bsn_hash)],
        ['address', await explain('address_hash', key.address_hash)],
        ['parent', await explain('parent_bsn_hash', key.parent_bsn_hash)],
      ];
      if (plans.some(([, p]) => /Seq Scan/.test(p)))
        throw new Error(`a match lookup is a sequential scan:\n${plans.map(([, p]) => p).join('\n')}`);
      const row = (label, xs) =>
        `| ${label} | ${xs.length} | ${ms(percentile(xs, 50))} | ${ms(percentile(xs, 95))} | ${ms(percentile(xs, 99))} | ${ms(xs[xs.length - 1])} |`;
      return [
        `${N.toLocaleString('en')} active registrations generated on PostgreSQL in ${generateSeconds.toFixed(0)} s (table + indexes ${size}); then the app's registerInvolvement(), one committed transaction each:`,
        '',
        '| registration | n | p50 ms | p95 ms | p99 ms | max ms |',
        '|---|---|---|---|---|---|',
        row('first organisation (advisory locks, insert, archive check, 2 lookups, no match)', first),
        row(
          "second organisation, same youth (match created, both registrants and the municipality's coordinator notified)",
          second,
        ),
        '',
        'Match lookups (EXPLAIN ANALYZE):',
        '',
        ...plans.map(
          ([k, p]) =>
            `- ${k}: \`${p
              .split('\n')
              .map((l) => l.trim())
              .join(' · ')}\``,
        ),
      ].join('\n');
    } finally {
      await database.close();
      await withPgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`)).catch(() => {});
    }
  },
};
