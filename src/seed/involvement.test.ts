// The referral-index demo data: registrations across the region, matches between organisations,
// an archive entry, the demo signallers and a coordinator per municipality; quick to load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/connect.js';
import { createTestDatabase } from '../test-support/database.js';
import { seedDemo } from './demo.js';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
  expect(await seedDemo(db.kysely, 'demo-password')).toBe(true);
}, 180_000);
afterAll(async () => {
  await db.close();
});

describe('referral-index demo data', () => {
  it('has registrations in several municipalities, matches with two organisations each, an archive entry and coordinators', async () => {
    const k = db.kysely;
    const regs = await k
      .selectFrom('involvement_registration')
      .select(['municipality_code', 'organisation_id'])
      .execute();
    expect(regs.length).toBeGreaterThan(20);
    expect(new Set(regs.map((r) => r.municipality_code)).size).toBeGreaterThan(3);
    const members = await k
      .selectFrom('involvement_match_member as mm')
      .innerJoin('involvement_registration as r', 'r.id', 'mm.registration_id')
      .select(['mm.match_id', 'r.organisation_id'])
      .execute();
    const orgsPerMatch = new Map<string, Set<string>>();
    for (const m of members)
      orgsPerMatch.set(m.match_id, (orgsPerMatch.get(m.match_id) ?? new Set()).add(m.organisation_id));
    expect(orgsPerMatch.size).toBeGreaterThan(2);
    expect([...orgsPerMatch.values()].every((s) => s.size >= 2)).toBe(true);
    expect(await k.selectFrom('involvement_archive').select('id').execute()).toHaveLength(1);
    const users = await k
      .selectFrom('app_user')
      .select('username')
      .where('username', 'in', ['demo.signaller.school', 'demo.signaller.gp'])
      .execute();
    expect(users).toHaveLength(2);
    expect((await k.selectFrom('involvement_coordinator').select('municipality_code').execute()).length).toBe(10);
  });
});
