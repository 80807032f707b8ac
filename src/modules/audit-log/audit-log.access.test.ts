import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { checkRouteMatrix } from '../../test-support/access-matrix.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('audit-log routes: privacy officers only', () => {
  it('follows the role matrix', async () => {
    const db = t.db.kysely;
    const po = ['privacy_officer'] as const;
    const newGlassUse = async () => {
      const user = await buildUser(db, ['professional']);
      const { familyId } = await buildFamilyWithTrajectory(db, { teamId: await buildTeam(db), regisseurId: user.id });
      const row = await db
        .insertInto('break_glass')
        .values({
          user_id: user.id,
          family_id: familyId,
          reason: 'Acute zorg buiten kantooruren nodig',
          expires_at: new Date(Date.now() + 3_600_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return `/api/audit/break-glass/${row.id}/review`;
    };
    await checkRouteMatrix(t, [
      { method: 'GET', url: '/api/audit/events', allowed: po },
      { method: 'GET', url: '/api/audit/events?action=login&emergency=false', allowed: po },
      // The search by username goes in a body (never a URL): the same privacy-officer-only rule.
      {
        method: 'POST',
        url: '/api/audit/events/search',
        payload: () => ({ username: 'demo.professional' }),
        allowed: po,
      },
      { method: 'GET', url: '/api/audit/events?event=family.read&purpose=care&role=professional', allowed: po },
      { method: 'GET', url: '/api/audit/choices', allowed: po },
      { method: 'GET', url: '/api/audit/verify', allowed: po },
      { method: 'GET', url: '/api/audit/break-glass?open=true', allowed: po },
      { method: 'GET', url: '/api/audit/privileged-changes', allowed: po },
      { method: 'GET', url: '/api/audit/privileged-changes?status=pending', allowed: po },
      {
        method: 'POST',
        url: newGlassUse,
        payload: () => ({ outcome: 'justified', note: 'Besproken met de teamleider.' }),
        allowed: po,
      },
    ]);
  });
});
