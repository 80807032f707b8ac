// The whole exchange through the partner API, as a provider's system would use it:
// JW315 → (decision) JW301 → JW305 → JW323 → JW325 → JW307, every message answered with its retour,
// and bad input refused with a clear 4xx that changes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BsnVault } from '../../../platform/bsn.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { createTestApp, login, type TestApp } from '../../../test-support/app.js';
import {
  buildFamilyWithTrajectory,
  buildOrganisation,
  buildPerson,
  buildTeam,
  buildUser,
  ensureGeography,
} from '../../../test-support/factories.js';
import { buildIjwXml, parseIjwTree } from '../ijw/codec.js';
import { samplePrestatie, sampleJw305, sampleJw307, sampleJw315, sampleJw323 } from '../ijw/samples.js';
import type { IjwMessageCode } from '../ijw/schema-model.js';
import type { IjwContent } from '../ijw/types.generated.js';
import { dateText } from './handler-context.js';
import { produceJw301ForClient } from './produce.js';
import { messageBoxTransport } from './transport.js';

const SECRET = 'test-secret-test-secret-test-secret-!';
const BSN = '999990019';
let t: TestApp;
let providerId: string;
let agb: string;
let token: string;
let personId: string;

async function keyFor(organisationId: string): Promise<string> {
  const admin = await login(t.app, (await buildUser(t.db.kysely, ['admin'])).username);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/admin/partner-api-keys',
    headers: admin.headers,
    payload: { organisationId, label: 'Cliëntsysteem', scopes: ['ijw:exchange'], rateLimitPerMinute: 600 },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ token: string }>().token;
}

/** The sample message as this test's provider sends it. */
function fromProvider<C extends IjwMessageCode>(code: C, content: IjwContent[C], id: string): string {
  const c = content as { Header: { Afzender: string; BerichtIdentificatie: { Identificatie: string } } };
  c.Header.Afzender = agb;
  c.Header.BerichtIdentificatie.Identificatie = id;
  return buildIjwXml(code, content);
}

const post = (xml: string, bearer = token) =>
  t.app.inject({
    method: 'POST',
    url: '/api/partner/v1/ijw/messages',
    headers: { authorization: `Bearer ${bearer}` },
    payload: { xml },
  });
const outgoing = async () => {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/partner/v1/ijw/messages',
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: { id: string; messageType: string; xml: string }[] }>().items;
};
const messageCount = async () =>
  Number(
    (
      await t.db.kysely
        .selectFrom('ijw_message')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  await ensureGeography(db);
  providerId = await buildOrganisation(db, 'care_provider');
  agb = (await db.selectFrom('organisation').select('agb_code').where('id', '=', providerId).executeTakeFirstOrThrow())
    .agb_code as string;
  token = await keyFor(providerId);
  const { familyId } = await buildFamilyWithTrajectory(db, {
    teamId: await buildTeam(db),
    regisseurId: (await buildUser(db, ['professional'])).id,
  });
  personId = await buildPerson(db, familyId, { bsn: BSN, birthDate: '2014-03-02', appSecret: SECRET });
  const contract = await db
    .insertInto('contract')
    .values({
      reference: `RT-${Date.now() % 1e8}`,
      provider_id: providerId,
      municipality_code: '0193',
      variant: 'effort',
      starts_on: '2026-01-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const product = await db
    .insertInto('contract_product')
    .values({
      contract_id: contract.id,
      category: '45',
      product_code: '45A04',
      name: 'Ambulante jeugdhulp',
      unit: '04',
      budget_line: 'local_ambulant',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('product_tariff')
    .values({ contract_product_id: product.id, valid_from: '2026-01-01', tariff_cents: 9500 })
    .execute();
  const line = await db
    .insertInto('budget_line')
    .values({
      municipality_code: '0193',
      year: 2026,
      line: 'local_ambulant',
      scope: 'local',
      amount_cents: 100_000_000,
    })
    .onConflict((oc) => oc.columns(['municipality_code', 'year', 'line']).doUpdateSet({ amount_cents: 100_000_000 }))
    .returning('id')
    .executeTakeFirstOrThrow();
  const consultant = await buildUser(db, ['consultant']);
  const decision = await db
    .insertInto('decision')
    .values({
      municipality_code: '0193',
      reference: `BS-RT-${Date.now() % 1e8}`,
      family_id: familyId,
      person_id: personId,
      outcome: 'granted',
      motivation: 'Test',
      decided_by: consultant.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('allocation')
    .values({
      decision_id: decision.id,
      municipality_code: '0193',
      allocation_number: 100001,
      person_id: personId,
      provider_id: providerId,
      contract_product_id: product.id,
      kind: 'specific',
      category: '45',
      product_code: '45A04',
      volume: 4,
      unit: '04',
      frequency: '2',
      starts_on: '2026-01-01',
      ends_on: '2026-12-31',
      referrer_type: '01',
      expected_cost_cents: 1_976_000,
      budget_line_id: line.id,
    })
    .execute();
});
afterAll(async () => {
  await t.close();
});

describe('iJw round trip through the partner API', () => {
  it('JW315 → JW316, and an open request due in five working days', async () => {
    const res = await post(fromProvider('JW315', sampleJw315(), 'RT315'));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ messageType: 'JW315', answerType: 'JW316', refused: 0 });
    const req = await t.db.kysely
      .selectFrom('allocation_request')
      .selectAll()
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(req).toMatchObject({ source: 'jw315', status: 'open', request_reference: 'VZ-0001', category: '45' });
  });

  it('JW301 full state after the decision (OP087) lands in the box; collected and acknowledged', async () => {
    const vault = new BsnVault(SECRET);
    const id = await inTransaction(t.db.kysely, (trx) =>
      produceJw301ForClient(
        trx,
        { transport: messageBoxTransport, openBsn: (s) => vault.open(s) },
        {
          personId,
          providerId,
          municipalityCode: '0193',
        },
      ),
    );
    expect(id).not.toBeNull();
    const items = await outgoing();
    expect(items.map((i) => i.messageType).sort()).toEqual(['JW301', 'JW316']);
    const jw301 = parseIjwTree('JW301', items.find((i) => i.messageType === 'JW301')?.xml ?? '');
    expect(jw301.Client.Bsn).toBe(BSN);
    expect(jw301.Client.ToegewezenProducten.ToegewezenProduct.map((p) => p.ToewijzingNummer)).toEqual(['100001']);
    for (const i of items) {
      const ack = await t.app.inject({
        method: 'POST',
        url: `/api/partner/v1/ijw/messages/${i.id}/ack`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(ack.statusCode, ack.body).toBe(200);
    }
    expect(await outgoing()).toEqual([]);
  });

  it('JW305 start → JW306 0200; a second start → 9326 (TR326); unknown allocation → 9019 (TR019)', async () => {
    const ok = await post(fromProvider('JW305', sampleJw305('100001'), 'RT305A'));
    expect(ok.json()).toMatchObject({ answerType: 'JW306', refused: 0 });
    const again = await post(fromProvider('JW305', sampleJw305('100001', '2026-01-20'), 'RT305B'));
    expect(again.json()).toMatchObject({ refused: 1 });
    const unknown = await post(fromProvider('JW305', sampleJw305('999999'), 'RT305C'));
    expect(unknown.json()).toMatchObject({ refused: 1 });
    const retours = (await outgoing())
      .filter((i) => i.messageType === 'JW306')
      .map((i) => parseIjwTree('JW306', i.xml));
    const codes = retours.map((r) => r.Client?.StartProducten.StartProduct[0]?.RetourCodes.RetourCode[0]).sort();
    expect(codes).toEqual(['0200', '9019', '9326']);
  });

  it('JW323 → JW325 with the refused line and its code; accepted lines are spend', async () => {
    const claim = sampleJw323([
      samplePrestatie({ ref: 'RTA1' }),
      samplePrestatie({ ref: 'RTA1' }), // TR314: the same reference twice
      samplePrestatie({ ref: 'RTA2', volume: '20', amount: '190000' }), // TR321: more than 4 h a week
    ]);
    const res = await post(fromProvider('JW323', claim, 'RT323'));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ answerType: 'JW325', refused: 2 });
    const answer = (await outgoing()).find((i) => i.messageType === 'JW325');
    const jw325 = parseIjwTree('JW325', answer?.xml ?? '');
    const refused = jw325.DeclaratieAntwoord?.Clienten?.Client[0]?.Prestaties.Prestatie ?? [];
    expect(refused.map((p) => [p.ProductReferentie.ReferentieNummer, p.RetourCodes.RetourCode])).toEqual([
      ['RTA1', ['8021']],
      ['RTA2', ['9321']],
    ]);
    expect(jw325.DeclaratieAntwoord?.TotaalToegekendBedrag.TotaalBedrag).toBe('114000');
    const spend = await t.db.kysely
      .selectFrom('claim')
      .select(['accepted_cents', 'rejected_lines'])
      .executeTakeFirstOrThrow();
    expect(spend).toEqual({ accepted_cents: 114000, rejected_lines: 2 });
  });

  it('a claim file streamed as application/xml: the same checks line by line, the original kept whole', async () => {
    const claim = sampleJw323(
      [
        samplePrestatie({ ref: 'RTA1' }), // TR314: accepted in the claim before
        samplePrestatie({ ref: 'RTB1', volume: '20', amount: '190000' }), // TR321
      ],
      'DN202603',
    );
    const xml = fromProvider('JW323', claim, 'RT323S');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/partner/v1/ijw/claims',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/xml' },
      payload: xml,
    });
    expect(res.statusCode, res.body).toBe(201);
    const receipt = res.json<{ id: string; answerId: string; refused: number }>();
    expect(receipt).toMatchObject({ answerType: 'JW325', refused: 2 });
    const answer = (await outgoing()).find((i) => i.id === receipt.answerId);
    const refused = parseIjwTree('JW325', answer?.xml ?? '').DeclaratieAntwoord?.Clienten?.Client[0]?.Prestaties;
    expect(refused?.Prestatie.map((p) => [p.ProductReferentie.ReferentieNummer, p.RetourCodes.RetourCode])).toEqual([
      ['RTA1', ['8021']],
      ['RTB1', ['9321']],
    ]);
    const stored = await t.db.kysely
      .selectFrom('ijw_message')
      .select(['xml', 'line_count', 'status'])
      .where('id', '=', receipt.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ xml, line_count: 2, status: 'processed' });
  });

  it('JW307 stop → JW308 0200, the end reason kept; a stop after the definitive stop → 9415 (OP377)', async () => {
    const ok = await post(fromProvider('JW307', sampleJw307('100001', { reason: '31' }), 'RT307A'));
    expect(ok.json()).toMatchObject({ answerType: 'JW308', refused: 0 });
    const period = await t.db.kysely
      .selectFrom('care_period')
      .select(['stopped_on', 'end_reason'])
      .executeTakeFirstOrThrow();
    expect({ ...period, stopped_on: dateText(period.stopped_on) }).toEqual({
      stopped_on: '2026-06-30',
      end_reason: '31',
    });
    const again = await post(fromProvider('JW307', sampleJw307('100001', { reason: '33' }), 'RT307B'));
    expect(again.json()).toMatchObject({ refused: 1 });
  });
});

describe('iJw bad input through the partner API: a clear 4xx, nothing changed', () => {
  it('refuses malformed XML, DOCTYPE, a wrong namespace, a foreign sender and a repeated identification', async () => {
    const before = await messageCount();
    const valid = fromProvider('JW305', sampleJw305('100001', '2026-08-01'), 'RTBAD1');
    const cases: [string, number, string][] = [
      [valid.slice(0, 200), 400, 'ijw_xml_malformed'],
      [valid.replace('?>', '?><!DOCTYPE x [<!ENTITY a "aaaa">]>'), 400, 'ijw_doctype_refused'],
      [valid.replaceAll('ijw/3_2/jw305', 'ijw/3_1/jw305'), 400, 'ijw_unknown_message'],
      [valid.replace(`<jw305:Afzender>${agb}<`, '<jw305:Afzender>12345678<'), 400, 'ijw_sender_mismatch'],
      [fromProvider('JW305', sampleJw305('100001'), 'RT305A'), 409, 'ijw_duplicate_message'],
      [valid.replace(`<jw305:Bsn>${BSN}<`, '<jw305:Bsn>12<'), 400, 'ijw_schema_invalid'],
    ];
    for (const [xml, status, code] of cases) {
      const res = await post(xml);
      expect(`${res.statusCode} ${res.json<{ code: string }>().code}`).toBe(`${status} ${code}`);
    }
    expect(await messageCount()).toBe(before);
  });

  it('property: random corruption gives 201 or a 4xx, and a 4xx changes nothing', async () => {
    const valid = fromProvider('JW305', sampleJw305('100001', '2026-08-01'), 'RTPROP');
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: valid.length - 1 }),
        fc.nat({ max: 30 }),
        fc.string({ maxLength: 6 }),
        async (at, cut, ins) => {
          const before = await messageCount();
          const res = await post(valid.slice(0, at) + ins + valid.slice(at + cut));
          expect([201, 400, 409]).toContain(res.statusCode);
          if (res.statusCode !== 201) expect(await messageCount()).toBe(before);
        },
      ),
      // A processing instruction in place of the XML declaration (CI found it: a 500).
      { numRuns: 25, examples: [[2, 13, 'A ']] },
    );
  });

  it("another provider's key cannot acknowledge this provider's message", async () => {
    const other = await keyFor(await buildOrganisation(t.db.kysely, 'care_provider'));
    const mine = await t.db.kysely
      .selectFrom('ijw_message')
      .select('id')
      .where('provider_id', '=', providerId)
      .where('direction', '=', 'out')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/partner/v1/ijw/messages/${mine.id}/ack`,
      headers: { authorization: `Bearer ${other}` },
    });
    expect(res.statusCode).toBe(404);
  });
});
