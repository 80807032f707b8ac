// A household with a portal login per member, for the family-rights tests: a parent with authority,
// a parent without, a young person of 14 and one of 17 (each with a login), a child of 8; the
// family's regisseur, a privacy officer, an unrelated professional and another family's parent.
import { format, subYears } from 'date-fns';
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.js';
import { today } from '../platform/clock.js';
import { login, type Session, type TestApp } from './app.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from './factories.js';

const bornYearsAgo = (years: number) => format(subYears(new Date(`${today()}T12:00:00Z`), years), 'yyyy-MM-dd');

async function familyLogin(db: Kysely<DB>, familyId: string, personId: string) {
  const user = await buildUser(db, ['family']);
  await db
    .insertInto('family_account')
    .values({ user_id: user.id, family_id: familyId, person_id: personId })
    .execute();
  return user;
}

export interface RightsWorld {
  familyId: string;
  reference: string;
  otherFamilyId: string;
  persons: { parent: string; parentNoAuthority: string; youth14: string; youth17: string; child8: string };
  teamOrganisationId: string;
  sessions: {
    parent: Session;
    parentNoAuthority: Session;
    youth14: Session;
    youth17: Session;
    otherParent: Session;
    regisseur: Session;
    otherProfessional: Session;
    privacyOfficer: Session;
  };
  userIds: { regisseur: string; parent: string };
}

export async function buildRightsWorld(t: TestApp): Promise<RightsWorld> {
  const db = t.db.kysely;
  const teamId = await buildTeam(db);
  const team = await db.selectFrom('team').select('organisation_id').where('id', '=', teamId).executeTakeFirstOrThrow();
  const regisseur = await buildUser(db, ['professional'], { organisationId: team.organisation_id });
  const otherProfessional = await buildUser(db, ['professional']);
  const officer = await buildUser(db, ['privacy_officer']);
  const fam = await buildFamilyWithTrajectory(db, { teamId, regisseurId: regisseur.id });
  const other = await buildFamilyWithTrajectory(db, { teamId, regisseurId: regisseur.id });
  const parent = await buildPerson(db, fam.familyId, { kind: 'parent', hasAuthority: true, givenName: 'Sanne' });
  const parentNoAuthority = await buildPerson(db, fam.familyId, {
    kind: 'parent',
    hasAuthority: false,
    givenName: 'Rob',
  });
  const youth14 = await buildPerson(db, fam.familyId, { kind: 'child', birthDate: bornYearsAgo(14), givenName: 'Noa' });
  const youth17 = await buildPerson(db, fam.familyId, {
    kind: 'child',
    birthDate: bornYearsAgo(17),
    givenName: 'Daan',
  });
  const child8 = await buildPerson(db, fam.familyId, { kind: 'child', birthDate: bornYearsAgo(8), givenName: 'Mila' });
  const otherParent = await buildPerson(db, other.familyId, { kind: 'parent', hasAuthority: true });
  const users = {
    parent: await familyLogin(db, fam.familyId, parent),
    parentNoAuthority: await familyLogin(db, fam.familyId, parentNoAuthority),
    youth14: await familyLogin(db, fam.familyId, youth14),
    youth17: await familyLogin(db, fam.familyId, youth17),
    otherParent: await familyLogin(db, other.familyId, otherParent),
  };
  return {
    familyId: fam.familyId,
    reference: fam.reference,
    otherFamilyId: other.familyId,
    persons: { parent, parentNoAuthority, youth14, youth17, child8 },
    teamOrganisationId: team.organisation_id,
    sessions: {
      parent: await login(t.app, users.parent.username),
      parentNoAuthority: await login(t.app, users.parentNoAuthority.username),
      youth14: await login(t.app, users.youth14.username),
      youth17: await login(t.app, users.youth17.username),
      otherParent: await login(t.app, users.otherParent.username),
      regisseur: await login(t.app, regisseur.username),
      otherProfessional: await login(t.app, otherProfessional.username),
      privacyOfficer: await login(t.app, officer.username),
    },
    userIds: { regisseur: regisseur.id, parent: users.parent.id },
  };
}
