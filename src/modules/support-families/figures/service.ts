// Figures of Buurtgezinnen per municipality: open requests and their waiting time, matches made per
// month (last 12), active matches, average duration, why matches ended, support families by
// screening state. Coordinators see their area exactly; policy advisors see every municipality
// with small numbers suppressed (publish.ts). Aggregates only: no record leaves this function.
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { lastMonths } from '../../insights/patterns.js';
import { coordinatorMunicipalities } from '../area/area.js';
import { getSettings, todayIso } from '../settings-store.js';
import { screeningStateSql } from '../volunteers/screening.js';
import { emptyRaw, publishFigures, type Raw } from './publish.js';

async function collect(trx: Tx, municipalities: string[], months: string[]) {
  const raw = new Map<string, Raw>(municipalities.map((m) => [m, emptyRaw()]));
  const get = (m: string) => raw.get(m) ?? emptyRaw();
  if (municipalities.length === 0) return raw;
  const requests = await trx
    .selectFrom('support_request')
    .select([
      'municipality_code',
      sql<number>`count(*)::int`.as('n'),
      sql<number>`coalesce(sum(current_date - coalesce(confirmed_at, created_at)::date), 0)::int`.as('wait'),
    ])
    .where('status', '=', 'open')
    .where('municipality_code', 'in', municipalities)
    .groupBy('municipality_code')
    .execute();
  for (const r of requests) Object.assign(get(r.municipality_code), { open: Number(r.n), waitSum: Number(r.wait) });
  const matches = await trx
    .selectFrom('support_match as m')
    .innerJoin('support_request as r', 'r.id', 'm.request_id')
    .select([
      'r.municipality_code',
      'm.status',
      'm.end_reason',
      sql<string>`to_char(m.proposed_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')`.as('month'),
      sql<number | null>`extract(epoch FROM (m.ended_at - m.started_at)) / 86400`.as('duration'),
    ])
    .where('r.municipality_code', 'in', municipalities)
    .execute();
  for (const m of matches) {
    const x = get(m.municipality_code);
    if (['trial', 'active', 'evaluated'].includes(m.status)) x.active += 1;
    if (m.status === 'ended' && m.end_reason) x.ended.set(m.end_reason, (x.ended.get(m.end_reason) ?? 0) + 1);
    if (m.duration !== null && m.status === 'ended') {
      x.durSum += Number(m.duration);
      x.durN += 1;
    }
    if (months.includes(m.month)) x.perMonth.set(m.month, (x.perMonth.get(m.month) ?? 0) + 1);
  }
  const { vogValidityMonths } = await getSettings(trx);
  const families = await trx
    .selectFrom('support_family as f')
    .select([
      'f.municipality_code',
      screeningStateSql(todayIso(), vogValidityMonths).as('state'),
      sql<boolean>`f.foster_interest_at IS NOT NULL`.as('foster'),
    ])
    .where('f.status', '=', 'registered')
    .where('f.municipality_code', 'in', municipalities)
    .execute();
  for (const f of families) {
    const x = get(f.municipality_code);
    if (f.state !== 'inactive') x[f.state] += 1; // cannot happen: only registered families are counted
    if (f.foster) x.foster += 1;
  }
  return raw;
}

export function figures(ctx: RequestContext, now = new Date()) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_figures',
      id: null,
      action: 'read',
      purpose: 'steering',
      data: 'Buurtgezinnen figures per municipality',
    });
    const isCoordinator = grant.actor.roles.includes('coordinator');
    const codes = isCoordinator
      ? await coordinatorMunicipalities(trx, grant.actor.userId)
      : (await trx.selectFrom('municipality').select('code').execute()).map((m) => m.code);
    const names = codes.length
      ? await trx
          .selectFrom('municipality')
          .select(['code', 'name'])
          .where('code', 'in', codes)
          .orderBy('name')
          .execute()
      : [];
    // The current month still changes: watching a cell go from "<5" to 5 tells that it held 4. The
    // coordinator sees these matches anyway; everyone else gets the 12 completed months only, as
    // with the neighbourhood patterns (docs/privacy.md, "Completed months only").
    const months = lastMonths(now, 12, !isCoordinator);
    const raw = await collect(trx, codes, months);
    const rows = names.map((m) => ({ code: m.code, name: m.name, raw: raw.get(m.code) ?? emptyRaw() }));
    return { months, ...publishFigures(rows, months, !isCoordinator) };
  });
}
