// What the dashboard's filters offer (one audited statement), and the contract manager's view: the
// providers' indicators against the outcome criteria agreed in their contracts (seed 002).
import { sql } from 'kysely';
import { authorizeRead, requireActor } from '../../../platform/access/authorize.js';
import { hasRole } from '../../../platform/access/actor.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { many, one } from '../../../platform/db/bundle.js';
import { NotFoundError } from '../../../platform/errors.js';
import { today } from '../../../platform/clock.js';
import { periodChoices, periodRange } from './periods.js';
import { municipalityIn } from './queries.js';
import type { ContractOutcomes, OutcomeOptions } from './schemas.js';
import { areaPart, buildReport, filterOf, withIndicators } from './service.js';

const FIRST_YEAR = 2024;

export async function outcomeOptions(
  ctx: RequestContext,
  q: { scope: 'municipality' | 'region'; code: string },
): Promise<OutcomeOptions> {
  const actor = requireActor(ctx);
  const read = await authorizeRead(ctx, {
    subject: 'outcome_indicators',
    id: q.code,
    action: 'read',
    purpose: 'policy steering',
    data: 'outcome indicator filters (municipalities, providers, teams, pilots)',
  });
  const db = read.db;
  const area = { scope: q.scope, code: q.code };
  const lead = !hasRole(actor, 'policy') && !hasRole(actor, 'contract_manager') && !hasRole(actor, 'provider');
  const regionOf =
    q.scope === 'region'
      ? sql<string>`${q.code}`
      : sql<string>`(SELECT region_code FROM municipality WHERE code = ${q.code})`;
  let teams = db
    .selectFrom('team as t')
    .select(['t.id', 't.name'])
    .where(sql<boolean>`${municipalityIn(area, 't.municipality_code')}`)
    .orderBy('t.name');
  if (lead)
    teams = teams.where((eb) =>
      eb.exists(
        eb
          .selectFrom('team_membership as tm')
          .select('tm.team_id')
          .whereRef('tm.team_id', '=', 't.id')
          .where('tm.user_id', '=', actor.userId)
          .where('tm.is_lead', '=', true),
      ),
    );
  let municipalities = db
    .selectFrom('municipality as m')
    .select(['m.code', 'm.name'])
    .where(sql<boolean>`m.region_code = ${regionOf}`)
    .orderBy('m.name');
  if (lead)
    municipalities = municipalities.where((eb) =>
      eb.exists(
        eb
          .selectFrom('team as t')
          .innerJoin('team_membership as tm', 'tm.team_id', 't.id')
          .select('t.id')
          .whereRef('t.municipality_code', '=', 'm.code')
          .where('tm.user_id', '=', actor.userId)
          .where('tm.is_lead', '=', true),
      ),
    );
  const parts = await read.fetch({
    area: areaPart(area),
    region: one(
      db
        .selectFrom('region')
        .select(['code', 'name'])
        .where(sql<boolean>`code = ${regionOf}`),
    ),
    municipalities: many(municipalities),
    providers: many(
      db
        .selectFrom('organisation as o')
        .select(['o.id', 'o.name'])
        .where('o.type', '=', 'care_provider')
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('contract as c')
              .select('c.id')
              .whereRef('c.provider_id', '=', 'o.id')
              .where(
                sql<boolean>`(c.region_code = ${regionOf} OR c.municipality_code IN (SELECT code FROM municipality WHERE region_code = ${regionOf}))`,
              ),
          ),
        )
        .orderBy('o.name'),
    ),
    teams: many(teams),
    pilots: many(
      db
        .selectFrom('pilot as p')
        .select([
          'p.id',
          'p.municipality_code as municipalityCode',
          'p.name',
          'p.description',
          sql<string>`to_char(p.since, 'YYYY-MM-DD')`.as('since'),
          sql<string | null>`to_char(p.until, 'YYYY-MM-DD')`.as('until'),
        ])
        .where(sql<boolean>`${municipalityIn(area, 'p.municipality_code')}`)
        .orderBy('p.since'),
    ),
  });
  if (!parts.area?.name) throw new NotFoundError('not_found', { detail: 'No such municipality or region.' });
  return {
    municipalities: parts.municipalities,
    region: parts.region ?? null,
    periods: periodChoices(today(), FIRST_YEAR),
    providers:
      hasRole(actor, 'provider') && !hasRole(actor, 'policy') && !hasRole(actor, 'contract_manager')
        ? parts.providers.filter((p) => p.id === actor.organisationId)
        : parts.providers,
    teams: parts.teams,
    pilots: parts.pilots,
    fixed: {
      team: lead ? (parts.teams[0]?.id ?? null) : null,
      provider:
        hasRole(actor, 'provider') && !hasRole(actor, 'policy') && !hasRole(actor, 'contract_manager')
          ? actor.organisationId
          : null,
      regionAllowed: !lead,
    },
  };
}

interface CriterionRow {
  provider_id: string;
  reference: string;
  indicator: ContractOutcomes['criteria'][number]['indicator'];
  target: string;
  comparison: 'at_most' | 'at_least';
  description: string | null;
}

export async function contractOutcomes(
  ctx: RequestContext,
  q: { scope: 'municipality' | 'region'; code: string; period: string },
): Promise<ContractOutcomes> {
  requireActor(ctx);
  const read = await authorizeRead(ctx, {
    subject: 'outcome_indicators',
    id: q.code,
    action: 'read',
    purpose: 'contract management',
    data: `providers' outcome indicators against their criteria ${q.period}, suppressed aggregates`,
  });
  const db = read.db;
  const range = periodRange(q.period);
  const query = { ...q, groupBy: 'provider' as const };
  const filter = filterOf(read.grant.actor, query, range);
  const area = { scope: q.scope, code: q.code };
  const regionOf =
    q.scope === 'region'
      ? sql<string>`${q.code}`
      : sql<string>`(SELECT region_code FROM municipality WHERE code = ${q.code})`;
  let criteria = db
    .selectFrom('outcome_criterion as oc')
    .innerJoin('contract as c', 'c.id', 'oc.contract_id')
    .select([
      'c.provider_id',
      'c.reference',
      'oc.indicator',
      sql<string>`oc.target::text`.as('target'),
      'oc.comparison',
      'oc.description',
    ])
    .where(sql<boolean>`(c.region_code = ${regionOf} OR ${municipalityIn(area, 'c.municipality_code')})`)
    .where(sql<boolean>`c.starts_on <= ${range.to}::date AND (c.ends_on IS NULL OR c.ends_on >= ${range.from}::date)`)
    .orderBy('c.reference')
    .orderBy('oc.indicator');
  if (filter.provider) criteria = criteria.where('c.provider_id', '=', filter.provider);
  const parts = await withIndicators(ctx, read, { area: areaPart(area), criteria: many(criteria) }, filter);
  if (!parts.area?.name) throw new NotFoundError('not_found', { detail: 'No such municipality or region.' });
  const report = buildReport(query, range, parts.area, parts.counts, today(), parts.computedAt);
  return {
    period: range.period,
    report,
    criteria: (parts.criteria as CriterionRow[]).map((c) => {
      const row = report.rows.find((r) => r.key === c.provider_id);
      const figure = row?.figures[c.indicator];
      const target = Number(c.target);
      const measured =
        figure?.value == null ? null : c.indicator === 'satisfaction' ? figure.value : figure.value * 100;
      const status =
        measured === null
          ? ('unknown' as const)
          : (c.comparison === 'at_most' ? measured <= target : measured >= target)
            ? ('met' as const)
            : ('not_met' as const);
      return {
        providerId: c.provider_id,
        contractReference: c.reference,
        indicator: c.indicator,
        target,
        comparison: c.comparison,
        description: c.description,
        status,
      };
    }),
  };
}
