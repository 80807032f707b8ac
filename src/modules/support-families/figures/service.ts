// Figures of Buurtgezinnen per municipality: open requests and their waiting time, matches made per
// month (last 12), active matches, average duration, why matches ended, support families by
// screening state. Coordinators see their area exactly; policy advisors see every municipality
// with small numbers suppressed (suppress.ts). Aggregates only: no record leaves this function.
import { subMonths, format } from 'date-fns';
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { END_REASONS } from '../../../platform/db/schema.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { coordinatorMunicipalities } from '../area/area.js';
import { getSettings, todayIso } from '../settings-store.js';
import { screeningStateSql } from '../volunteers/screening.js';
import type { MunicipalityFigures } from './schemas.js';
import { suppressAverage, suppressCount } from './suppress.js';

type Raw = {
  open: number; waitSum: number; active: number; durSum: number; durN: number; eligible: number; incomplete: number; expired: number; foster: number;
  ended: Map<string, number>; perMonth: Map<string, number>;
};
const emptyRaw = (): Raw => ({ open: 0, waitSum: 0, active: 0, durSum: 0, durN: 0, eligible: 0, incomplete: 0, expired: 0, foster: 0, ended: new Map(), perMonth: new Map() });

async function collect(trx: Tx, municipalities: string[], months: string[]) {
  const raw = new Map<string, Raw>(municipalities.map((m) => [m, emptyRaw()]));
  const get = (m: string) => raw.get(m) ?? emptyRaw();
  if (municipalities.length === 0) return raw;
  const requests = await trx.selectFrom('support_request').select(['municipality_code',
    sql<number>`count(*)::int`.as('n'), sql<number>`coalesce(sum(current_date - coalesce(confirmed_at, created_at)::date), 0)::int`.as('wait')])
    .where('status', '=', 'open').where('municipality_code', 'in', municipalities).groupBy('municipality_code').execute();
  for (const r of requests) Object.assign(get(r.municipality_code), { open: Number(r.n), waitSum: Number(r.wait) });
  const matches = await trx.selectFrom('support_match as m').innerJoin('support_request as r', 'r.id', 'm.request_id')
    .select(['r.municipality_code', 'm.status', 'm.end_reason', sql<string>`to_char(m.proposed_at, 'YYYY-MM')`.as('month'),
      sql<number | null>`extract(epoch FROM (m.ended_at - m.started_at)) / 86400`.as('duration')])
    .where('r.municipality_code', 'in', municipalities).execute();
  for (const m of matches) {
    const x = get(m.municipality_code);
    if (['trial', 'active', 'evaluated'].includes(m.status)) x.active += 1;
    if (m.status === 'ended' && m.end_reason) x.ended.set(m.end_reason, (x.ended.get(m.end_reason) ?? 0) + 1);
    if (m.duration !== null && m.status === 'ended') { x.durSum += Number(m.duration); x.durN += 1; }
    if (months.includes(m.month)) x.perMonth.set(m.month, (x.perMonth.get(m.month) ?? 0) + 1);
  }
  const { vogValidityMonths } = await getSettings(trx);
  const families = await trx.selectFrom('support_family as f')
    .select(['f.municipality_code', screeningStateSql(todayIso(), vogValidityMonths).as('state'), sql<boolean>`f.foster_interest_at IS NOT NULL`.as('foster')])
    .where('f.status', '=', 'registered').where('f.municipality_code', 'in', municipalities).execute();
  for (const f of families) {
    const x = get(f.municipality_code);
    x[f.state] += 1;
    if (f.foster) x.foster += 1;
  }
  return raw;
}

function present(code: string, name: string, x: Raw, months: string[], suppress: boolean): MunicipalityFigures {
  const c = (n: number) => suppressCount(n, suppress);
  return {
    code, name, openRequests: c(x.open), averageWaitingDays: suppressAverage(x.open ? x.waitSum / x.open : null, x.open, suppress),
    activeMatches: c(x.active), averageDurationDays: suppressAverage(x.durN ? x.durSum / x.durN : null, x.durN, suppress),
    families: { eligible: c(x.eligible), incomplete: c(x.incomplete), expired: c(x.expired), fosterInterest: c(x.foster) },
    endedReasons: END_REASONS.map((reason) => ({ reason, count: c(x.ended.get(reason) ?? 0) })),
    matchesPerMonth: months.map((month) => ({ month, count: c(x.perMonth.get(month) ?? 0) })),
  };
}

export function figures(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, { subject: 'support_figures', id: null, action: 'read', purpose: 'steering', data: 'Buurtgezinnen figures per municipality' });
    const isCoordinator = grant.actor.roles.includes('coordinator');
    const codes = isCoordinator ? await coordinatorMunicipalities(trx, grant.actor.userId) : (await trx.selectFrom('municipality').select('code').execute()).map((m) => m.code);
    const names = codes.length ? await trx.selectFrom('municipality').select(['code', 'name']).where('code', 'in', codes).orderBy('name').execute() : [];
    const now = new Date();
    const months = Array.from({ length: 12 }, (_, i) => format(subMonths(now, 11 - i), 'yyyy-MM'));
    const raw = await collect(trx, codes, months);
    const suppress = !isCoordinator;
    const total = emptyRaw();
    for (const x of raw.values()) {
      for (const k of ['open', 'waitSum', 'active', 'durSum', 'durN', 'eligible', 'incomplete', 'expired', 'foster'] as const) total[k] += x[k];
      for (const [k, v] of x.ended) total.ended.set(k, (total.ended.get(k) ?? 0) + v);
      for (const [k, v] of x.perMonth) total.perMonth.set(k, (total.perMonth.get(k) ?? 0) + v);
    }
    return {
      suppressed: suppress, months,
      municipalities: names.map((m) => present(m.code, m.name, raw.get(m.code) ?? emptyRaw(), months, suppress)),
      total: present('total', 'Totaal', total, months, suppress),
    };
  });
}
