// Settings of Buurtgezinnen (one row) and each coordinator's own criterion weights.
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Tx } from '../../platform/db/transaction.js';
import { CRITERIA, DEFAULT_WEIGHTS, type Weights } from './suggestions/scoring.js';
import { today } from '../../platform/clock.js';

export interface SupportSettings {
  vogValidityMonths: number;
  checkinDays: number[];
  confirmationHours: number;
}

export async function getSettings(db: Kysely<DB> | Tx): Promise<SupportSettings> {
  const row = await db
    .selectFrom('support_settings')
    .select(['vog_validity_months', 'checkin_days', 'confirmation_hours'])
    .executeTakeFirst();
  return {
    vogValidityMonths: row?.vog_validity_months ?? 36,
    checkinDays: row?.checkin_days ?? [42, 91],
    confirmationHours: row?.confirmation_hours ?? 72,
  };
}

export async function getWeights(db: Kysely<DB> | Tx, userId: string): Promise<Weights> {
  const row = await db
    .selectFrom('coordinator_weights')
    .select('weights')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const stored = row?.weights ?? {};
  return Object.fromEntries(
    CRITERIA.map((c) => [c, typeof stored[c] === 'number' ? stored[c] : DEFAULT_WEIGHTS[c]]),
  ) as Weights;
}

/** Today's Dutch date (the one clock). */
export const todayIso = (at?: Date) => today(at);
