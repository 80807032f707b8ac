// Factories for the signal tests: a region with postcodes, a neighbourhood team, partner signallers.
import type { Kysely } from 'kysely';
import type { DB, OrganisationType } from '../platform/db/schema.js';
import { login, type Session, type TestApp } from './app.js';
import { addToTeam, buildOrganisation, buildTeam, buildUser, ensureGeography } from './factories.js';

/** Zwolle Binnenstad (8011AA–8011AZ) and Kampen Oude Stad (8261AA…) as postcode areas. */
export async function ensurePostcodes(db: Kysely<DB>): Promise<void> {
  await ensureGeography(db);
  const rows = [
    ...'ABCDEFGH'.split('').map((l) => ({
      postcode: `8011A${l}`,
      municipality_code: '0193',
      neighbourhood_code: 'BU01930000',
      latitude: 52.51,
      longitude: 6.09,
      source: 'demo' as const,
    })),
    ...'ABCD'.split('').map((l) => ({
      postcode: `8261A${l}`,
      municipality_code: '0166',
      neighbourhood_code: 'BU01660000',
      latitude: 52.55,
      longitude: 5.91,
      source: 'demo' as const,
    })),
  ];
  await db
    .insertInto('postcode_area')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export interface SignalWorld {
  teamId: string;
  lead: { id: string; username: string };
  member: { id: string; username: string };
  housing: { organisationId: string; user: { id: string; username: string } };
}

/** A Zwolle neighbourhood team (lead + member) serving Binnenstad, and a housing-corporation signaller. */
export async function buildSignalWorld(db: Kysely<DB>): Promise<SignalWorld> {
  await ensurePostcodes(db);
  const teamId = await buildTeam(db, { municipality: '0193' });
  await db.insertInto('team_neighbourhood').values({ team_id: teamId, neighbourhood_code: 'BU01930000' }).execute();
  const lead = await buildUser(db, ['professional', 'team_lead']);
  const member = await buildUser(db, ['professional']);
  await addToTeam(db, teamId, lead.id, true);
  await addToTeam(db, teamId, member.id);
  const housing = await buildSignaller(db, 'housing_corporation');
  return { teamId, lead, member, housing };
}

export async function buildSignaller(db: Kysely<DB>, type: OrganisationType) {
  const organisationId = await buildOrganisation(db, type);
  const user = await buildUser(db, ['signaller'], { organisationId });
  return { organisationId, user };
}

export async function sessions(t: TestApp, ...usernames: string[]): Promise<Session[]> {
  const out: Session[] = [];
  for (const u of usernames) out.push(await login(t.app, u));
  return out;
}

export const csvHeaders = (s: Session, fileName = 'lijst.csv') => ({
  ...s.headers,
  'content-type': 'text/csv',
  'x-file-name': fileName,
});

/** A valid synthetic BSN (elfproef, 99-range) from a number. */
export function testBsn(n: number): string {
  for (let k = n; ; k++) {
    const digits = [
      9,
      9,
      ...String(k % 1_000_000)
        .padStart(6, '0')
        .split('')
        .map(Number),
    ];
    const sum = digits.reduce((acc, d, i) => acc + d * (9 - i), 0);
    const last = sum % 11;
    if (last <= 9) return [...digits, last].join('');
  }
}

/** `count` distinct valid synthetic BSNs. */
export function bsnSequence(count: number, start = 0): string[] {
  const out: string[] = [];
  for (let k = start; out.length < count; k++) {
    const digits = [
      9,
      9,
      ...String(k % 1_000_000)
        .padStart(6, '0')
        .split('')
        .map(Number),
    ];
    const last = digits.reduce((acc, d, i) => acc + d * (9 - i), 0) % 11;
    if (last <= 9) out.push([...digits, last].join(''));
  }
  return out;
}
