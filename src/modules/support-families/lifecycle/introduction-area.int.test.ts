// One rule for a support family's details, whichever way they are reached: a coordinator whose area
// holds the request's municipality but not the support family's gets neither the family's own record
// nor its name and contact details through the match introduction (both refused and audited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type Session, type TestApp } from '../../../test-support/app.js';
import { countDenied } from '../../../test-support/audit.js';
import {
  buildCoordinator,
  buildRequest,
  buildSupportFamily,
  PC,
  startAsCoordinator,
} from '../../../test-support/support-families.js';

let t: TestApp;
let zwolleOnly: Session;
let coordinatorId: string;
beforeAll(async () => {
  ({ t, s: zwolleOnly, coordinatorId } = await startAsCoordinator());
});
afterAll(async () => {
  await t.close();
});

describe('support family details through a match introduction', () => {
  it('follow the support family’s own area rule', async () => {
    const db = t.db.kysely;
    const request = await buildRequest(db, { postcode: PC.zwolleA });
    const family = await buildSupportFamily(db, { postcode: PC.kampen, recordedBy: coordinatorId });
    // A match across the border, as a coordinator of both municipalities may propose it.
    const both = await buildCoordinator(db, { municipalities: ['0193', '0166'] });
    const match = await db
      .insertInto('support_match')
      .values({ request_id: request.id, family_id: family.id, status: 'proposed', score: 80, proposed_by: both.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const get = (url: string, s: Session) => t.app.inject({ url: `/api/support-families/${url}`, headers: s.headers });

    expect((await get(`families/${family.id}`, zwolleOnly)).statusCode).toBe(403);
    const before = await countDenied(db);
    const intro = await get(`matches/${match.id}/introduction`, zwolleOnly);
    expect(intro.statusCode).toBe(403);
    expect(intro.body).not.toContain(family.given_name);
    expect(intro.body).not.toContain('steun@example.invalid');
    expect(await countDenied(db)).toBe(before + 1);

    const bothSession = await login(t.app, both.username);
    const ok = await get(`matches/${match.id}/introduction`, bothSession);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().toRequestFamily.otherGivenName).toBe(family.given_name);
  });
});
