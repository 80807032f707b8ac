// Background job 'support.checkins': once a match has started (its trial period began), the
// coordinators of its area get a check-in reminder after each configured number of days (default
// 42 and 91: six weeks and three months). Idempotent — one reminder per match and offset — so
// the job can run as often as it likes. The clock is a parameter, so tests move time forward.
// It also removes public registrations whose confirmation link expired unclicked.
import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/transaction.js';
import { notify } from '../../../platform/notify/notify.js';
import { coordinatorMunicipalities } from '../area/area.js';
import { getSettings } from '../settings-store.js';

const DAY_MS = 86_400_000;

export async function createDueCheckIns(trx: Tx, now: Date): Promise<number> {
  const { checkinDays } = await getSettings(trx);
  if (checkinDays.length === 0) return 0;
  const earliest = Math.min(...checkinDays);
  const matches = await trx
    .selectFrom('support_match as m')
    .innerJoin('support_request as r', 'r.id', 'm.request_id')
    .select(['m.id', 'm.started_at', 'r.municipality_code'])
    .where('m.status', 'in', ['trial', 'active', 'evaluated'])
    .where('m.started_at', 'is not', null)
    .where('m.started_at', '<=', new Date(now.getTime() - earliest * DAY_MS))
    .execute();
  if (matches.length === 0) return 0;
  const existing = await trx
    .selectFrom('support_match_reminder')
    .select(['match_id', 'offset_days'])
    .where(
      'match_id',
      'in',
      matches.map((m) => m.id),
    )
    .execute();
  const have = new Set(existing.map((e) => `${e.match_id}|${e.offset_days}`));
  const coordinators = await trx
    .selectFrom('app_user')
    .select('id')
    .where(sql<boolean>`'coordinator' = ANY(roles)`)
    .where('active', '=', true)
    .execute();
  const areas = new Map<string, string[]>();
  for (const c of coordinators) areas.set(c.id, await coordinatorMunicipalities(trx, c.id));
  let created = 0;
  for (const m of matches) {
    const started = m.started_at?.getTime() ?? now.getTime();
    for (const days of checkinDays) {
      const due = new Date(started + days * DAY_MS);
      if (due > now || have.has(`${m.id}|${days}`)) continue;
      await trx
        .insertInto('support_match_reminder')
        .values({ match_id: m.id, offset_days: days, due_at: due })
        .onConflict((oc) => oc.doNothing())
        .execute();
      created += 1;
      for (const [userId, area] of areas)
        if (area.includes(m.municipality_code))
          await notify(trx, userId, 'support_checkin_due', `/buurtgezinnen/koppelingen/${m.id}`);
    }
  }
  return created;
}

/** Unconfirmed public registrations whose link expired: never confirmed, so never used; removed. */
export async function removeExpiredRegistrations(trx: Tx, now: Date): Promise<number> {
  const expired = await trx
    .selectFrom('support_confirmation')
    .select(['request_id', 'family_id'])
    .where('used_at', 'is', null)
    .where('expires_at', '<', now)
    .execute();
  const requestIds = expired.flatMap((e) => (e.request_id ? [e.request_id] : []));
  const familyIds = expired.flatMap((e) => (e.family_id ? [e.family_id] : []));
  let removed = 0;
  if (requestIds.length)
    removed += Number(
      (
        await trx
          .deleteFrom('support_request')
          .where('id', 'in', requestIds)
          .where('status', '=', 'unconfirmed')
          .executeTakeFirst()
      ).numDeletedRows,
    );
  if (familyIds.length)
    removed += Number(
      (
        await trx
          .deleteFrom('support_family')
          .where('id', 'in', familyIds)
          .where('status', '=', 'unconfirmed')
          .executeTakeFirst()
      ).numDeletedRows,
    );
  await trx.deleteFrom('support_confirmation').where('used_at', 'is', null).where('expires_at', '<', now).execute();
  return removed;
}

export function supportCheckInJob(clock: () => Date = () => new Date()) {
  return async (_payload: unknown, { trx }: { trx: Tx }) => {
    const now = clock();
    await createDueCheckIns(trx, now);
    await removeExpiredRegistrations(trx, now);
  };
}
