// Factories for test data: each builds exactly what a test names, with synthetic values.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashPassword } from '../platform/crypto/password.js';
import { BsnVault } from '../platform/bsn.js';
import type { DB, OrganisationType, PersonKind, Role, TeamType, TrajectoryStatus } from '../platform/db/schema.js';
import { TEST_PASSWORD } from './app.js';

let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex');

export async function ensureGeography(db: Kysely<DB>): Promise<{ municipality: string; neighbourhood: string }> {
  await db
    .insertInto('region')
    .values({ code: 'TEST', name: 'Testregio' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('municipality')
    .values({ code: '0193', name: 'Zwolle', region_code: 'TEST' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('municipality')
    .values({ code: '0166', name: 'Kampen', region_code: 'TEST' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('district')
    .values({ code: 'WK019300', name: 'Centrum', municipality_code: '0193' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('district')
    .values({ code: 'WK016600', name: 'Kampen Centrum', municipality_code: '0166' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('neighbourhood')
    .values({ code: 'BU01930000', name: 'Binnenstad', district_code: 'WK019300', municipality_code: '0193' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('neighbourhood')
    .values({ code: 'BU01660000', name: 'Oude Stad', district_code: 'WK016600', municipality_code: '0166' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return { municipality: '0193', neighbourhood: 'BU01930000' };
}

export async function buildOrganisation(
  db: Kysely<DB>,
  type: OrganisationType = 'neighbourhood_team_carrier',
): Promise<string> {
  const row = await db
    .insertInto('organisation')
    .values({
      name: `Organisatie ${unique()}`,
      type,
      agb_code: type === 'care_provider' ? `9${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}` : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function buildUser(
  db: Kysely<DB>,
  roles: Role[],
  opts: { organisationId?: string; username?: string; email?: string } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const username = opts.username ?? `u${unique()}`;
  const row = await db
    .insertInto('app_user')
    .values({
      username,
      display_name: `Testpersoon ${username}`,
      email: opts.email ?? null,
      home_organisation_id: opts.organisationId ?? (await buildOrganisation(db)),
      roles,
      password_hash: await passwordHash,
    })
    .returning(['id', 'username'])
    .executeTakeFirstOrThrow();
  return row;
}

export async function buildTeam(
  db: Kysely<DB>,
  opts: { organisationId?: string; type?: TeamType; municipality?: string } = {},
): Promise<string> {
  await ensureGeography(db);
  const row = await db
    .insertInto('team')
    .values({
      name: `Team ${unique()}`,
      type: opts.type ?? 'neighbourhood_team',
      organisation_id: opts.organisationId ?? (await buildOrganisation(db)),
      municipality_code: opts.municipality ?? '0193',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function addToTeam(db: Kysely<DB>, teamId: string, userId: string, isLead = false): Promise<void> {
  await db.insertInto('team_membership').values({ team_id: teamId, user_id: userId, is_lead: isLead }).execute();
}

export async function buildFamilyWithTrajectory(
  db: Kysely<DB>,
  opts: { teamId: string; regisseurId: string; members?: string[]; status?: TrajectoryStatus },
) {
  const { municipality, neighbourhood } = await ensureGeography(db);
  const family = await db
    .insertInto('family')
    .values({
      reference: `G-${unique().toUpperCase()}`,
      municipality_code: municipality,
      neighbourhood_code: neighbourhood,
    })
    .returning(['id', 'reference'])
    .executeTakeFirstOrThrow();
  const status = opts.status ?? 'in_progress';
  const trajectory = await db
    .insertInto('trajectory')
    .values({
      family_id: family.id,
      team_id: opts.teamId,
      regisseur_id: opts.regisseurId,
      status,
      closed_at: status === 'closed' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (opts.members?.length) {
    await db
      .insertInto('trajectory_member')
      .values(opts.members.map((user_id) => ({ trajectory_id: trajectory.id, user_id })))
      .execute();
  }
  return { familyId: family.id, reference: family.reference, trajectoryId: trajectory.id };
}

export async function buildPerson(
  db: Kysely<DB>,
  familyId: string,
  opts: {
    kind?: PersonKind;
    givenName?: string;
    familyName?: string;
    birthDate?: string;
    bsn?: string;
    appSecret?: string;
    hasAuthority?: boolean;
  } = {},
) {
  const kind = opts.kind ?? 'child';
  const vault = opts.bsn ? new BsnVault(opts.appSecret ?? 'test-secret-test-secret-test-secret-!') : null;
  const row = await db
    .insertInto('person')
    .values({
      family_id: familyId,
      kind,
      given_name: opts.givenName ?? `Kind${unique()}`,
      family_name: opts.familyName ?? 'Testgezin',
      birth_date: opts.birthDate ?? (kind === 'child' ? '2016-03-04' : null),
      bsn_enc: vault && opts.bsn ? vault.seal(opts.bsn) : null,
      bsn_hash: vault && opts.bsn ? vault.index(opts.bsn) : null,
      has_authority: kind === 'parent' ? (opts.hasAuthority ?? true) : null,
      network_relation: kind === 'network' ? 'grandparent' : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
