import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildOrganisation, buildTeam, buildUser, ensureGeography } from '../../test-support/factories.js';

let t: TestApp;
let team: string;
let otherTeam: string;
let prof: { id: string; username: string };
let colleague: { id: string; username: string };
let s: Session;

const BSN_CHILD = '999990019';
const BSN_PARENT = '999990020';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.db.kysely;
  await ensureGeography(db);
  team = await buildTeam(db);
  otherTeam = await buildTeam(db);
  prof = await buildUser(db, ['professional']);
  colleague = await buildUser(db, ['professional'], { organisationId: await buildOrganisation(db, 'school') });
  await addToTeam(db, team, prof.id);
  await addToTeam(db, team, colleague.id);
  s = await login(t.app, prof.username);
});
afterAll(async () => {
  await t.close();
});

const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, session: Session = s) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: session.headers });

export function familyBody(overrides: Record<string, unknown> = {}, teamId = team) {
  return {
    teamId,
    postcode: '8011 AB',
    houseNumber: '12A',
    municipalityCode: '0193',
    neighbourhoodCode: 'BU01930000',
    members: [
      {
        kind: 'parent',
        givenName: 'Sanne',
        familyName: 'Visser',
        birthDate: '1990-05-01',
        bsn: BSN_PARENT,
        hasAuthority: true,
      },
      { kind: 'child', givenName: 'Noor', familyName: 'Visser', birthDate: '2016-02-03', bsn: BSN_CHILD },
      { kind: 'child', givenName: 'Daan', familyName: 'Visser', birthDate: '2011-09-30' },
    ],
    network: [{ givenName: 'Femke', familyName: 'de Boer', relation: 'grandparent' }],
    trajectory: { entryPoint: 'school', firstContactOn: '2026-01-15' },
    ...overrides,
  };
}

describe('registering a family with its trajectory', () => {
  let familyId = '';

  it('creates household, network and trajectory with the creator as regisseur, and audits it with the reference', async () => {
    const res = await call('POST', '/api/families', familyBody());
    expect(res.statusCode, res.body).toBe(201);
    familyId = res.json().id;
    // Numbered per municipality, in the demo's form: G-0193-0001, G-0193-0002, …
    expect(res.json().reference).toMatch(/^G-0193-\d{4}$/);
    const next = await call(
      'POST',
      '/api/families',
      familyBody({
        houseNumber: '14',
        members: [
          { kind: 'parent', givenName: 'Iris', familyName: 'Mulder', birthDate: '1985-03-02', hasAuthority: true },
        ],
        network: [],
      }),
    );
    expect(next.statusCode, next.body).toBe(201);
    const number = (ref: string) => Number(ref.slice('G-0193-'.length));
    expect(number(next.json().reference)).toBe(number(res.json().reference) + 1);
    const dossier = (await call('GET', `/api/families/${familyId}`)).json();
    expect(dossier).toMatchObject({
      postcode: '8011AB',
      houseNumber: '12A',
      municipality: { name: 'Zwolle' },
      story: null,
      intake: null,
    });
    expect(dossier.members.map((m: { givenName: string }) => m.givenName)).toEqual(['Sanne', 'Daan', 'Noor']);
    expect(dossier.members.find((m: { givenName: string }) => m.givenName === 'Noor')).toMatchObject({
      bsnMasked: '*****0019',
      kind: 'child',
    });
    expect(dossier.network).toEqual([
      expect.objectContaining({ givenName: 'Femke', networkRelation: 'grandparent', bsnMasked: null }),
    ]);
    expect(dossier.trajectory).toMatchObject({
      status: 'registered',
      entryPoint: 'school',
      firstContactOn: '2026-01-15',
      regisseur: { userId: prof.id },
      nextStatuses: ['intake'],
    });
    expect(dossier.trajectory.colleagues.map((c: { userId: string }) => c.userId)).toContain(colleague.id);
    expect(res.body + JSON.stringify(dossier)).not.toContain(BSN_CHILD);
    const audit = await t.db.kysely
      .selectFrom('audit_event')
      .select(['event', 'client_ref', 'outcome'])
      .where('event', 'in', ['family.registered', 'team_caseload.family_registered'])
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { event: 'family.registered', client_ref: res.json().reference, outcome: 'allowed' },
        expect.objectContaining({ event: 'team_caseload.family_registered' }),
      ]),
    );
  });

  it('stores the BSN encrypted with a keyed hash: the column never holds the number', async () => {
    const rows = await t.db.kysely
      .selectFrom('person')
      .select(['bsn_enc', 'bsn_hash'])
      .where('family_id', '=', familyId)
      .where('bsn_enc', 'is not', null)
      .execute();
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.bsn_enc).toMatch(/^v1\./);
      expect(r.bsn_enc).not.toContain(BSN_CHILD);
      expect(r.bsn_hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const dump = await sql<{ t: string }>`SELECT string_agg(row_to_json(p)::text, '') AS t FROM person p`.execute(
      t.db.kysely,
    );
    expect(dump.rows[0]?.t).not.toContain(BSN_CHILD);
    expect(dump.rows[0]?.t).not.toContain(BSN_PARENT);
  });

  it('shows the full BSN only in an explicit, audited read', async () => {
    const dossier = (await call('GET', `/api/families/${familyId}`)).json();
    const noor = dossier.members.find((m: { givenName: string }) => m.givenName === 'Noor');
    const daan = dossier.members.find((m: { givenName: string }) => m.givenName === 'Daan');
    const res = await call('POST', `/api/families/${familyId}/persons/${noor.id}/bsn`);
    expect(res.json()).toEqual({ bsn: BSN_CHILD });
    expect((await call('POST', `/api/families/${familyId}/persons/${daan.id}/bsn`)).json().code).toBe(
      'bsn_not_recorded',
    );
    const audit = await t.db.kysely
      .selectFrom('audit_event')
      .select(['data_description'])
      .where('event', '=', 'family.bsn_revealed')
      .where('outcome', '=', 'allowed')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(audit)).not.toContain(BSN_CHILD);
    const outsider = await login(t.app, (await buildUser(t.db.kysely, ['professional'])).username);
    expect(
      (await call('POST', `/api/families/${familyId}/persons/${noor.id}/bsn`, undefined, outsider)).statusCode,
    ).toBe(403);
  });

  it('flags a possible duplicate before creating a second record, naming only the team; creates it when confirmed', async () => {
    const lead = await buildUser(t.db.kysely, ['professional']);
    await addToTeam(t.db.kysely, otherTeam, lead.id);
    const other = await login(t.app, lead.username);
    const teamName = (
      await t.db.kysely.selectFrom('team').select('name').where('id', '=', team).executeTakeFirstOrThrow()
    ).name;
    const body = familyBody(
      { members: [{ kind: 'child', givenName: 'NOOR', familyName: 'visser', birthDate: '2016-02-03' }] },
      otherTeam,
    );
    const before = await t.db.kysely
      .selectFrom('family')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const dup = await call('POST', '/api/families', body, other);
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({
      code: 'possible_duplicate',
      errors: [{ path: 'members.0', message: teamName }],
    });
    expect(dup.body).not.toContain('Sanne');
    expect(dup.body).not.toContain(familyId);
    const byBsn = await call(
      'POST',
      '/api/families',
      familyBody(
        {
          members: [
            { kind: 'child', givenName: 'Anders', familyName: 'Iemand', birthDate: '2015-01-01', bsn: BSN_CHILD },
          ],
        },
        otherTeam,
      ),
      other,
    );
    expect(byBsn.json().code).toBe('possible_duplicate');
    const after = await t.db.kysely
      .selectFrom('family')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const confirmed = await call('POST', '/api/families', { ...body, confirmDuplicate: true }, other);
    expect(confirmed.statusCode).toBe(201);
  });

  it('refuses bad BSNs, ages over 23, a regisseur outside the team, and a team the user is not in', async () => {
    const bad = await call(
      'POST',
      '/api/families',
      familyBody({
        members: [{ kind: 'child', givenName: 'A', familyName: 'B', birthDate: '2016-01-01', bsn: '123456789' }],
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('elfproef');
    const old = await call(
      'POST',
      '/api/families',
      familyBody({ members: [{ kind: 'child', givenName: 'A', familyName: 'B', birthDate: '1990-01-01' }] }),
    );
    expect(old.statusCode).toBe(400);
    const stranger = await buildUser(t.db.kysely, ['professional']);
    const wrong = await call(
      'POST',
      '/api/families',
      familyBody({
        members: [{ kind: 'child', givenName: 'A', familyName: 'B', birthDate: '2016-01-01' }],
        trajectory: { entryPoint: 'other', firstContactOn: '2026-01-01', regisseurId: stranger.id },
      }),
    );
    expect(wrong.json().code).toBe('not_team_member');
    expect((await call('POST', '/api/families', familyBody({}, otherTeam))).statusCode).toBe(403);
  });

  it('names a colleague as regisseur; the creator joins as trajectory member and the colleague is notified', async () => {
    const res = await call(
      'POST',
      '/api/families',
      familyBody({
        members: [{ kind: 'child', givenName: 'Gijs', familyName: 'Kok', birthDate: '2019-07-07' }],
        trajectory: { entryPoint: 'gp_ojg', firstContactOn: '2026-02-01', regisseurId: colleague.id },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const dossier = (await call('GET', `/api/families/${res.json().id}`)).json();
    expect(dossier.trajectory.regisseur.userId).toBe(colleague.id);
    expect(dossier.trajectory.members).toEqual(
      expect.arrayContaining([expect.objectContaining({ userId: prof.id, isRegisseur: false })]),
    );
    const inbox = await t.db.kysely
      .selectFrom('notification')
      .select(['kind', 'link'])
      .where('user_id', '=', colleague.id)
      .execute();
    expect(inbox).toContainEqual({ kind: 'trajectory_member_added', link: `/families/${res.json().id}` });
  });
});

describe('searching my families', () => {
  it('finds only families in the caseload, by name, birth date, postcode and (POST) BSN', async () => {
    const mine = (await call('GET', '/api/families')).json();
    expect(mine.items.length).toBeGreaterThanOrEqual(2);
    expect(mine.items.every((f: { myRelation: string }) => ['regisseur', 'member'].includes(f.myRelation))).toBe(true);
    const byName = await call('POST', '/api/families/search', { name: 'noor' });
    expect(byName.json().items, byName.body).toHaveLength(1);
    expect((await call('POST', '/api/families/search', { birthDate: '2011-09-30' })).json().items).toHaveLength(1);
    expect((await call('POST', '/api/families/search', { postcode: '8011ab' })).json().total).toBeGreaterThanOrEqual(2);
    // personal data in a URL is refused, not silently ignored: proxies log URLs
    expect((await call('GET', '/api/families?name=noor')).statusCode).toBe(400);
    expect((await call('POST', '/api/families/search', { bsn: BSN_CHILD })).json().items).toHaveLength(1);
    expect((await call('POST', '/api/families/search', { bsn: '111222333' })).json().items).toHaveLength(0);
    // The confirmed duplicate "NOOR visser" exists in the other team: not in this caseload.
    const stranger = await login(t.app, (await buildUser(t.db.kysely, ['professional'])).username);
    expect((await call('POST', '/api/families/search', { name: 'Noor' }, stranger)).json().items).toEqual([]);
    const audit = await t.db.kysely
      .selectFrom('audit_event')
      .select(['data_description'])
      .where('event', '=', 'caseload.search')
      .execute();
    expect(audit.some((a) => a.data_description === 'own families, searched by bsn')).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(BSN_CHILD);
  });
});

describe('the address decides the neighbourhood', () => {
  beforeAll(async () => {
    await t.db.kysely
      .insertInto('postcode_area')
      .values([
        {
          postcode: '8012CD',
          municipality_code: '0193',
          neighbourhood_code: 'BU01930000',
          latitude: 52.51,
          longitude: 6.09,
          source: 'demo',
        },
        {
          postcode: '8261AB',
          municipality_code: '0166',
          neighbourhood_code: 'BU01660000',
          latitude: 52.55,
          longitude: 5.91,
          source: 'demo',
        },
      ])
      .onConflict((oc) => oc.doNothing())
      .execute();
  });

  it('derives the neighbourhood from a known postcode when none is chosen', async () => {
    const res = await call(
      'POST',
      '/api/families',
      familyBody({
        postcode: '8012 cd',
        neighbourhoodCode: undefined,
        members: [
          { kind: 'parent', givenName: 'Vera', familyName: 'Kok', birthDate: '1988-03-04', hasAuthority: true },
        ],
        network: [],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect((await call('GET', `/api/families/${res.json().id}`)).json().neighbourhood).toEqual({
      code: 'BU01930000',
      name: 'Binnenstad',
    });
  });

  it('refuses a known postcode of another municipality and writes nothing', async () => {
    const before = await t.db.kysely
      .selectFrom('family')
      .select(({ fn }) => fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await call(
      'POST',
      '/api/families',
      familyBody({
        postcode: '8261AB',
        neighbourhoodCode: undefined,
        members: [
          { kind: 'parent', givenName: 'Olaf', familyName: 'Smit', birthDate: '1985-07-08', hasAuthority: true },
        ],
        network: [],
      }),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'postcode_outside_municipality', errors: [{ path: 'postcode' }] });
    const after = await t.db.kysely
      .selectFrom('family')
      .select(({ fn }) => fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('keeps an unknown postcode without a neighbourhood (reference data may be incomplete)', async () => {
    const res = await call(
      'POST',
      '/api/families',
      familyBody({
        postcode: '9999ZZ',
        neighbourhoodCode: undefined,
        members: [
          { kind: 'parent', givenName: 'Ula', familyName: 'Mulder', birthDate: '1991-01-02', hasAuthority: true },
        ],
        network: [],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect((await call('GET', `/api/families/${res.json().id}`)).json().neighbourhood).toBeNull();
  });
});
