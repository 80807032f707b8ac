// Editing people in the dossier over HTTP: adding every kind, correcting details with an
// optimistic version, soft removal that keeps plans, meetings, measurements and consents intact,
// withdrawing a consent; each audited and on the timeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import {
  addToTeam,
  buildFamilyWithTrajectory,
  buildOrganisation,
  buildPerson,
  buildTeam,
  buildUser,
  ensureGeography,
} from '../../test-support/factories.js';
import { today as dutchDate } from '../../platform/clock.js';

let t: TestApp;
let s: Session;
let familyId = '';
let orgId = '';
const TODAY = dutchDate();

interface PersonOut {
  id: string;
  kind: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  bsnMasked: string | null;
  hasAuthority: boolean | null;
  networkRelation: string | null;
  version: number;
  removedOn: string | null;
  removedReason: string | null;
}
interface DossierOut {
  members: PersonOut[];
  network: PersonOut[];
  formerMembers: PersonOut[];
  consent: {
    complete: boolean;
    consents: Array<{ id: string }>;
    withdrawn: Array<{ id: string; withdrawnOn: string; note: string | null }>;
  };
}

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
const dossier = async () => (await call('GET', `/api/families/${familyId}`)).json<DossierOut>();
const person = async (givenName: string) => {
  const d = await dossier();
  const p = [...d.members, ...d.network, ...d.formerMembers].find((x) => x.givenName === givenName);
  if (!p) throw new Error(`no ${givenName}`);
  return p;
};
const auditEvents = async (event: string) =>
  Number(
    (
      await t.db.kysely
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('event', '=', event)
        .where('outcome', '=', 'allowed')
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  await ensureGeography(db);
  const team = await buildTeam(db);
  const prof = await buildUser(db, ['professional']);
  await addToTeam(db, team, prof.id);
  orgId = await buildOrganisation(db, 'school');
  s = await login(t.app, prof.username);
  const res = await call('POST', '/api/families', {
    teamId: team,
    postcode: '8011AB',
    houseNumber: '5',
    municipalityCode: '0193',
    members: [{ kind: 'parent', givenName: 'Ilse', familyName: 'Bewerk', birthDate: '1989-02-02', hasAuthority: true }],
    trajectory: { entryPoint: 'school', firstContactOn: TODAY },
  });
  expect(res.statusCode, res.body).toBe(201);
  familyId = res.json().id;
});
afterAll(async () => {
  await t.close();
});

describe('adding people from the dossier', () => {
  it('adds a child, a parent with authority, another household member and network members of every relation', async () => {
    const add = (body: object) => call('POST', `/api/families/${familyId}/persons`, body);
    expect(
      (await add({ kind: 'child', givenName: 'Pim', familyName: 'Bewerk', birthDate: '2017-04-04', bsn: '999990019' }))
        .statusCode,
    ).toBe(201);
    expect(
      (
        await add({
          kind: 'parent',
          givenName: 'Joost',
          familyName: 'Bewerk',
          birthDate: '1986-01-01',
          hasAuthority: false,
          authorityNote: 'Gezag bij moeder',
        })
      ).statusCode,
    ).toBe(201);
    expect((await add({ kind: 'household', givenName: 'Tante', familyName: 'Bewerk' })).statusCode).toBe(201);
    for (const relation of ['grandparent', 'neighbour', 'friend', 'volunteer', 'other']) {
      expect((await add({ kind: 'network', givenName: `Net${relation}`, familyName: 'Om', relation })).statusCode).toBe(
        201,
      );
    }
    const d = await dossier();
    expect(d.members.map((m) => m.givenName).sort()).toEqual(['Ilse', 'Joost', 'Pim', 'Tante']);
    expect(d.members.find((m) => m.givenName === 'Joost')).toMatchObject({
      hasAuthority: false,
      version: 1,
      removedOn: null,
    });
    expect(d.network.map((n) => n.networkRelation).sort()).toEqual([
      'friend',
      'grandparent',
      'neighbour',
      'other',
      'volunteer',
    ]);
  });
});

describe('correcting a person', () => {
  it('changes only the fields given, bumps the version and audits which fields (not their values)', async () => {
    const joost = await person('Joost');
    const before = await auditEvents('family.person_updated');
    const res = await call('PATCH', `/api/families/${familyId}/persons/${joost.id}`, {
      version: 1,
      familyName: 'Bewerk-de Vries',
      hasAuthority: true,
      authorityNote: null,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      givenName: 'Joost',
      familyName: 'Bewerk-de Vries',
      hasAuthority: true,
      version: 2,
      birthDate: '1986-01-01',
    });
    expect(await auditEvents('family.person_updated')).toBe(before + 1);
    const entry = await t.db.kysely
      .selectFrom('audit_event')
      .select('data_description')
      .where('event', '=', 'family.person_updated')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(entry)).toContain('familyName');
    expect(JSON.stringify(entry)).not.toContain('de Vries');
  });

  it('refuses a stale version with 409 stale_person and changes nothing', async () => {
    const joost = await person('Joost');
    const res = await call('PATCH', `/api/families/${familyId}/persons/${joost.id}`, {
      version: 1,
      givenName: 'Overschreven',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('stale_person');
    expect(await person('Joost')).toEqual(joost);
  });

  it('lets exactly one of two concurrent edits on the same version win', async () => {
    const tante = await person('Tante');
    const [a, b] = await Promise.all([
      call('PATCH', `/api/families/${familyId}/persons/${tante.id}`, { version: tante.version, givenName: 'Tante' }),
      call('PATCH', `/api/families/${familyId}/persons/${tante.id}`, { version: tante.version, familyName: 'Anders' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect((await person('Tante')).version).toBe(tante.version + 1);
  });

  it('sets and corrects a BSN (elfproef) and a network relation; refuses fields that do not fit the kind', async () => {
    const ilse = await person('Ilse');
    const set = await call('PATCH', `/api/families/${familyId}/persons/${ilse.id}`, {
      version: ilse.version,
      bsn: '999990020',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().bsnMasked).toBe('*****0020');
    const pim = await person('Pim');
    const same = await call('PATCH', `/api/families/${familyId}/persons/${pim.id}`, {
      version: pim.version,
      bsn: '999990020',
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().code).toBe('bsn_already_in_family');
    const invalid = await call('PATCH', `/api/families/${familyId}/persons/${pim.id}`, {
      version: pim.version,
      bsn: '999990018',
    });
    expect(invalid.statusCode).toBe(400);
    const neighbour = await person('Netneighbour');
    expect(
      (
        await call('PATCH', `/api/families/${familyId}/persons/${neighbour.id}`, { version: 1, relation: 'friend' })
      ).json(),
    ).toMatchObject({ networkRelation: 'friend', version: 2 });
    for (const [who, body] of [
      [neighbour, { version: 2, birthDate: '1960-01-01' }],
      [neighbour, { version: 2, bsn: '999990032' }],
      [pim, { version: pim.version, hasAuthority: true }],
      [pim, { version: pim.version, birthDate: null }],
      [pim, { version: pim.version, birthDate: '1990-01-01' }],
      [ilse, { version: ilse.version + 1, relation: 'friend' }],
    ] as const) {
      const res = await call('PATCH', `/api/families/${familyId}/persons/${who.id}`, body);
      expect(res.statusCode, `${who.givenName} ${JSON.stringify(body)} → ${res.body}`).toBe(400);
    }
    expect(
      (await call('PATCH', `/api/families/${familyId}/persons/${pim.id}`, { version: pim.version })).statusCode,
    ).toBe(400);
    expect((await person('Pim')).version).toBe(pim.version);
  });

  it('answers 404 for a person of another family, and leaves that person alone', async () => {
    const db = t.db.kysely;
    const elsewhere = await buildFamilyWithTrajectory(db, {
      teamId: await buildTeam(db),
      regisseurId: (await buildUser(db, ['professional'])).id,
    });
    const stranger = await buildPerson(db, elsewhere.familyId, { kind: 'child', givenName: 'Vreemd' });
    expect(
      (await call('PATCH', `/api/families/${familyId}/persons/${stranger}`, { version: 1, givenName: 'X' })).statusCode,
    ).toBe(404);
    expect(
      (await call('POST', `/api/families/${familyId}/persons/${stranger}/removal`, { version: 1, removedOn: TODAY }))
        .statusCode,
    ).toBe(404);
    expect(
      await db
        .selectFrom('person')
        .select(['given_name', 'version', 'removed_at'])
        .where('id', '=', stranger)
        .executeTakeFirstOrThrow(),
    ).toEqual({ given_name: 'Vreemd', version: 1, removed_at: null });
  });
});

describe('removing a person from the family', () => {
  it('keeps the row and everything that points at it, lists the person as a former member and refuses editing it again', async () => {
    const pim = await person('Pim');
    await call('POST', `/api/families/${familyId}/consents`, {
      organisationId: orgId,
      scopes: ['plan'],
      givenOn: TODAY,
      givenByPersonIds: [pim.id, (await person('Ilse')).id],
    });
    const measured = await call('POST', `/api/families/${familyId}/measurements`, {
      instrument: 'positive_health',
      personId: pim.id,
      measuredOn: TODAY,
      scores: [
        'bodily_functions',
        'mental_wellbeing',
        'meaningfulness',
        'quality_of_life',
        'participation',
        'daily_functioning',
      ].map((item) => ({ item, score: 6 })),
    });
    expect(measured.statusCode, measured.body).toBeLessThan(300);
    const res = await call('POST', `/api/families/${familyId}/persons/${pim.id}/removal`, {
      version: pim.version,
      removedOn: TODAY,
      reason: 'Woont nu bij zijn vader',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      removedOn: TODAY,
      removedReason: 'Woont nu bij zijn vader',
      version: pim.version + 1,
    });
    const d = await dossier();
    expect(d.members.map((m) => m.givenName)).not.toContain('Pim');
    expect(d.formerMembers.map((m) => m.givenName)).toEqual(['Pim']);
    expect(
      await t.db.kysely.selectFrom('measurement').select('id').where('person_id', '=', pim.id).execute(),
    ).toHaveLength(1);
    expect(
      await t.db.kysely
        .selectFrom('family_consent_giver')
        .select('consent_id')
        .where('person_id', '=', pim.id)
        .execute(),
    ).toHaveLength(1);
    const again = await call('POST', `/api/families/${familyId}/persons/${pim.id}/removal`, {
      version: pim.version + 1,
      removedOn: TODAY,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('person_removed');
    expect(
      (
        await call('PATCH', `/api/families/${familyId}/persons/${pim.id}`, {
          version: pim.version + 1,
          givenName: 'Terug',
        })
      ).json().code,
    ).toBe('person_removed');
    // A former member cannot give new consent.
    const consent = await call('POST', `/api/families/${familyId}/consents`, {
      organisationId: orgId,
      scopes: ['story'],
      givenOn: TODAY,
      givenByPersonIds: [pim.id],
    });
    expect(consent.statusCode).toBe(400);
    // Nor is a former member offered for, or accepted in, a new measurement; the old one stays.
    const list = (await call('GET', `/api/families/${familyId}/measurements`)).json<{
      persons: Array<{ id: string }>;
    }>();
    expect(list.persons.map((p) => p.id)).not.toContain(pim.id);
    const measuredAgain = await call('POST', `/api/families/${familyId}/measurements`, {
      instrument: 'positive_health',
      personId: pim.id,
      measuredOn: TODAY,
      scores: [
        'bodily_functions',
        'mental_wellbeing',
        'meaningfulness',
        'quality_of_life',
        'participation',
        'daily_functioning',
      ].map((item) => ({ item, score: 7 })),
    });
    expect(measuredAgain.statusCode, measuredAgain.body).toBe(400);
    expect(
      await t.db.kysely.selectFrom('measurement').select('id').where('person_id', '=', pim.id).execute(),
    ).toHaveLength(1);
  });

  it('refuses a stale version, a day in the future or before birth, and removing the last household member', async () => {
    const tante = await person('Tante');
    expect(
      (
        await call('POST', `/api/families/${familyId}/persons/${tante.id}/removal`, {
          version: tante.version + 5,
          removedOn: TODAY,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await call('POST', `/api/families/${familyId}/persons/${tante.id}/removal`, {
          version: tante.version,
          removedOn: '2999-01-01',
        })
      ).statusCode,
    ).toBe(400);
    const joost = await person('Joost');
    expect(
      (
        await call('POST', `/api/families/${familyId}/persons/${joost.id}/removal`, {
          version: joost.version,
          removedOn: '1980-01-01',
        })
      ).json().code,
    ).toBe('removed_before_birth');
    for (const name of ['Tante', 'Joost']) {
      const p = await person(name);
      expect(
        (
          await call('POST', `/api/families/${familyId}/persons/${p.id}/removal`, {
            version: p.version,
            removedOn: TODAY,
          })
        ).statusCode,
      ).toBe(200);
    }
    const ilse = await person('Ilse');
    const last = await call('POST', `/api/families/${familyId}/persons/${ilse.id}/removal`, {
      version: ilse.version,
      removedOn: TODAY,
    });
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe('last_household_member');
    // Network members can always leave.
    const friend = await person('Netfriend');
    expect(
      (
        await call('POST', `/api/families/${familyId}/persons/${friend.id}/removal`, {
          version: friend.version,
          removedOn: TODAY,
        })
      ).statusCode,
    ).toBe(200);
    expect((await dossier()).members.map((m) => m.givenName)).toEqual(['Ilse']);
  });
});

describe('withdrawing a consent', () => {
  it('keeps the consent on record as withdrawn, no longer counted; twice is a conflict', async () => {
    const ilse = await person('Ilse');
    const recorded = await call('POST', `/api/families/${familyId}/consents`, {
      organisationId: orgId,
      scopes: ['plan', 'story'],
      givenOn: TODAY,
      givenByPersonIds: [ilse.id],
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const consentId =
      (recorded.json().consents as Array<{ id: string; scopes: string[] }>).find((c) => c.scopes.includes('story'))
        ?.id ?? '';
    const before = await auditEvents('family.consent_withdrawn');
    expect(
      (
        await call('POST', `/api/families/${familyId}/consents/${consentId}/withdrawal`, { withdrawnOn: '2000-01-01' })
      ).json().code,
    ).toBe('withdrawn_before_given');
    const res = await call('POST', `/api/families/${familyId}/consents/${consentId}/withdrawal`, {
      withdrawnOn: TODAY,
      note: 'Moeder wil dit niet meer',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().consents.map((c: { id: string }) => c.id)).not.toContain(consentId);
    expect(res.json().withdrawn).toEqual([
      expect.objectContaining({
        id: consentId,
        withdrawnOn: TODAY,
        note: 'Moeder wil dit niet meer',
        scopes: ['plan', 'story'],
      }),
    ]);
    expect(await auditEvents('family.consent_withdrawn')).toBe(before + 1);
    const again = await call('POST', `/api/families/${familyId}/consents/${consentId}/withdrawal`, {
      withdrawnOn: TODAY,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('consent_already_withdrawn');
    expect(
      (
        await call('POST', `/api/families/${familyId}/consents/${crypto.randomUUID()}/withdrawal`, {
          withdrawnOn: TODAY,
        })
      ).statusCode,
    ).toBe(404);
    expect((await dossier()).consent.withdrawn.map((w) => w.id)).toEqual([consentId]);
  });
});

describe('the timeline', () => {
  it('shows people added after registration, people who left and withdrawn consents — names and organisations only', async () => {
    const events = (
      await call('GET', `/api/families/${familyId}/timeline?kinds=person_added,person_removed,consent_withdrawn`)
    ).json<{ events: Array<{ kind: string; params: Record<string, unknown>; actor: string | null }> }>().events;
    const of = (kind: string) => events.filter((e) => e.kind === kind);
    expect(
      of('person_added')
        .map((e) => e.params.person)
        .sort(),
    ).toEqual(['Joost', 'Netfriend', 'Netgrandparent', 'Netneighbour', 'Netother', 'Netvolunteer', 'Pim', 'Tante']);
    expect(of('person_added').map((e) => e.params.person)).not.toContain('Ilse');
    expect(
      of('person_removed')
        .map((e) => e.params.person)
        .sort(),
    ).toEqual(['Joost', 'Netfriend', 'Pim', 'Tante']);
    expect(of('person_removed').find((e) => e.params.person === 'Netfriend')?.params).toMatchObject({
      personKind: 'network',
      relation: 'friend',
    });
    expect(of('consent_withdrawn')).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('Woont nu bij zijn vader');
    expect(JSON.stringify(events)).not.toContain('Moeder wil dit niet meer');
    expect(events.every((e) => e.actor !== null)).toBe(true);
  });
});
