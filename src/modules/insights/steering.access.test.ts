// Signals that paid off and the CBS delivery through HTTP: a derived figure is shown only when every cell
// it sums is shown on the neighbourhood-patterns page (so the two pages together give no hidden cell
// away); the CBS file and report only for the lead of a team in the municipality, by POST, one audit row
// per export, valid and refused records; and bad query or body input is a 4xx on all the steering routes.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import {
  buildFamilyWithTrajectory,
  buildPerson,
  buildTeam,
  buildUser,
  addToTeam,
} from '../../test-support/factories.js';
import { buildSignalWorld, testBsn, type SignalWorld } from '../../test-support/signal-factories.js';
import { checkRouteMatrix } from '../../test-support/access-matrix.js';
import { lastMonths } from './patterns.js';
import type { SignalOutcomes } from './signal-outcomes/schemas.js';

let t: TestApp;
let w: SignalWorld;
let policy: Session;
let lead: Session;
const month = lastMonths(new Date(), 18, true).at(-1) as string;
const BSN = testBsn(4242);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  w = await buildSignalWorld(db);
  await db.insertInto('district').values({ code: 'WK019301', name: 'Noord', municipality_code: '0193' }).execute();
  await db
    .insertInto('neighbourhood')
    .values({ code: 'BU01930100', name: 'Noorderkwartier', district_code: 'WK019301', municipality_code: '0193' })
    .execute();
  // Binnenstad: outreach 6 follow-up financial (evictions prevented), 2 declined, 1 not reached; 5 new
  // trajectories. Noorderkwartier: 7 follow-up non-financial; 2 new trajectories.
  const plan: Array<[string, string | null, number]> = [
    ['BU01930000', 'follow_up_financial', 6],
    ['BU01930000', 'declined', 2],
    ['BU01930000', 'not_reached', 1],
    ['BU01930000', null, 5],
    ['BU01930100', 'follow_up_non_financial', 7],
    ['BU01930100', null, 2],
  ];
  let n = 0;
  const at = new Date(`${month}-15T10:00:00Z`);
  const rows = plan.flatMap(([hood, outcome, count]) =>
    Array.from({ length: count }, () => {
      n += 1;
      return {
        reference: `S-U${String(n).padStart(9, '0')}`,
        organisation_id: w.housing.organisationId,
        submitted_by: w.housing.user.id,
        channel: 'form' as const,
        idempotency_key: (n + 5000).toString(16).padStart(64, '0'),
        category: 'rent_arrears' as const,
        urgency: 'normal' as const,
        given_name: 'Test',
        family_name: `Gezin${n}`,
        birth_date: '1980-01-01',
        postcode: '8011AB',
        house_number: String(n),
        municipality_code: '0193',
        neighbourhood_code: hood,
        amount_cents: 10000,
        arrears_since: '2020-01-01',
        signal_date: `${month}-01`,
        routed_to: 'team' as const,
        team_id: w.teamId,
        triage_due_on: `${month}-05`,
        status: 'closed' as const,
        triage_outcome: outcome === null ? ('new_trajectory' as const) : ('outreach' as const),
        triaged_at: at,
        outreach_outcome: outcome as 'declined' | null,
        outreach_closed_at: outcome === null ? null : at,
        eviction_prevented: outcome === 'follow_up_financial' ? true : null,
      };
    }),
  );
  await db.insertInto('signal').values(rows).execute();
  policy = await login(t.app, (await buildUser(db, ['policy'])).username);
  lead = await login(t.app, w.lead.username);
  // CBS: one family of the lead's team, helped since March; two children, one without a recorded sex.
  const family = await buildFamilyWithTrajectory(db, { teamId: w.teamId, regisseurId: w.member.id });
  await db.updateTable('family').set({ postcode: '8011AB' }).where('id', '=', family.familyId).execute();
  await db
    .updateTable('trajectory')
    .set({ first_contact_on: '2026-03-10' })
    .where('id', '=', family.trajectoryId)
    .execute();
  const ok = await buildPerson(db, family.familyId, { givenName: 'Sanne', bsn: BSN, birthDate: '2013-02-01' });
  await db.updateTable('person').set({ sex: '2' }).where('id', '=', ok).execute();
  await buildPerson(db, family.familyId, { givenName: 'Daan', birthDate: '2015-06-01' });
});
afterAll(async () => {
  await t?.close();
});

const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
const post = (s: Session, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: s.headers, payload });
const H1 = { municipality: '0193', year: 2026, half: 1 };
const SETTINGS = { dropOutReasons: '03+04', repeatWindowMonths: 18, suppressionThreshold: 5, roundToFive: false };
const put = (s: Session, url: string, payload: unknown) =>
  t.app.inject({ method: 'PUT', url, headers: s.headers, payload: payload as object });

/** A policy advisor whose home organisation is the municipality's own. */
async function advisorOf(code: string): Promise<Session> {
  const org = await t.db.kysely
    .insertInto('organisation')
    .values({ name: `Gemeente ${code} ${Math.random()}`, type: 'municipality', municipality_code: code })
    .returning('id')
    .executeTakeFirstOrThrow();
  return login(t.app, (await buildUser(t.db.kysely, ['policy'], { organisationId: org.id })).username);
}
const settingRow = () =>
  t.db.kysely.selectFrom('outcome_setting').selectAll().where('municipality_code', '=', '0193').executeTakeFirst();

describe('signals that paid off', () => {
  it('publishes each measure suppressed, and a sum only when the patterns page shows all its parts', async () => {
    const res = await get(policy, `/api/insights/signal-outcomes?municipality=0193&month=${month}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<SignalOutcomes>();
    const cell = (hood: string, measure: string) =>
      body.rows.find((r) => r.code === hood)!.cells[body.measures.indexOf(measure as 'reached')]!;
    expect(cell('BU01930000', 'follow_up_help')).toEqual({ kind: 'value', value: 6 });
    expect(cell('BU01930100', 'follow_up_help')).toEqual({ kind: 'value', value: 7 });
    expect(cell('BU01930000', 'eviction_prevented')).toEqual({ kind: 'value', value: 6 });
    // 2 new trajectories are hidden; the 5 beside it too, or the column total would tell.
    expect(cell('BU01930100', 'trajectory')).toEqual({ kind: 'primary', value: null });
    expect(cell('BU01930000', 'trajectory')).toEqual({ kind: 'secondary', value: null });
    // Reached in Binnenstad adds up "declined" (2), which the patterns page hides: so hidden here too.
    expect(cell('BU01930000', 'reached').kind).not.toBe('value');
    // Cross-check with the patterns page: every shown sum equals the sum of shown pattern cells.
    const pattern = (
      await get(policy, `/api/insights/patterns?municipality=0193&measure=outreach&month=${month}`)
    ).json<{
      columns: string[];
      rows: Array<{ code: string; cells: Array<{ kind: string; value: number | null }> }>;
    }>();
    for (const row of body.rows) {
      const p = pattern.rows.find((r) => r.code === row.code)!;
      const shown = (keys: string[]) => keys.map((k) => p.cells[pattern.columns.indexOf(k)]!);
      const fu = row.cells[body.measures.indexOf('follow_up_help')]!;
      if (fu.kind === 'value') {
        const parts = shown(['follow_up_financial', 'follow_up_non_financial']);
        expect(parts.every((c) => c.kind === 'value')).toBe(true);
        expect(fu.value).toBe(parts.reduce((acc, c) => acc + (c.value ?? 0), 0));
      }
    }
  });
});

describe('CBS delivery', () => {
  it('the lead of the team gets the report and the file; one audit row per export; nothing personal in the URL', async () => {
    const report = await post(lead, '/api/insights/cbs-delivery/report', H1);
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json()).toMatchObject({
      period: { from: '2026-01-01', to: '2026-06-30' },
      deliverable: 1,
      refused: [{ givenName: 'Daan', problems: ['sex_missing'] }],
    });
    const count = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('audit_event')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('event', '=', 'cbs_delivery.export')
            .where('outcome', '=', 'allowed')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const file = await post(lead, '/api/insights/cbs-delivery/file', H1);
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    expect(file.headers['content-disposition']).toBe('attachment; filename="cbs-jeugd-0193-2026-H1.csv"');
    const lines = file.body.trim().split('\n');
    expect(lines).toEqual([
      'bsn;geboortedatum;geslacht;postcode;verwijzer;hulpvorm;gestart_in_crisis;begindatum;einddatum;reden_beeindiging;tevredenheid;informant_tevredenheid;zonder_hulp_verder',
      `${BSN};20130201;2;8011AB;06;01;N;20260310;;;;;`,
    ]);
    expect(await count()).toBe(before + 1);
    const audit = await t.db.kysely
      .selectFrom('audit_event')
      .select('data_description')
      .where('event', '=', 'cbs_delivery.export')
      .execute();
    for (const a of audit) expect(a.data_description ?? '').not.toContain(BSN);
  });

  it('is for no role by itself: only a lead of a team in that municipality', async () => {
    await checkRouteMatrix(t, [
      { method: 'POST', url: '/api/insights/cbs-delivery/report', payload: () => H1, allowed: [] },
      { method: 'POST', url: '/api/insights/cbs-delivery/file', payload: () => H1, allowed: [] },
      // Signals that paid off: policy advisors by role; a team lead only with a team in the municipality.
      { method: 'GET', url: `/api/insights/signal-outcomes?municipality=0193&month=${month}`, allowed: ['policy'] },
      // Outcome settings: read by whoever steers on the figures; changed only by the municipality's own
      // policy advisor (the matrix's users belong to no municipality, so nobody here).
      { method: 'GET', url: '/api/insights/outcomes/settings/0193', allowed: ['policy', 'contract_manager'] },
      { method: 'PUT', url: '/api/insights/outcomes/settings/0193', payload: () => SETTINGS, allowed: [] },
    ]);
    const otherLead = await buildUser(t.db.kysely, ['professional', 'team_lead']);
    await addToTeam(t.db.kysely, await buildTeam(t.db.kysely, { municipality: '0166' }), otherLead.id, true);
    const other = await login(t.app, otherLead.username);
    expect((await post(other, '/api/insights/cbs-delivery/file', H1)).statusCode).toBe(403);
    const member = await login(t.app, w.member.username);
    expect((await post(member, '/api/insights/cbs-delivery/file', H1)).statusCode).toBe(403);
    // The other lead delivers for its own municipality: its team has no trajectories, so an empty file.
    const own = await post(other, '/api/insights/cbs-delivery/file', { ...H1, municipality: '0166' });
    expect(own.statusCode).toBe(200);
    expect(own.body.trim().split('\n')).toHaveLength(1);
  });
});

describe('outcome settings', () => {
  it("the municipality's policy advisor changes them, audited with who and when; the figures' labels follow", async () => {
    const own = await advisorOf('0193');
    const before = await get(own, '/api/insights/outcomes/settings/0193');
    expect(before.json()).toMatchObject({ dropOutReasons: '03', repeatWindowMonths: 12, canChange: true });
    const res = await put(own, '/api/insights/outcomes/settings/0193', SETTINGS);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ...SETTINGS, isDefault: false, canChange: true });
    expect(res.json<{ updatedBy: string }>().updatedBy).toMatch(/^Testpersoon /);
    const audit = await t.db.kysely
      .selectFrom('audit_event')
      .select(['data_description', 'actor_role'])
      .where('event', '=', 'outcome_setting.update')
      .where('outcome', '=', 'allowed')
      .execute();
    expect(audit).toEqual([expect.objectContaining({ actor_role: 'policy' })]);
    const report = await get(policy, '/api/insights/outcomes?code=0193&period=2026-H1&informant=parent');
    const defs = report.json<{ definitions: Array<{ key: string; detail: string }>; informant: string }>();
    expect(defs.informant).toBe('parent');
    expect(defs.definitions.find((d) => d.key === 'drop_out')?.detail).toBe('03+04');
    expect(defs.definitions.find((d) => d.key === 'repeat_use')?.detail).toBe('18');
    expect(defs.definitions.find((d) => d.key === 'satisfaction')?.detail).toBe('1-10 parent');
  });

  it("others read at most: another municipality's advisor and the team lead get 403 on a change", async () => {
    const row = await settingRow();
    const other = await advisorOf('0166');
    expect((await put(other, '/api/insights/outcomes/settings/0193', SETTINGS)).statusCode).toBe(403);
    const read = await get(lead, '/api/insights/outcomes/settings/0193');
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ canChange: false });
    expect((await put(lead, '/api/insights/outcomes/settings/0193', SETTINGS)).statusCode).toBe(403);
    expect((await get(other, '/api/insights/outcomes/settings/9999')).statusCode).toBe(404);
    expect(await settingRow()).toEqual(row);
  });

  it('bad input is a 4xx with the field named, and changes nothing', async () => {
    const own = await advisorOf('0193');
    const row = await settingRow();
    const tooLong = await put(own, '/api/insights/outcomes/settings/0193', { ...SETTINGS, repeatWindowMonths: 61 });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ errors: [{ path: 'repeatWindowMonths', kind: 'too_big', limit: 60 }] });
    const value = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { dropOutReasons: value, repeatWindowMonths: value, suppressionThreshold: value, roundToFive: value },
          { requiredKeys: [] },
        ),
        fc.oneof(fc.constant('0193'), fc.string({ maxLength: 6 })),
        async (body, code) => {
          const ok = SETTINGS_VALID(body) && code === '0193';
          fc.pre(!ok);
          const res = await put(own, `/api/insights/outcomes/settings/${encodeURIComponent(code)}`, body);
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
    expect(await settingRow()).toEqual(row);
  });
});

/** Whether a random body happens to be a valid change (then the property skips it). */
function SETTINGS_VALID(b: Record<string, unknown>): boolean {
  const int = (v: unknown, lo: number, hi: number) => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
  return (
    (b['dropOutReasons'] === '03' || b['dropOutReasons'] === '03+04') &&
    int(b['repeatWindowMonths'], 1, 60) &&
    int(b['suppressionThreshold'], 5, 50) &&
    typeof b['roundToFive'] === 'boolean'
  );
}

describe('bad input', () => {
  it('queries and bodies out of shape are 4xx, never 5xx, and change nothing', async () => {
    const audit = async () =>
      Number(
        (
          await t.db.kysely
            .selectFrom('audit_event')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('event', 'like', 'cbs_delivery.%')
            .where('outcome', '=', 'allowed')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await audit();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 12 }),
        fc.oneof(fc.string({ maxLength: 6 }), fc.integer().map(String)),
        fc.string({ maxLength: 8 }),
        fc.oneof(fc.string({ maxLength: 4 }), fc.constant(null), fc.constant(3)),
        async (area, year, mon, junk) => {
          const q = encodeURIComponent;
          const b = await get(policy, `/api/insights/budget?area=${q(area)}&year=${q(year)}`);
          expect(b.statusCode).toBeLessThan(500);
          const s = await get(policy, `/api/insights/signal-outcomes?municipality=${q(area)}&month=${q(mon)}`);
          expect(s.statusCode).toBeLessThan(500);
          const c = await post(lead, '/api/insights/cbs-delivery/file', {
            municipality: area,
            year: Number(year),
            half: junk,
          });
          expect(c.statusCode).toBeGreaterThanOrEqual(400);
          expect(c.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 40 },
    );
    expect(await audit()).toBe(before);
  });
});
