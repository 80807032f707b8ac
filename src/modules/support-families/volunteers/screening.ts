// Screening of a support family: VOG (certificate of conduct) received, intake interview, references,
// approval by the coordinator. The newest record of each step counts; the VOG counts for
// `vog_validity_months` from its date. Only 'eligible' families are ever suggested or assigned.
import { addMonths, formatISO } from 'date-fns';
import { sql, type Expression, type SqlBool } from 'kysely';
import { SCREENING_STEPS, type ScreeningStep } from '../../../platform/db/schema.js';
import type { ScreeningState } from './schemas.js';

export function screeningState(
  latest: Partial<Record<ScreeningStep, string>>,
  vogValidityMonths: number,
  today: string,
): { state: ScreeningState; vogExpiresOn: string | null; missing: ScreeningStep[] } {
  const missing = SCREENING_STEPS.filter((s) => !latest[s]);
  const vogExpiresOn = latest.vog
    ? formatISO(addMonths(new Date(`${latest.vog}T00:00:00Z`), vogValidityMonths), { representation: 'date' })
    : null;
  if (missing.length) return { state: 'incomplete', vogExpiresOn, missing };
  if (vogExpiresOn !== null && vogExpiresOn <= today) return { state: 'expired', vogExpiresOn, missing };
  return { state: 'eligible', vogExpiresOn, missing };
}

/**
 * The same rule in SQL, for lists and candidate searches: a condition on `f` (support_family) that
 * holds when every step is recorded and the newest VOG is younger than the validity period on `today`.
 */
export function eligibleSql(today: string, vogValidityMonths: number): Expression<SqlBool> {
  return sql<SqlBool>`(f.status = 'registered' AND (
    SELECT count(DISTINCT s.step) = 4 AND max(s.done_on) FILTER (WHERE s.step = 'vog') + make_interval(months => ${vogValidityMonths}) > ${today}::date
    FROM support_screening_step s WHERE s.family_id = f.id))`;
}

/** 'inactive' | 'incomplete' | 'expired' | 'eligible' as a SQL expression on `f` (as eligibleSql: only registered families can be eligible). */
export function screeningStateSql(today: string, vogValidityMonths: number) {
  return sql<ScreeningState>`(SELECT CASE
      WHEN f.status <> 'registered' THEN 'inactive'
      WHEN count(DISTINCT s.step) < 4 THEN 'incomplete'
      WHEN max(s.done_on) FILTER (WHERE s.step = 'vog') + make_interval(months => ${vogValidityMonths}) <= ${today}::date THEN 'expired'
      ELSE 'eligible' END
    FROM support_screening_step s WHERE s.family_id = f.id)`;
}

export function vogExpiresSql(vogValidityMonths: number) {
  return sql<
    string | null
  >`(SELECT (max(s.done_on) + make_interval(months => ${vogValidityMonths}))::date::text FROM support_screening_step s WHERE s.family_id = f.id AND s.step = 'vog')`;
}
