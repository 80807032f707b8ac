// Who in the household is told, as a matrix: household member × notification kind (with what it is about,
// as each caller passes it). Every cell is written out, and the whole matrix is also checked against the
// portal's policy itself (resolveViewer + maySee on the same household), so the SQL and the policy cannot
// drift apart. The age band in SQL is checked against ageBand() as a property, 29 February included.
import { formatISO, parseISO, subYears } from 'date-fns';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../platform/clock.js';
import type { Database } from '../../platform/db/connect.js';
import { createTestDatabase } from '../../test-support/database.js';
import { buildFamilyWithTrajectory, buildPerson, buildTeam, buildUser } from '../../test-support/factories.js';
import { householdInputs } from '../portal/context.js';
import { householdQuery } from '../portal/queries.js';
import { ageBandSql } from './audience.js';
import { notifyFamily, type FamilyNotificationKind, type NotificationAbout } from './notify-family.js';
import { ageBand, dossierAuthority, maySee, resolveViewer, type PortalItem } from './index.js';

let db: Database;
let familyId = '';
const person: Record<string, string> = {};
const user: Record<string, string> = {};

const yearsAgo = (n: number) => formatISO(subYears(parseISO(today()), n), { representation: 'date' });

// The household's members, each with a portal login; one more login, 'legacy', names no person (before migration 022).
const MEMBERS = {
  mum: { kind: 'parent', birthDate: yearsAgo(40), hasAuthority: true },
  dad: { kind: 'parent', birthDate: yearsAgo(42), hasAuthority: false },
  kid: { kind: 'child', birthDate: yearsAgo(9) },
  teen: { kind: 'child', birthDate: yearsAgo(14) },
  youth: { kind: 'child', birthDate: yearsAgo(17) },
  adultChild: { kind: 'child', birthDate: yearsAgo(19) },
  oma: { kind: 'network', birthDate: yearsAgo(70) },
  left: { kind: 'parent', birthDate: yearsAgo(45), hasAuthority: true, removed: true },
  inactive: { kind: 'parent', birthDate: yearsAgo(41), hasAuthority: true, inactive: true },
} as const;
const LOGINS = [...Object.keys(MEMBERS), 'legacy'];

beforeAll(async () => {
  db = await createTestDatabase();
  const k = db.kysely;
  const teamId = await buildTeam(k);
  const regisseur = await buildUser(k, ['professional']);
  familyId = (await buildFamilyWithTrajectory(k, { teamId, regisseurId: regisseur.id })).familyId;
  for (const [name, m] of Object.entries(MEMBERS)) {
    person[name] = await buildPerson(k, familyId, {
      kind: m.kind,
      givenName: name,
      birthDate: m.birthDate,
      ...('hasAuthority' in m ? { hasAuthority: m.hasAuthority } : {}),
    });
    if ('removed' in m)
      await k
        .updateTable('person')
        .set({ removed_at: sql`now()`, removed_on: yearsAgo(0), removed_by: regisseur.id })
        .where('id', '=', person[name])
        .execute();
  }
  for (const name of LOGINS) {
    const u = await buildUser(k, ['family']);
    user[name] = u.id;
    const m = MEMBERS[name as keyof typeof MEMBERS] as { inactive?: boolean } | undefined;
    if (m?.inactive) await k.updateTable('app_user').set({ active: false }).where('id', '=', u.id).execute();
    await k
      .insertInto('family_account')
      .values({ user_id: u.id, family_id: familyId, person_id: name === 'legacy' ? null : person[name] })
      .execute();
  }
});
afterAll(async () => {
  await db?.close();
});

type Case = [label: string, kind: FamilyNotificationKind, about: () => NotificationAbout];
const part = (name: string) => () => ({ item: 'person_part' as const, personId: person[name] as string });
const own = (name: string) => () => ({ item: 'own' as const, userId: user[name] as string });
const shared = () => ({ item: 'shared' as const });

const CASES: Case[] = [
  ['plan sign-off', 'family_plan_sign_off', shared],
  ['meeting planned', 'family_meeting_planned', shared],
  ['decision about kid', 'family_decision_taken', part('kid')],
  ['decision about teen', 'family_decision_taken', part('teen')],
  ['decision about youth', 'family_decision_taken', part('youth')],
  ['decision about adultChild', 'family_decision_taken', part('adultChild')],
  ['decision about dad', 'family_decision_taken', part('dad')],
  ['decision about left', 'family_decision_taken', part('left')],
  ["dad's proposal answered", 'family_proposal_answered', own('dad')],
  ["teen's request answered", 'family_request_answered', own('teen')],
  ["left's request answered", 'family_request_answered', own('left')],
  ["kid's request answered", 'family_request_answered', own('kid')],
];

// Rows: the cases; columns: the logins. "Y": this login gets the notification (in-app and a mail job).
const COLUMNS = LOGINS; // mum dad kid teen youth adultChild oma left inactive legacy
const MATRIX: Record<string, string> = {
  'plan sign-off': '            Y   .   .   Y    Y     .          .   .    .        Y',
  'meeting planned': '          Y   .   .   Y    Y     .          .   .    .        Y',
  'decision about kid': '       Y   .   .   .    .     .          .   .    .        Y',
  'decision about teen': '      Y   .   .   Y    .     .          .   .    .        Y',
  'decision about youth': '     Y   .   .   .    Y     .          .   .    .        Y',
  'decision about adultChild': '.   .   .   .    .     Y          .   .    .        .',
  'decision about dad': '       .   Y   .   .    .     .          .   .    .        .',
  'decision about left': '      .   .   .   .    .     .          .   .    .        .',
  "dad's proposal answered": '  .   Y   .   .    .     .          .   .    .        .',
  "teen's request answered": '  .   .   .   Y    .     .          .   .    .        .',
  "left's request answered": '  .   .   .   .    .     .          .   .    .        .',
  "kid's request answered": '   .   .   .   .    .     .          .   .    .        .',
};

async function told(kind: FamilyNotificationKind, about: NotificationAbout): Promise<Set<string>> {
  await db.kysely.deleteFrom('notification').where('user_id', 'in', Object.values(user)).execute();
  await db.kysely.deleteFrom('job').where('kind', '=', 'mail.new_item').execute();
  await db.kysely.transaction().execute((trx) => notifyFamily(trx, familyId, kind, about));
  const rows = await db.kysely
    .selectFrom('notification')
    .select(['user_id', 'kind', 'link'])
    .where('user_id', 'in', Object.values(user))
    .execute();
  expect(rows.every((r) => r.kind === kind && r.link === '/mijn/berichten')).toBe(true);
  const mailed = await db.kysely
    .selectFrom('job')
    .select(sql<string>`payload->>'userId'`.as('user_id'))
    .where('kind', '=', 'mail.new_item')
    .execute();
  expect(mailed.map((m) => m.user_id).sort()).toEqual(rows.map((r) => r.user_id).sort());
  return new Set(rows.map((r) => LOGINS.find((n) => user[n] === r.user_id) as string));
}

/** What the portal's own policy says, for the same household (the portal read's resolveViewer). */
async function policySays(about: NotificationAbout): Promise<Set<string>> {
  const rows = await householdQuery(db.kysely, { subjectId: familyId } as Parameters<
    typeof householdQuery
  >[1]).execute();
  const household = householdInputs(rows);
  const users = await db.kysely
    .selectFrom('app_user')
    .select(['id', 'active'])
    .where('id', 'in', Object.values(user))
    .execute();
  const out = new Set<string>();
  for (const name of LOGINS) {
    if (!users.find((u) => u.id === user[name])?.active) continue;
    const v = await resolveViewer(name === 'legacy' ? null : (person[name] as string), household, dossierAuthority);
    if (!v) continue;
    const subject = about.item === 'person_part' ? household.find((m) => m.id === about.personId) : undefined;
    const item: PortalItem | null =
      about.item === 'shared'
        ? { kind: 'shared' }
        : about.item === 'person_part'
          ? subject
            ? { kind: 'person_part', personId: subject.id, band: subject.band, youthShielded: false }
            : null
          : user[name] === about.userId
            ? { kind: 'person_part', personId: v.personId, band: v.band, youthShielded: false }
            : null;
    if (item && maySee(v, item)) out.add(name);
  }
  return out;
}

describe('who in the household is told', () => {
  for (const [label, kind, about] of CASES) {
    it(`${label}: ${MATRIX[label]?.trim().replace(/\s+/g, ' ')}`, async () => {
      const cells = (MATRIX[label] as string).trim().split(/\s+/);
      const expected = new Set(COLUMNS.filter((_, i) => cells[i] === 'Y'));
      const got = await told(kind, about());
      expect([...got].sort()).toEqual([...expected].sort());
      expect([...got].sort()).toEqual([...(await policySays(about()))].sort());
    });
  }
});

describe('the age band in SQL', () => {
  it('is ageBand() for any birth date and day, 29 February included', async () => {
    const day = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => formatISO(d, { representation: 'date' })); // any calendar day: the zone does not matter here
    const leap = fc.constantFrom('2008-02-29', '2012-02-29', '2016-02-29', '2024-02-28', '2024-03-01', '2028-02-29');
    await fc.assert(
      fc.asyncProperty(fc.oneof(day, leap), fc.oneof(day, leap), async (birth, on) => {
        const { rows } = await sql<{ band: string }>`select ${ageBandSql(sql`${birth}::date`, on)} as band`.execute(
          db.kysely,
        );
        expect(rows[0]?.band).toBe(ageBand(birth, on));
      }),
      { numRuns: 150 },
    );
  });
});
