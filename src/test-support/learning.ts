// A small world for the learning module's tests: region TEST (Zwolle 0193, Kampen 0166) with the
// example meetlat, a policy advisor per municipality (home organisation = the municipality), a team
// per municipality with a lead and a member, and users without any tie.
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.js';
import { storeMeetlat } from '../modules/learning/meetlat.js';
import { EXAMPLE_MEETLAT } from '../seed/learning-meetlat.js';
import { addToTeam, buildTeam, buildUser, ensureGeography } from './factories.js';

export interface LearningWorld {
  meetlatId: string;
  stepIds: string[];
  zwolle: { policyOrg: string; policy: User; teamId: string; lead: User; member: User };
  kampen: { policy: User; teamId: string; lead: User; member: User };
  /** A policy advisor whose home organisation names no municipality. */
  policyNowhere: User;
}
type User = { id: string; username: string };

async function municipalityOrg(db: Kysely<DB>, code: string): Promise<string> {
  const row = await db
    .insertInto('organisation')
    .values({
      name: `Gemeente ${code} ${Math.random().toString(36).slice(2, 8)}`,
      type: 'municipality',
      municipality_code: code,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function buildLearningWorld(db: Kysely<DB>): Promise<LearningWorld> {
  await ensureGeography(db);
  const { id: meetlatId, stepIds } = await db
    .transaction()
    .execute((trx) => storeMeetlat(trx, 'TEST', EXAMPLE_MEETLAT, { isExample: true, createdBy: null }));
  const place = async (code: string) => {
    const org = await municipalityOrg(db, code);
    const policy = await buildUser(db, ['policy'], { organisationId: org });
    const teamId = await buildTeam(db, { municipality: code });
    const lead = await buildUser(db, ['professional', 'team_lead']);
    const member = await buildUser(db, ['professional']);
    await addToTeam(db, teamId, lead.id, true);
    await addToTeam(db, teamId, member.id, false);
    return { policyOrg: org, policy, teamId, lead, member };
  };
  const zwolle = await place('0193');
  const kampen = await place('0166');
  const policyNowhere = await buildUser(db, ['policy']);
  return { meetlatId, stepIds, zwolle, kampen, policyNowhere };
}

/** A full, valid assessment of the example meetlat for a municipality. */
export function assessment(w: LearningWorld, municipality: string, assessedOn = '2026-06-01', level = 3) {
  return {
    municipality,
    assessedOn,
    focusStepId: w.stepIds[1] as string,
    focusReason: 'Eén plan per gezin verdient nu de meeste aandacht.',
    positions: w.stepIds.map((stepId, i) => ({
      stepId,
      level: ((level + i - 1) % 5) + 1,
      reflection: `Stap ${i + 1}: we zijn op weg.`,
    })),
  };
}
