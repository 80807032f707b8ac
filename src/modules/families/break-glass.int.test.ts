import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorize } from '../../platform/access/authorize.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import { buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('break the glass', () => {
  it('opens read access for a while with a reason, flags it, and asks the privacy officer to review', async () => {
    const db = t.db.kysely;
    const outsider = await buildUser(db, ['professional']);
    const officer = await buildUser(db, ['privacy_officer']);
    const { familyId, reference } = await buildFamilyWithTrajectory(db, {
      teamId: await buildTeam(db),
      regisseurId: (await buildUser(db, ['professional'])).id,
    });
    const ctx = {
      requestId: 'bg-1',
      db,
      config: t.config,
      actor: {
        userId: outsider.id,
        username: outsider.username,
        roles: ['professional' as const],
        organisationId: (
          await db
            .selectFrom('app_user')
            .select('home_organisation_id')
            .where('id', '=', outsider.id)
            .executeTakeFirstOrThrow()
        ).home_organisation_id,
        sessionId: null,
      },
    };
    await expect(
      inTransaction(db, (trx) =>
        authorize(trx, ctx, { subject: 'family', id: familyId, action: 'read', purpose: 'care' }),
      ),
    ).rejects.toThrow();

    const s = await login(t.app, outsider.username);
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/access/break-glass',
      payload: { familyId, reason: 'nodig' },
      headers: s.headers,
    });
    expect(short.statusCode).toBe(400);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/access/break-glass',
      payload: { familyId, reason: 'Acute melding buiten kantooruren, regisseur onbereikbaar' },
      headers: s.headers,
    });
    expect(res.statusCode).toBe(201);
    const hours = (new Date(res.json().expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(3.9);
    expect(hours).toBeLessThanOrEqual(4);

    const grant = await inTransaction(db, (trx) =>
      authorize(
        trx,
        { ...ctx, requestId: 'bg-2' },
        { subject: 'family', id: familyId, action: 'read', purpose: 'care' },
      ),
    );
    expect(grant.emergency).toBe(true);
    const flagged = await db
      .selectFrom('audit_event')
      .select(['emergency', 'emergency_reason', 'client_ref'])
      .where('request_id', '=', 'bg-2')
      .executeTakeFirstOrThrow();
    expect(flagged).toMatchObject({
      emergency: true,
      client_ref: reference,
      emergency_reason: expect.stringContaining('Acute melding'),
    });

    const po = await login(t.app, officer.username);
    const inbox = (await t.app.inject({ url: '/api/inbox', headers: po.headers })).json();
    expect(inbox.items.map((i: { kind: string }) => i.kind)).toContain('break_glass_review');
    const open = (await t.app.inject({ url: '/api/audit/break-glass?open=true', headers: po.headers })).json().items;
    const use = open.find((u: { familyReference: string }) => u.familyReference === reference);
    expect(use).toMatchObject({ username: outsider.username, reviewedAt: null });
    const emergencies = (await t.app.inject({ url: '/api/audit/events?emergency=true', headers: po.headers })).json();
    expect(emergencies.items.every((e: { emergency: boolean }) => e.emergency)).toBe(true);
    expect(emergencies.total).toBeGreaterThanOrEqual(2);
    const review = await t.app.inject({
      method: 'POST',
      url: `/api/audit/break-glass/${use.id}/review`,
      payload: { outcome: 'justified', note: 'Terecht, nabesproken.' },
      headers: po.headers,
    });
    expect(review.statusCode).toBe(204);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/audit/break-glass/${use.id}/review`,
      payload: { outcome: 'unjustified', note: 'x' },
      headers: po.headers,
    });
    expect(again.statusCode).toBe(409);
    // The notification leads to the review's own page, and the log names the person and the dossier.
    expect(inbox.items.map((i: { link: string | null }) => i.link)).toContain(`/audit/noodtoegang/${use.id}`);
    expect(use.userName).toEqual(expect.any(String));
    const read = emergencies.items.find((e: { clientRef: string | null }) => e.clientRef === reference);
    expect(read).toMatchObject({ subjectLabel: reference, actorName: expect.any(String) });
  });

  it("can be asked by dossier number (found outside one's caseload), and names the family it opened", async () => {
    const db = t.db.kysely;
    const outsider = await buildUser(db, ['professional']);
    const { familyId, reference } = await buildFamilyWithTrajectory(db, {
      teamId: await buildTeam(db),
      regisseurId: (await buildUser(db, ['professional'])).id,
    });
    const s = await login(t.app, outsider.username);
    const reason = 'Acute melding buiten kantooruren, regisseur onbereikbaar';
    const both = await t.app.inject({
      method: 'POST',
      url: '/api/access/break-glass',
      payload: { familyId, familyReference: reference, reason },
      headers: s.headers,
    });
    expect(both.statusCode).toBe(400);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/access/break-glass',
      payload: { familyReference: 'G-9999-9999', reason },
      headers: s.headers,
    });
    expect(unknown.statusCode).toBe(404);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/access/break-glass',
      payload: { familyReference: reference.toLowerCase(), reason },
      headers: s.headers,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().familyId).toBe(familyId);
  });

  it('is refused to roles without care work, and the refusal is logged', async () => {
    const db = t.db.kysely;
    const policy = await buildUser(db, ['policy']);
    const { familyId } = await buildFamilyWithTrajectory(db, {
      teamId: await buildTeam(db),
      regisseurId: (await buildUser(db, ['professional'])).id,
    });
    const s = await login(t.app, policy.username);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/access/break-glass',
      payload: { familyId, reason: 'Ik wil graag even meekijken in dit dossier' },
      headers: s.headers,
    });
    expect(res.statusCode).toBe(403);
    const logged = await db
      .selectFrom('audit_event')
      .select(['outcome', 'emergency'])
      .where('actor_user_id', '=', policy.id)
      .where('event', '=', 'family.break_glass')
      .execute();
    expect(logged).toEqual([{ outcome: 'denied', emergency: true }]);
    expect(await db.selectFrom('break_glass').select('id').where('user_id', '=', policy.id).execute()).toHaveLength(0);
  });
});
