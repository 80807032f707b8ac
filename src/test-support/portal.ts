// One family with every portal viewer the law distinguishes, and a second family: the world of the
// portal's access, behaviour and budget tests.
import type { Kysely } from 'kysely';
import { today } from '../platform/clock.js';
import type { DB } from '../platform/db/schema.js';
import { login, type Session, type TestApp } from './app.js';
import { addToTeam, buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from './factories.js';
import { subYears, format } from 'date-fns';

const bornYearsAgo = (years: number) => format(subYears(new Date(`${today()}T12:00:00Z`), years), 'yyyy-MM-dd');

export const PORTAL_PLAN = {
  baseVersion: 0,
  content: {
    strengths: [
      { id: 'sShared', kind: 'strength', text: 'We eten elke avond samen.' },
      { id: 'sSecret', kind: 'strength', text: 'Afgeschermd door een professional.' },
    ],
    concerns: [{ id: 'cTop', text: 'Schulden', priority: 1, voices: ['Moeder: de rekeningen stapelen zich op'] }],
    goals: [
      { id: 'gShared', domain: 'finances', what: 'Schulden op een rij' },
      { id: 'gYouth', domain: 'school_work', what: 'Diploma halen' },
      { id: 'gDad', domain: 'parenting', what: 'Omgang met de kinderen' },
      { id: 'gTeen', domain: 'social_network', what: 'Een sportclub vinden' },
    ],
    actions: [
      {
        id: 'aMum',
        goalId: 'gShared',
        what: 'Post openen met de buurvrouw',
        owner: { kind: 'family_member', name: 'Moeder' },
      },
      {
        id: 'aProf',
        goalId: 'gShared',
        what: 'Aanmelden bij schuldhulp',
        owner: { kind: 'professional', name: 'Regisseur' },
      },
      {
        id: 'aYouth',
        goalId: 'gYouth',
        what: 'Huiswerkbegeleiding zoeken',
        owner: { kind: 'family_member', name: 'Youth' },
      },
    ],
    safetyAgreements: [{ id: 'safe1', text: 'Bij ruzie belt moeder haar zus.' }],
    reviews: [{ id: 'rev1', date: '2027-03-01', note: 'Eerste evaluatie' }],
  },
};

export interface PortalWorld {
  familyId: string;
  otherFamilyId: string;
  regisseur: Session;
  unrelated: Session;
  privacy: Session;
  mum: Session;
  dad: Session;
  teen: Session;
  youth: Session;
  kid: { username: string };
  otherMum: Session;
  ids: { mum: string; dad: string; teen: string; youth: string; kid: string };
}

async function familyLogin(db: Kysely<DB>, familyId: string, personId: string) {
  const user = await buildUser(db, ['family']);
  await db
    .insertInto('family_account')
    .values({ user_id: user.id, family_id: familyId, person_id: personId })
    .execute();
  return user.username;
}

export async function buildPortalWorld(t: TestApp): Promise<PortalWorld> {
  const db = t.db.kysely;
  const regisseurUser = await buildUser(db, ['professional'], { email: 'regisseur@example.test' });
  const teamId = await buildTeam(db);
  await addToTeam(db, teamId, regisseurUser.id);
  const { familyId } = await buildFamilyWithTrajectory(db, { teamId, regisseurId: regisseurUser.id });
  const ids = {
    mum: await buildPerson(db, familyId, { kind: 'parent', givenName: 'Anna', hasAuthority: true }),
    dad: await buildPerson(db, familyId, { kind: 'parent', givenName: 'Bram', hasAuthority: false }),
    teen: await buildPerson(db, familyId, { givenName: 'Dewi', birthDate: bornYearsAgo(14) }),
    youth: await buildPerson(db, familyId, { givenName: 'Eva', birthDate: bornYearsAgo(16) }),
    kid: await buildPerson(db, familyId, { givenName: 'Cas', birthDate: bornYearsAgo(8) }),
  };
  const other = await buildFamilyWithTrajectory(db, { teamId, regisseurId: regisseurUser.id });
  const otherMumId = await buildPerson(db, other.familyId, { kind: 'parent', givenName: 'Olga' });
  const regisseur = await login(t.app, regisseurUser.username);
  const put = await t.app.inject({
    method: 'PUT',
    url: `/api/families/${familyId}/plan`,
    headers: regisseur.headers,
    payload: PORTAL_PLAN,
  });
  if (put.statusCode !== 200) throw new Error(`plan: ${put.body}`);
  await db
    .insertInto('plan_item_person')
    .values([
      { family_id: familyId, item_id: 'aMum', person_id: ids.mum },
      { family_id: familyId, item_id: 'gYouth', person_id: ids.youth },
      { family_id: familyId, item_id: 'aYouth', person_id: ids.youth },
      { family_id: familyId, item_id: 'gDad', person_id: ids.dad },
      { family_id: familyId, item_id: 'gTeen', person_id: ids.teen },
    ])
    .execute();
  const shield = await t.app.inject({
    method: 'POST',
    url: `/api/families/${familyId}/shields`,
    headers: regisseur.headers,
    payload: {
      itemKind: 'plan_item',
      itemRef: 'sSecret',
      reason: 'third_party_privacy',
      explanation: 'Gaat over de buurvrouw.',
      reviewOn: '2099-01-01',
    },
  });
  if (shield.statusCode !== 201) throw new Error(`shield: ${shield.body}`);
  const unrelatedUser = await buildUser(db, ['professional']);
  const privacyUser = await buildUser(db, ['privacy_officer']);
  return {
    familyId,
    otherFamilyId: other.familyId,
    regisseur,
    unrelated: await login(t.app, unrelatedUser.username),
    privacy: await login(t.app, privacyUser.username),
    mum: await login(t.app, await familyLogin(db, familyId, ids.mum)),
    dad: await login(t.app, await familyLogin(db, familyId, ids.dad)),
    teen: await login(t.app, await familyLogin(db, familyId, ids.teen)),
    youth: await login(t.app, await familyLogin(db, familyId, ids.youth)),
    kid: { username: await familyLogin(db, familyId, ids.kid) },
    otherMum: await login(t.app, await familyLogin(db, other.familyId, otherMumId)),
    ids,
  };
}
