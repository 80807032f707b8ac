// Ending registrations as scheduled jobs with a controllable clock: nothing ends early; at the
// 23rd birthday (age_23) and after two years (expired) registrations move to the history archive
// and their match closes; the archive gives its one-off notice to the next registration for the
// same young person, and is purged after five years.
import { addDays, addYears, format, parseISO } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../platform/http/logger.js';
import { enqueue } from '../../platform/jobs/queue.js';
import { JobWorker } from '../../platform/jobs/worker.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { ensureGeography } from '../../test-support/factories.js';
import { buildRegistrant, nextBsn, registration, type Registrant } from '../../test-support/involvement.js';
import { registerInvolvementJobs } from './jobs.js';
import { today as dutchDate } from '../../platform/clock.js';

let t: TestApp;
let clock = new Date();
let worker: JobWorker;
const log = createLogger('silent');
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
  worker = registerInvolvementJobs(new JobWorker(t.db.kysely, log, 'test-clock'), log, () => clock);
});
afterAll(async () => {
  await t.close();
});

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const noon = (day: string) => new Date(`${day}T12:00:00Z`);
async function runJob(kind: 'involvement.expire' | 'involvement.purge_archive', at: Date) {
  clock = at;
  await enqueue(t.db.kysely, kind);
  expect(await worker.drain()).toBeGreaterThanOrEqual(1);
  const failed = await t.db.kysely
    .selectFrom('job')
    .select('last_error')
    .where('kind', '=', kind)
    .where('status', '<>', 'done')
    .execute();
  expect(failed).toEqual([]);
}
const register = (r: Registrant, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/involvement/registrations', headers: r.session.headers, payload });
const active = (id: string) =>
  t.db.kysely.selectFrom('involvement_registration').select('id').where('id', '=', id).executeTakeFirst();
const archived = (id: string) =>
  t.db.kysely
    .selectFrom('involvement_archive')
    .select(['end_reason', 'notice_given_at'])
    .where('id', '=', id)
    .executeTakeFirst();

describe('referral-index expiry, archive and notice (controllable clock)', () => {
  it('ends at 23 and after two years, closes the match, gives the archive notice once, purges after five years', async () => {
    const now = new Date();
    const school = await buildRegistrant(t, 'school');
    const gp = await buildRegistrant(t, 'gp_practice');
    // Almost 23: turns 23 in 100 days, so the registration ends then rather than in two years.
    const today = parseISO(dutchDate(now));
    const olderBirth = iso(addDays(addYears(today, -23), 100));
    const older = nextBsn();
    const youngBsn = nextBsn();
    const o1 = (await register(school, registration(older, { birthDate: olderBirth }))).json<{
      registration: { id: string; endsOn: string };
    }>().registration;
    const birthday = iso(addYears(parseISO(olderBirth), 23));
    expect(o1.endsOn).toBe(birthday);
    const o2 = await register(gp, registration(older, { birthDate: olderBirth }));
    const matchId = o2.json<{ matches: Array<{ id: string }> }>().matches[0]?.id ?? '';
    const young = (await register(school, registration(youngBsn, { birthDate: '2014-05-06' }))).json<{
      registration: { id: string; endsOn: string };
    }>().registration;
    expect(young.endsOn).toBe(iso(addYears(today, 2)));

    await runJob('involvement.expire', noon(iso(addDays(parseISO(birthday), -1))));
    expect(await active(o1.id)).toBeDefined();

    await runJob('involvement.expire', noon(birthday));
    expect(await active(o1.id)).toBeUndefined();
    expect(await archived(o1.id)).toEqual({ end_reason: 'age_23', notice_given_at: null });
    const match = await t.db.kysely
      .selectFrom('involvement_match')
      .select('closed_at')
      .where('id', '=', matchId)
      .executeTakeFirstOrThrow();
    expect(match.closed_at?.getTime()).toBe(noon(birthday).getTime());
    expect(await active(young.id)).toBeDefined();

    const twoYears = addDays(addYears(now, 2), 1);
    await runJob('involvement.expire', twoYears);
    expect(await archived(young.id)).toEqual({ end_reason: 'expired', notice_given_at: null });
    expect(
      await t.db.kysely
        .selectFrom('involvement_registration')
        .select('id')
        .where('organisation_id', '=', school.organisationId)
        .execute(),
    ).toEqual([]);

    // A new registration for the same young person hears of the archived one — once.
    const police = await buildRegistrant(t, 'police');
    const again = await register(police, registration(youngBsn, { birthDate: '2014-05-06' }));
    expect(again.json<{ historyNotice: boolean }>().historyNotice).toBe(true);
    const view = again.json<{
      registration: { historyNotices: Array<{ organisationName: string; contactName: string }> };
    }>().registration;
    expect(view.historyNotices).toHaveLength(1);
    expect(
      await t.db.kysely.selectFrom('notification').select('kind').where('user_id', '=', police.id).execute(),
    ).toEqual([{ kind: 'involvement_history_notice' }]);
    expect((await archived(young.id))?.notice_given_at).not.toBeNull();
    const clinic = await buildRegistrant(t, 'child_health_clinic');
    expect(
      (await register(clinic, registration(youngBsn, { birthDate: '2014-05-06' }))).json<{ historyNotice: boolean }>()
        .historyNotice,
    ).toBe(false);

    // Five years in the archive, then gone.
    await runJob('involvement.purge_archive', addDays(addYears(twoYears, 5), -1));
    expect(await archived(young.id)).toBeDefined();
    await runJob('involvement.purge_archive', addDays(addYears(twoYears, 5), 1));
    expect(await archived(young.id)).toBeUndefined();
    expect(await archived(o1.id)).toBeUndefined();
  });

  it('is scheduled by the platform worker', async () => {
    await t.worker.installSchedules();
    const names = (await t.db.kysely.selectFrom('job_schedule').select('name').execute()).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['involvement-expire', 'involvement-purge-archive']));
  });
});
