// The shared configuration of Buurtgezinnen — VOG validity, check-in days, the list of support
// kinds — belongs to a coordinator with a region-wide area: a municipal coordinator, an
// administrator or anyone else is refused (audited 403) and changes nothing. Changing the VOG
// validity changes who is suggested; a deactivated kind stays on records but leaves the forms.
import { subMonths } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildUser } from '../../test-support/factories.js';
import {
  buildCoordinator,
  buildRequest,
  buildSupportFamily,
  validRequest,
} from '../../test-support/support-families.js';
import { today as dutchDate } from '../../platform/clock.js';

let t: TestApp;
let regional: Session;
let municipal: Session;
beforeAll(async () => {
  t = await createTestApp();
  regional = await login(t.app, (await buildCoordinator(t.db.kysely, { regions: ['TEST'] })).username);
  municipal = await login(t.app, (await buildCoordinator(t.db.kysely, { municipalities: ['0193'] })).username);
});
afterAll(async () => {
  await t.close();
});

const B = '/api/support-families';
type KindList = {
  items: Array<{ code: string; label: { nl: string; en: string }; active: boolean; position: number }>;
  mayConfigure: boolean;
};
const publicKinds = async () =>
  (await t.app.inject({ method: 'GET', url: '/api/public/buurtgezinnen/support-kinds' })).json<{
    items: Array<{ code: string; label: { nl: string } }>;
  }>().items;
const denied = async () =>
  Number(
    (
      await t.db.kysely
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('outcome', '=', 'denied')
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('who owns the shared configuration', () => {
  it('a regional coordinator changes it; a municipal coordinator and an administrator are refused, audited, and change nothing', async () => {
    const admin = await login(t.app, (await buildUser(t.db.kysely, ['admin'])).username);
    const writes = [
      { method: 'PUT' as const, url: `${B}/settings`, payload: { vogValidityMonths: 24, checkinDays: [30] } },
      {
        method: 'POST' as const,
        url: `${B}/support-kinds`,
        payload: { code: 'not_by_them', labelNl: 'Niet door hen', labelEn: 'Not by them' },
      },
      { method: 'PATCH' as const, url: `${B}/support-kinds/homework`, payload: { labelNl: 'Anders' } },
      { method: 'PUT' as const, url: `${B}/support-kinds/order`, payload: { codes: ['homework'] } },
    ];
    const snapshot = async () =>
      JSON.stringify([
        await t.db.kysely.selectFrom('support_settings').selectAll().execute(),
        await t.db.kysely.selectFrom('support_kind').selectAll().orderBy('code').execute(),
      ]);
    const before = await snapshot();
    for (const session of [municipal, admin]) {
      for (const w of writes) {
        const n = await denied();
        const res = await t.app.inject({ ...w, headers: session.headers });
        expect(res.statusCode, `${w.method} ${w.url}`).toBe(403);
        expect(await denied()).toBe(n + 1);
      }
    }
    expect(await snapshot()).toBe(before);
    const read = async (s: Session) =>
      (await t.app.inject({ method: 'GET', url: `${B}/settings`, headers: s.headers })).json<{
        mayConfigure: boolean;
      }>();
    expect((await read(regional)).mayConfigure).toBe(true);
    expect((await read(municipal)).mayConfigure).toBe(false);
    const saved = await t.app.inject({
      method: 'PUT',
      url: `${B}/settings`,
      headers: regional.headers,
      payload: { vogValidityMonths: 36, checkinDays: [91, 42, 42] },
    });
    expect(saved.json()).toMatchObject({ vogValidityMonths: 36, checkinDays: [42, 91] });
  });

  it('changing the VOG validity from 36 to 12 months changes who is suggested', async () => {
    const db = t.db.kysely;
    const coordinator = await buildCoordinator(db, { municipalities: ['0193'] });
    const s = await login(t.app, coordinator.username);
    const twentyMonthsAgo = dutchDate(subMonths(new Date(), 20));
    const older = await buildSupportFamily(db, { recordedBy: coordinator.id, vogOn: twentyMonthsAgo });
    const fresh = await buildSupportFamily(db, { recordedBy: coordinator.id });
    const request = await buildRequest(db);
    const suggested = async () =>
      (await t.app.inject({ method: 'GET', url: `${B}/requests/${request.id}/suggestions`, headers: s.headers }))
        .json<{ items: Array<{ family: { id: string } }> }>()
        .items.map((x) => x.family.id);
    expect(await suggested()).toEqual(expect.arrayContaining([older.id, fresh.id]));
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: `${B}/settings`,
          headers: regional.headers,
          payload: { vogValidityMonths: 12, checkinDays: [42, 91] },
        })
      ).statusCode,
    ).toBe(200);
    const after = await suggested();
    expect(after).toContain(fresh.id);
    expect(after).not.toContain(older.id);
    const detail = (await t.app.inject({ method: 'GET', url: `${B}/families/${older.id}`, headers: s.headers })).json<{
      screeningState: string;
    }>();
    expect(detail.screeningState).toBe('expired');
    await t.app.inject({
      method: 'PUT',
      url: `${B}/settings`,
      headers: regional.headers,
      payload: { vogValidityMonths: 36, checkinDays: [42, 91] },
    });
  });
});

describe('the list of support kinds', () => {
  it('add, rename (nl/en), reorder, deactivate: gone from the forms, kept on records and labelled on the board', async () => {
    const add = await t.app.inject({
      method: 'POST',
      url: `${B}/support-kinds`,
      headers: regional.headers,
      payload: { code: 'cooking', labelNl: 'Samen koken', labelEn: 'Cooking together' },
    });
    expect(add.statusCode, add.body).toBe(201);
    expect(add.json<KindList>().items.at(-1)).toMatchObject({ code: 'cooking', active: true });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `${B}/support-kinds`,
          headers: regional.headers,
          payload: { code: 'cooking', labelNl: 'Nog eens', labelEn: 'Again' },
        })
      ).json(),
    ).toMatchObject({ code: 'support_kind_exists' });
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `${B}/support-kinds/cooking`,
      headers: regional.headers,
      payload: { labelNl: 'Koken met elkaar', labelEn: 'Cooking with each other' },
    });
    expect(renamed.json<KindList>().items.find((k) => k.code === 'cooking')?.label).toEqual({
      nl: 'Koken met elkaar',
      en: 'Cooking with each other',
    });
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `${B}/support-kinds/juggling`,
          headers: regional.headers,
          payload: { active: false },
        })
      ).statusCode,
    ).toBe(404);

    const codes = (await publicKinds()).map((k) => k.code);
    const order = ['cooking', ...codes.filter((c) => c !== 'cooking')];
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: `${B}/support-kinds/order`,
          headers: regional.headers,
          payload: { codes: order },
        })
      ).statusCode,
    ).toBe(200);
    expect((await publicKinds()).map((k) => k.code)).toEqual(order);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: `${B}/support-kinds/order`,
          headers: regional.headers,
          payload: { codes: order.slice(1) },
        })
      ).json(),
    ).toMatchObject({ code: 'invalid_input' });

    const withKind = await t.app.inject({
      method: 'POST',
      url: '/api/public/buurtgezinnen/requests',
      payload: { ...validRequest('koken@example.invalid'), supportKinds: ['cooking'] },
    });
    expect(withKind.statusCode).toBe(202);
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `${B}/support-kinds/cooking`,
          headers: regional.headers,
          payload: { active: false },
        })
      ).statusCode,
    ).toBe(200);
    expect((await publicKinds()).map((k) => k.code)).not.toContain('cooking');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/public/buurtgezinnen/requests',
      payload: { ...validRequest('koken2@example.invalid'), supportKinds: ['cooking'] },
    });
    expect(refused.statusCode).toBe(400);
    const kept = await t.db.kysely
      .selectFrom('support_request')
      .select('support_kinds')
      .where('email', '=', 'koken@example.invalid')
      .executeTakeFirstOrThrow();
    expect(kept.support_kinds).toEqual(['cooking']);
    const board = (
      await t.app.inject({ method: 'GET', url: `${B}/support-kinds`, headers: municipal.headers })
    ).json<KindList>();
    expect(board).toMatchObject({ mayConfigure: false });
    expect(board.items.find((k) => k.code === 'cooking')).toMatchObject({
      active: false,
      label: { nl: 'Koken met elkaar' },
    });
  });
});
