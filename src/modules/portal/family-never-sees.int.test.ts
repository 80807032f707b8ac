// Issue 15 item 9 over every family route: a household member never sees another member's full BSN,
// the referral index or the professionals' internal notes (version and sign-off notes, handover notes,
// the reasons of a shield, the dossier's note on authority, the note on a consent record), whatever
// portal or rights page they read —
// and the professionals' routes, where those live, refuse the family login. Every family read and write
// in the portal leaves an audit row like a professional's: who, as which role, on which family
// (client), for what purpose, in the request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BsnVault } from '../../platform/bsn.js';
import { createTestApp, type Session, type TestApp } from '../../test-support/app.js';
import { countDenied } from '../../test-support/audit.js';
import { buildUser } from '../../test-support/factories.js';
import { buildRegistrant, nextBsn, registration } from '../../test-support/involvement.js';
import { buildPortalWorld, PORTAL_PLAN, type PortalWorld } from '../../test-support/portal.js';

let t: TestApp;
let w: PortalWorld;
let reference = '';
const bsn: Record<string, string> = {};
const MARKERS = [
  'INTERN-versie',
  'INTERN-akkoord',
  'INTERN-overdracht',
  'INTERN-gezag',
  'INTERN-toestemming', // the recording professional's note on a consent record
  'Gaat over de buurvrouw', // the explanation of the professional's shield
  'third_party_privacy',
  'Mentor De Vries', // the referral index registration's contact
  'mentor@school.example',
];

beforeAll(async () => {
  t = await createTestApp();
  w = await buildPortalWorld(t);
  const db = t.db.kysely;
  const vault = new BsnVault(t.config.appSecret);
  for (const [who, personId] of Object.entries(w.ids)) {
    bsn[who] = nextBsn();
    await db
      .updateTable('person')
      .set({ bsn_enc: vault.seal(bsn[who] ?? ''), bsn_hash: vault.index(bsn[who] ?? '') })
      .where('id', '=', personId)
      .execute();
  }
  await db.updateTable('person').set({ authority_note: 'INTERN-gezag' }).where('id', '=', w.ids.dad).execute();
  const family = await db
    .selectFrom('family as f')
    .innerJoin('trajectory as tr', 'tr.family_id', 'f.id')
    .innerJoin('team as tm', 'tm.id', 'tr.team_id')
    .select(['f.reference', 'tr.id as trajectory', 'tr.regisseur_id', 'tm.organisation_id'])
    .where('f.id', '=', w.familyId)
    .executeTakeFirstOrThrow();
  reference = family.reference;
  await db
    .insertInto('trajectory_handover')
    .values({
      trajectory_id: family.trajectory,
      from_user_id: family.regisseur_id,
      to_user_id: (await buildUser(db, ['professional'])).id,
      handed_over_by: family.regisseur_id,
      note: 'INTERN-overdracht: moeder is wantrouwig',
    })
    .execute();
  // The regisseur records the mother's consent with an internal note, through the professionals' route.
  const consent = await t.app.inject({
    method: 'POST',
    url: `/api/families/${w.familyId}/consents`,
    headers: w.regisseur.headers,
    payload: {
      organisationId: family.organisation_id,
      scopes: ['plan'],
      givenOn: '2026-01-04',
      givenByPersonIds: [w.ids.mum],
      note: 'INTERN-toestemming: telefonisch, twijfelde',
    },
  });
  expect(consent.statusCode, consent.body).toBe(201);
  // Not a vacuous marker: the professionals' dossier carries the note.
  const dossier = await t.app.inject({
    method: 'GET',
    url: `/api/families/${w.familyId}`,
    headers: w.regisseur.headers,
  });
  expect(dossier.body).toContain('INTERN-toestemming');
  const edit = await t.app.inject({
    method: 'PUT',
    url: `/api/families/${w.familyId}/plan`,
    headers: w.regisseur.headers,
    payload: { ...PORTAL_PLAN, baseVersion: 1, note: 'INTERN-versie: overleg met Veilig Thuis' },
  });
  expect(edit.statusCode, edit.body).toBe(200);
  const signed = await t.app.inject({
    method: 'POST',
    url: `/api/families/${w.familyId}/plan/versions/2/sign-off`,
    headers: w.regisseur.headers,
    payload: { signedOn: '2026-01-05', signedByName: 'Moeder', note: 'INTERN-akkoord: onder druk' },
  });
  expect(signed.statusCode, signed.body).toBe(201);
  // The referral index: a school registers the 16-year-old.
  const school = await buildRegistrant(t, 'school');
  bsn.registered = bsn.youth ?? '';
  const reg = await t.app.inject({
    method: 'POST',
    url: '/api/involvement/registrations',
    headers: school.session.headers,
    payload: registration(bsn.youth ?? '', { birthDate: '2010-01-01' }),
  });
  expect(reg.statusCode, reg.body).toBe(201);
});
afterAll(async () => {
  await t.close();
});

const FAMILY_READS = (familyId: string) => [
  '/api/portal/me',
  `/api/portal/families/${familyId}/plan`,
  `/api/portal/families/${familyId}/meetings`,
  `/api/portal/families/${familyId}/team`,
  `/api/portal/families/${familyId}/care`,
  `/api/portal/families/${familyId}/timeline`,
  '/api/family-rights/statements',
  '/api/family-rights/consent',
  '/api/family-rights/requests',
  '/api/family-rights/access-log',
  '/api/family-rights/export.json',
];
const members = (): Array<[string, Session]> => [
  ['mum', w.mum],
  ['dad', w.dad],
  ['teen', w.teen],
  ['youth', w.youth],
];

describe('what the family never sees', () => {
  it("no portal or rights page shows another member's BSN, the referral index or an internal note", async () => {
    const failures: string[] = [];
    for (const [who, session] of members()) {
      const others = Object.entries(bsn).filter(([k, v]) => k !== who && v !== bsn[who]);
      for (const url of FAMILY_READS(w.familyId)) {
        const res = await t.app.inject({ method: 'GET', url, headers: session.headers });
        if (res.statusCode !== 200) {
          failures.push(`${who} ${url} → ${res.statusCode}`);
          continue;
        }
        for (const [whose, number] of others)
          if (res.body.includes(number)) failures.push(`${who} ${url}: the BSN of ${whose}`);
        for (const marker of MARKERS) if (res.body.includes(marker)) failures.push(`${who} ${url}: ${marker}`);
        if (/verwijsindex|involvement/i.test(res.body)) failures.push(`${who} ${url}: the referral index`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('the routes where those live refuse the family login (403, audited)', async () => {
    const f = w.familyId;
    const urls: Array<['GET' | 'POST', string]> = [
      ['GET', `/api/families/${f}`],
      ['GET', `/api/families/${f}/involvement`],
      ['GET', `/api/families/${f}/plan`],
      ['GET', `/api/families/${f}/plan/versions/2`],
      ['GET', `/api/families/${f}/timeline`],
      ['GET', `/api/families/${f}/shields`],
      ['POST', `/api/families/${f}/persons/${w.ids.dad}/bsn`],
      ['POST', `/api/families/${f}/persons/${w.ids.mum}/bsn`],
    ];
    const failures: string[] = [];
    for (const [who, session] of members())
      for (const [method, url] of urls) {
        const denied = await countDenied(t.db.kysely);
        const res = await t.app.inject({ method, url, headers: session.headers });
        if (res.statusCode !== 403) failures.push(`${who} ${method} ${url} → ${res.statusCode}`);
        else if ((await countDenied(t.db.kysely)) !== denied + 1) failures.push(`${who} ${method} ${url}: not audited`);
        for (const number of Object.values(bsn))
          if (res.body.includes(number)) failures.push(`${who} ${method} ${url}: a BSN`);
      }
    expect(failures).toEqual([]);
  });
});

describe('every family read and write in the portal is audited like a professional access', () => {
  async function userOf(personId: string): Promise<string> {
    const row = await t.db.kysely
      .selectFrom('family_account')
      .select('user_id')
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow();
    return row.user_id;
  }
  async function rowsOf(userId: string) {
    return t.db.kysely
      .selectFrom('audit_event')
      .select([
        'id',
        'event',
        'action',
        'outcome',
        'actor_role',
        'subject_type',
        'subject_id',
        'client_ref',
        'purpose',
        'request_id',
      ])
      .where('actor_user_id', '=', userId)
      .orderBy('id')
      .execute();
  }

  it('reads and writes each leave one allowed row naming the family, the role and the purpose', async () => {
    const f = w.familyId;
    const calls: Array<[Session, string, 'GET' | 'POST' | 'PUT', string, object | undefined, string]> = [
      [w.mum, w.ids.mum, 'GET', `/api/portal/families/${f}/plan`, undefined, 'read'],
      [w.mum, w.ids.mum, 'GET', `/api/portal/families/${f}/meetings`, undefined, 'read'],
      [w.mum, w.ids.mum, 'GET', `/api/portal/families/${f}/team`, undefined, 'read'],
      [w.mum, w.ids.mum, 'GET', `/api/portal/families/${f}/care`, undefined, 'read'],
      [w.mum, w.ids.mum, 'GET', `/api/portal/families/${f}/timeline`, undefined, 'read'],
      [w.mum, w.ids.mum, 'POST', `/api/portal/families/${f}/plan/versions/2/sign-off`, undefined, 'create'],
      [
        w.mum,
        w.ids.mum,
        'POST',
        `/api/portal/families/${f}/plan/actions/aProf/comments`,
        { body: 'Wanneer?' },
        'create',
      ],
      [
        w.mum,
        w.ids.mum,
        'POST',
        `/api/portal/families/${f}/proposals`,
        { kind: 'goal', body: 'Samen koken' },
        'create',
      ],
      [w.mum, w.ids.mum, 'POST', `/api/portal/families/${f}/plan/actions/aMum/done`, undefined, 'update'],
      [w.youth, w.ids.youth, 'PUT', `/api/portal/families/${f}/plan/items/gYouth/shield`, { shielded: true }, 'update'],
    ];
    const failures: string[] = [];
    for (const [session, personId, method, url, payload, action] of calls) {
      const userId = await userOf(personId);
      const before = (await rowsOf(userId)).length;
      const res = await t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
      const label = `${method} ${url} → ${res.statusCode}`;
      if (res.statusCode >= 300) {
        failures.push(`${label} ${res.body.slice(0, 160)}`);
        continue;
      }
      const added = (await rowsOf(userId)).slice(before);
      const expected = {
        action,
        outcome: 'allowed',
        actor_role: 'family',
        subject_type: 'portal_family',
        subject_id: f,
        client_ref: reference,
        purpose: 'family portal',
      };
      if (added.length !== 1) failures.push(`${label}: ${added.length} audit rows`);
      else if (!added[0]?.request_id || !expect.objectContaining(expected).asymmetricMatch(added[0]))
        failures.push(`${label}: ${JSON.stringify(added[0])}`);
    }
    expect(failures).toEqual([]);
  });
});
