// Outcome indicators for a municipality or the region (issue 14): one audited statement per request —
// the area's name and publication settings, the counts per group (from the outcome summary, summary.ts)
// and the audit row together (authorizeRead.fetch) — then suppression (publish.ts) in the app. With a
// read replica the counts are read there (indicatorParts) and the audited statement keeps the rest. Roles that see a part only get
// that part fixed here, whatever they ask: a provider its own organisation, a team lead the teams
// they lead.
import { sql } from 'kysely';
import { authorizeRead, requireActor, type AuditedRead } from '../../../platform/access/authorize.js';
import { hasRole, type Actor } from '../../../platform/access/actor.js';
import { reportsOf, type RequestContext } from '../../../platform/access/context.js';
import { fetchAll, type Part } from '../../../platform/db/bundle.js';
import { NotFoundError } from '../../../platform/errors.js';
import { today } from '../../../platform/clock.js';
import { THRESHOLD } from '../suppression.js';
import { finalOn, periodRange, type PeriodRange } from './periods.js';
import { publishIndicator } from './publish.js';
import {
  indicatorCounts,
  LEVEL_BY_RANK,
  municipalityIn,
  summaryComputedAt,
  type GroupCounts,
  type IndicatorFilter,
} from './queries.js';
import type { IndicatorKey, OutcomeQuery, OutcomeReport } from './schemas.js';

export const INDICATORS: IndicatorKey[] = [
  'drop_out',
  'satisfaction',
  'managing_without_help',
  'no_new_start',
  'repeat_use',
  'goals_achieved',
  'problems_reduced',
  'specialised_referral',
  'time_to_help',
];

interface AreaInfo {
  name: string;
  threshold: number;
  round: boolean;
  drop: string[];
  windows: number[];
}

/** The area's name and the strictest publication settings of its municipalities, as a part of the statement. */
export function areaPart(area: IndicatorFilter['area']): Part<AreaInfo | undefined> {
  const name =
    area.scope === 'municipality'
      ? sql<string>`(SELECT name FROM municipality WHERE code = ${area.code})`
      : sql<string>`(SELECT name FROM region WHERE code = ${area.code})`;
  return {
    sql: sql`(SELECT json_build_object(
      'name', ${name},
      'threshold', greatest(${THRESHOLD}, coalesce(max(s.suppression_threshold), ${THRESHOLD})),
      'round', coalesce(bool_or(s.round_to_five), false),
      'drop', coalesce(array_agg(DISTINCT coalesce(s.drop_out_reasons, '03')), ARRAY['03']),
      'windows', coalesce(array_agg(DISTINCT coalesce(s.repeat_window_months, 12)), ARRAY[12]::smallint[]))
      FROM municipality f LEFT JOIN outcome_setting s ON s.municipality_code = f.code
      WHERE ${municipalityIn(area, 'f.code')})`,
  };
}

/** What the actor may see, fixed: providers their own organisation, team leads their own teams. */
export function restrict(actor: Actor, q: Pick<OutcomeQuery, 'provider' | 'team'>) {
  const broad = hasRole(actor, 'policy') || hasRole(actor, 'contract_manager');
  if (broad) return { provider: q.provider, team: q.team, ledBy: undefined };
  if (hasRole(actor, 'provider')) return { provider: actor.organisationId, team: q.team, ledBy: undefined };
  return { provider: q.provider, team: q.team, ledBy: actor.userId };
}

function definitions(
  range: PeriodRange,
  info: AreaInfo,
  todayIso: string,
  informant: OutcomeQuery['informant'],
): OutcomeReport['definitions'] {
  const def = (
    key: IndicatorKey,
    basis: 'cbs' | 'local',
    detail: string,
    cohort: 'closed' | 'started',
    unit: 'share' | 'mark' | 'days',
    columns: string[],
  ) => {
    const final = finalOn(key, range);
    return { key, basis, detail, cohort, unit, columns, finalOn: final, preliminary: todayIso <= final };
  };
  const yesNo = ['yes', 'no'];
  return [
    def('drop_out', 'cbs', info.drop.sort().join(' | '), 'closed', 'share', yesNo),
    def('satisfaction', 'cbs', informant ? `1-10 ${informant}` : '1-10', 'closed', 'mark', ['n']),
    def('managing_without_help', 'cbs', '02+03+04', 'closed', 'share', ['01', '02', '03', '04']),
    def('no_new_start', 'cbs', 'H+1', 'closed', 'share', yesNo),
    def('repeat_use', 'local', info.windows.sort((a, b) => a - b).join(' | '), 'started', 'share', yesNo),
    def('goals_achieved', 'local', 'achieved', 'closed', 'share', yesNo),
    def('problems_reduced', 'local', 'first-latest', 'closed', 'share', yesNo),
    def('specialised_referral', 'local', 'ambulant+', 'started', 'share', yesNo),
    def('time_to_help', 'local', 'median', 'started', 'days', ['n']),
  ];
}

const ENTRY_ORDER = [
  'gp_ojg',
  'school',
  'child_health_clinic',
  'signal',
  'self_referral',
  'veilig_thuis',
  'police',
  'other',
  'unknown',
];

function labelFor(groupBy: OutcomeQuery['groupBy'], g: GroupCounts): string {
  if (groupBy === 'level') return LEVEL_BY_RANK[Number(g.key)] ?? g.key;
  return g.label ?? g.key;
}

function ordered(groupBy: OutcomeQuery['groupBy'], groups: GroupCounts[]): GroupCounts[] {
  if (groupBy === 'entry_point')
    return [...groups].sort((a, b) => ENTRY_ORDER.indexOf(a.key) - ENTRY_ORDER.indexOf(b.key));
  if (groupBy === 'pilot') return [...groups].sort((a) => (a.key === 'pilot' ? -1 : 1));
  if (groupBy === 'level') return [...groups].sort((a, b) => Number(a.key) - Number(b.key));
  return groups;
}

/** The published report from the statement's counts: each indicator suppressed on its own. */
export function buildReport(
  q: OutcomeQuery,
  range: PeriodRange,
  info: AreaInfo,
  counts: GroupCounts[],
  todayIso: string,
  computedAt: string | null | undefined,
): OutcomeReport {
  const groups = ordered(q.groupBy, counts);
  const tables = Object.fromEntries(
    INDICATORS.map((k) => [k, publishIndicator(k, groups, info.threshold, info.round)]),
  ) as Record<IndicatorKey, ReturnType<typeof publishIndicator>>;
  return {
    scope: q.scope,
    code: q.code,
    name: info.name,
    period: range.period,
    from: range.from,
    to: range.to,
    groupBy: q.groupBy,
    threshold: info.threshold,
    rounded: info.round,
    informant: q.informant ?? null,
    definitions: definitions(range, info, todayIso, q.informant),
    rows: groups.map((g, i) => ({
      key: g.key,
      label: labelFor(q.groupBy, g),
      figures: Object.fromEntries(INDICATORS.map((k) => [k, tables[k].figures[i]!])) as Record<
        IndicatorKey,
        OutcomeReport['rows'][number]['figures'][IndicatorKey]
      >,
    })),
    totals: Object.fromEntries(INDICATORS.map((k) => [k, tables[k].totals])) as OutcomeReport['totals'],
    // When the summary the counts come from was computed (the job's last run), not when asked.
    computedAt: computedAt ? new Date(computedAt).toISOString() : null, // a part reads back NULL as undefined
  };
}

export function filterOf(actor: Actor, q: OutcomeQuery, range: PeriodRange): IndicatorFilter {
  return {
    area: { scope: q.scope, code: q.code },
    from: range.from,
    to: range.to,
    ...restrict(actor, q),
    entryPoint: q.entryPoint,
    level: q.level,
    pilot: q.pilot,
    informant: q.informant,
    groupBy: q.groupBy,
  };
}

export async function outcomeReport(ctx: RequestContext, q: OutcomeQuery): Promise<OutcomeReport> {
  requireActor(ctx);
  const read = await authorizeRead(ctx, {
    subject: 'outcome_indicators',
    id: q.code,
    action: 'read',
    purpose: 'policy steering',
    data: `outcome indicators ${q.scope} ${q.period} by ${q.groupBy}, suppressed aggregates`,
  });
  const range = periodRange(q.period);
  const { area, counts, computedAt } = await withIndicators(
    ctx,
    read,
    {
      area: areaPart({ scope: q.scope, code: q.code }),
    },
    filterOf(read.grant.actor, q, range),
  );
  if (!area?.name) throw new NotFoundError('not_found', { detail: 'No such municipality or region.' });
  return buildReport(q, range, area, counts, today(), computedAt);
}

/**
 * The audited parts together with the counts and when they were computed. Without a replica: ONE
 * statement on the primary. With one: the audited parts on the primary, the counts (a report over the
 * summary the job writes on the primary) on the replica — or the primary when the replica is down.
 */
export async function withIndicators<P extends Record<string, Part<unknown>>>(
  ctx: RequestContext,
  read: AuditedRead<'outcome_indicators'>,
  parts: P,
  filter: IndicatorFilter,
) {
  const report = { counts: indicatorCounts(filter), computedAt: summaryComputedAt() };
  const reports = reportsOf(ctx);
  if (!reports.configured) return read.fetch({ ...parts, ...report });
  const audited = await read.fetch(parts);
  const { value } = await reports.run(ctx.db, (db) => fetchAll(db, report));
  return { ...audited, ...value };
}
