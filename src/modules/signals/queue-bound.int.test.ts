// The triage queue's cost does not grow with the backlog (issue 16, soak): with thousands of open and
// triaged signals in one team, the statement the queue sends is planned (on this run's backend) as an
// index scan in the view's own order, stopped by its limit — no sort of the whole backlog — and its
// count stops past the cap, so the answer says "more than 500" instead of counting every signal.
// Proved by the plan's actual row counts, not by timing.
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { createTestDatabase } from '../../test-support/database.js';
import type { Database } from '../../platform/db/connect.js';
import { COUNT_CAP } from '../../platform/http/paging.js';
import { buildSignalWorld, testBsn, type SignalWorld } from '../../test-support/signal-factories.js';

const OPEN = 3000;
const TRIAGED = 3000;
const CRISIS = 10;

let db: Database;
let t: TestApp;
let w: SignalWorld;
let member: Session;
let capture: Array<{ sql: string; parameters: readonly unknown[] }> | null = null;

beforeAll(async () => {
  db = await createTestDatabase({
    onStatement: (sql, parameters) => {
      capture?.push({ sql, parameters });
    },
  });
  t = await createTestApp({ database: db });
  w = await buildSignalWorld(t.db.kysely);
  member = await login(t.app, w.member.username);
  const housing = await login(t.app, w.housing.user.username);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/signals',
    headers: housing.headers,
    payload: {
      bsn: testBsn(9100),
      postcode: '8011AB',
      houseNumber: '1',
      category: 'rent_arrears',
      amountCents: 50000,
      arrearsSince: '2026-06-01',
      signalDate: '2026-09-01',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  // A backlog like the soak's: copies of that signal, open (ten of them crisis) and triaged.
  await t.db.kysely.executeQuery(
    CompiledQuery.raw(
      `INSERT INTO signal (reference, organisation_id, submitted_by, channel, idempotency_key, category, urgency,
         bsn_enc, bsn_hash, postcode, house_number, municipality_code, neighbourhood_code, amount_cents,
         arrears_since, signal_date, received_at, routed_to, team_id, triage_due_on, status, triage_outcome,
         triage_reason, triaged_by, triaged_at)
       SELECT 'S-' || lpad(g::text, 10, '0'), b.organisation_id, b.submitted_by, b.channel,
         encode(sha256(convert_to('queue-bound-' || g, 'UTF8')), 'hex'), b.category,
         CASE WHEN g <= $1 THEN 'crisis' ELSE 'normal' END, b.bsn_enc, b.bsn_hash, b.postcode, b.house_number,
         b.municipality_code, b.neighbourhood_code, b.amount_cents, b.arrears_since, b.signal_date,
         b.received_at - g * interval '1 minute', b.routed_to, b.team_id, b.triage_due_on + (g % 20),
         CASE WHEN g <= $2 THEN 'received' ELSE 'closed' END,
         CASE WHEN g <= $2 THEN NULL ELSE 'no_action' END,
         CASE WHEN g <= $2 THEN NULL ELSE 'Al in beeld.' END,
         CASE WHEN g <= $2 THEN NULL ELSE $3::uuid END,
         CASE WHEN g <= $2 THEN NULL ELSE b.received_at - g * interval '1 second' END
       FROM signal b, generate_series(1, $4::int) g
       WHERE b.team_id = $5`,
      [CRISIS, OPEN, w.member.id, OPEN + TRIAGED, w.teamId],
    ),
  );
  await t.db.kysely.executeQuery(CompiledQuery.raw('ANALYZE signal'));
}, 60_000);
afterAll(async () => {
  await t?.close();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];
const readsSignal = (n: PlanNode) => nodes(n).some((m) => m['Relation Name'] === 'signal');

/** The queue's answer, and the plan (executed, in a transaction rolled back) of the statement that read signals. */
async function queueWithPlan(query: string) {
  capture = [];
  const res = await t.app.inject({ url: `/api/signals/queue?teamId=${w.teamId}&${query}`, headers: member.headers });
  const sent = capture;
  capture = null;
  expect(res.statusCode, res.body).toBe(200);
  const data = sent.filter((s) => /from "signal"/i.test(s.sql));
  expect(data, 'one statement reads the queue').toHaveLength(1);
  const { sql, parameters } = data[0]!;
  let plan: PlanNode | undefined;
  await t.db.kysely
    .transaction()
    .execute(async (trx) => {
      const r = await trx.executeQuery<{ 'QUERY PLAN': unknown }>(
        CompiledQuery.raw(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, [...parameters]),
      );
      const raw = r.rows[0]!['QUERY PLAN'];
      plan = (typeof raw === 'string' ? JSON.parse(raw) : raw)[0].Plan as PlanNode;
      throw new Error('rollback'); // the audit row the statement inserts is the request's, not the plan's
    })
    .catch((err: Error) => {
      if (err.message !== 'rollback') throw err;
    });
  return {
    body: res.json<{ items: Array<{ reference: string; urgency: string }>; total: number; totalCapped: boolean }>(),
    plan: plan!,
  };
}

function expectBounded(plan: PlanNode, index: string, pageSize: number) {
  const all = nodes(plan);
  // No sort has the backlog under it: every order comes from an index.
  expect(all.filter((n) => n['Node Type'].includes('Sort') && readsSignal(n))).toEqual([]);
  const scans = all.filter((n) => n['Relation Name'] === 'signal');
  // The page: an index scan in the queue's order that stops at the page.
  const page = scans.find((n) => n['Index Name'] === index);
  expect(page?.['Node Type'], JSON.stringify(scans)).toMatch(/Index/);
  expect(page!['Actual Rows'] * page!['Actual Loops']).toBeLessThanOrEqual(pageSize);
  // Nothing reads more than the cap (and one past it), of a backlog six times as long: neither the rows
  // it returns nor the rows it passes over.
  for (const scan of scans)
    expect((scan['Actual Rows'] + (scan['Rows Removed by Filter'] ?? 0)) * scan['Actual Loops']).toBeLessThanOrEqual(
      COUNT_CAP + 1,
    );
}

describe('the triage queue with a long backlog', () => {
  it('reads the open queue by priority as an index scan of the page, with a capped count', async () => {
    const { body, plan } = await queueWithPlan('state=open');
    expect(body.items).toHaveLength(25);
    expect(body.items.slice(0, CRISIS).every((i) => i.urgency === 'crisis')).toBe(true);
    expect(body).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expectBounded(plan, 'signal_open_queue_idx', 25);
  });

  it('reads the triaged queue by the latest decision the same way', async () => {
    const { body, plan } = await queueWithPlan('state=triaged&pageSize=50');
    expect(body.items).toHaveLength(50);
    expect(body).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expectBounded(plan, 'signal_triaged_queue_idx', 50);
  });

  it('counts to the end of a page past the cap, and exactly where few match', async () => {
    const deep = await t.app.inject({
      url: `/api/signals/queue?teamId=${w.teamId}&state=open&page=21`,
      headers: member.headers,
    });
    expect(deep.json()).toMatchObject({ page: 21, total: 525, totalCapped: true });
    const crisis = await queueWithPlan('state=open&urgency=crisis');
    expect(crisis.body).toMatchObject({ total: CRISIS, totalCapped: false });
    expect(crisis.body.items).toHaveLength(CRISIS);
    // One urgency is a range of the open queue's index, not a filter over the whole backlog.
    expectBounded(crisis.plan, 'signal_open_queue_idx', CRISIS);
  });
});
