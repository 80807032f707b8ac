// The meetlat: the region's page (all municipalities side by side, every moment), a municipality
// positioning itself, and loading a region's own definition.
import { sql } from 'kysely';
import { authorize, authorizeRead, requireActor } from '../../platform/access/authorize.js';
import { can } from '../../platform/access/abilities.js';
import { hasRole } from '../../platform/access/actor.js';
import type { RequestContext } from '../../platform/access/context.js';
import { many, one } from '../../platform/db/bundle.js';
import { inTransaction, type Queryable, type Tx } from '../../platform/db/transaction.js';
import { NotFoundError, ValidationError, type FieldError } from '../../platform/errors.js';
import { today } from '../../platform/clock.js';
import { evidenceFor, evidenceParts, lastClosedHalfYear, seesFigures } from './evidence.js';
import { readMeetlatDefinition, type MeetlatDefinition } from './meetlat-definition.js';
import { refusePersonalData } from './personal-data.js';
import { learningFacts } from './policy.js';
import type { MeetlatImport, MeetlatView, NewAssessment } from './schemas.js';

const PURPOSE = 'steering and learning';

/**
 * The region a user's meetlat page shows: their home organisation's, else their first team's. A user
 * of no region asks for none, which the policy refuses (403, audited) like any other refusal.
 */
async function regionOfActor(ctx: RequestContext, asked: string | undefined): Promise<string> {
  if (asked) return asked;
  const f = await learningFacts(ctx.db, requireActor(ctx));
  return f.homeRegion ?? f.teams[0]?.region ?? 'NONE';
}

const activeMeetlat = (db: Queryable, region: string) =>
  db
    .selectFrom('meetlat as ml')
    .select([
      'ml.id',
      'ml.name',
      'ml.is_example',
      'ml.levels',
      sql<Array<Omit<NonNullable<MeetlatView['meetlat']>['steps'][number], 'evidence'>>>`(
        select coalesce(json_agg(json_build_object('id', s.id, 'position', s.position, 'title', s.title,
          'description', s.description, 'indicators', s.indicator_keys) order by s.position), '[]'::json)
        from meetlat_step s where s.meetlat_id = ml.id)`.as('steps'),
    ])
    .where('ml.region_code', '=', region)
    .where('ml.active', '=', true)
    .limit(1);

const municipalitiesWithAssessments = (db: Queryable, region: string) =>
  db
    .selectFrom('municipality as m')
    .select([
      'm.code',
      'm.name',
      sql<MeetlatView['municipalities'][number]['assessments']>`(
        select coalesce(json_agg(json_build_object('id', a.id, 'assessedOn', a.assessed_on::text,
          'focusStepId', a.focus_step_id, 'focusReason', a.focus_reason, 'recordedBy', u.display_name,
          'positions', (select coalesce(json_agg(json_build_object('stepId', p.step_id, 'level', p.level,
            'reflection', p.reflection)), '[]'::json) from meetlat_position p where p.assessment_id = a.id)
        ) order by a.assessed_on), '[]'::json)
        from meetlat_assessment a
        join meetlat ml on ml.id = a.meetlat_id and ml.active
        join app_user u on u.id = a.recorded_by
        where a.municipality_code = m.code)`.as('assessments'),
    ])
    .where('m.region_code', '=', region)
    .orderBy('m.name');

export async function getMeetlat(ctx: RequestContext, asked: string | undefined): Promise<MeetlatView> {
  const actor = requireActor(ctx);
  const region = await regionOfActor(ctx, asked);
  const read = await authorizeRead(ctx, {
    subject: 'meetlat',
    id: region,
    action: 'read',
    purpose: PURPOSE,
    data: 'meetlat: steps and the positions of the region’s municipalities',
  });
  const parts = {
    meetlat: one(activeMeetlat(read.db, read.grant.subjectId)),
    regionRow: one(read.db.selectFrom('region').select(['code', 'name']).where('code', '=', read.grant.subjectId)),
    municipalities: many(municipalitiesWithAssessments(read.db, read.grant.subjectId)),
  };
  // The evidence figures ride in the same statement, for the roles that see the region's indicators.
  const period = seesFigures(actor) ? lastClosedHalfYear(today()) : null;
  const { meetlat, regionRow, municipalities, evidenceArea, evidenceCounts } = period
    ? await read.fetch({ ...parts, ...evidenceParts(read.grant.subjectId, period) })
    : { ...(await read.fetch(parts)), evidenceArea: undefined, evidenceCounts: null };
  // The decision's facts are remembered: these flags send no statement.
  const facts = await learningFacts(read.db, actor, read.memo);
  const own = hasRole(actor, 'policy') ? facts.homeMunicipality : null;
  const position = own
    ? await can(read.db, actor, { subject: 'meetlat_position', id: own, action: 'create' }, read.memo)
    : false;
  const mayImport = await can(read.db, actor, { subject: 'meetlat', id: region, action: 'create' }, read.memo);
  return {
    region: regionRow ?? { code: region, name: region },
    meetlat: meetlat
      ? {
          id: meetlat.id,
          name: meetlat.name,
          isExample: meetlat.is_example,
          levels: meetlat.levels,
          steps: meetlat.steps.map((step) => ({
            ...step,
            evidence: evidenceFor(step.indicators, evidenceCounts, evidenceArea),
          })),
          evidencePeriod: period,
        }
      : null,
    municipalities,
    ownMunicipality: own,
    abilities: { position: position && meetlat !== undefined, import: mayImport },
  };
}

export function recordAssessment(ctx: RequestContext, body: NewAssessment) {
  const actor = requireActor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'meetlat_position',
      id: body.municipality,
      action: 'create',
      purpose: PURPOSE,
      data: `meetlat positions of ${body.municipality} on ${body.assessedOn}`,
    });
    const meetlat = await trx
      .selectFrom('meetlat as ml')
      .innerJoin('municipality as m', 'm.region_code', 'ml.region_code')
      .select([
        'ml.id',
        'ml.levels',
        sql<string[]>`(select array_agg(s.id::text) from meetlat_step s where s.meetlat_id = ml.id)`.as('step_ids'),
      ])
      .where('m.code', '=', body.municipality)
      .where('ml.active', '=', true)
      .executeTakeFirst();
    if (!meetlat) throw new NotFoundError('meetlat_not_found', { detail: 'The region has no meetlat yet.' });
    const errors: FieldError[] = [];
    if (body.assessedOn > today()) errors.push({ path: 'assessedOn', message: 'in_future', kind: 'in_future' });
    const stepIds = new Set(meetlat.step_ids);
    const seen = new Set<string>();
    body.positions.forEach((p, i) => {
      if (!stepIds.has(p.stepId) || seen.has(p.stepId))
        errors.push({ path: `positions.${i}.stepId`, message: 'unknown_step', kind: 'unknown_step' });
      seen.add(p.stepId);
      if (p.level > meetlat.levels.length)
        errors.push({
          path: `positions.${i}.level`,
          message: 'too_big',
          kind: 'too_big',
          limit: meetlat.levels.length,
        });
    });
    if (seen.size !== stepIds.size && errors.length === 0)
      errors.push({ path: 'positions', message: 'every_step', kind: 'every_step' });
    if (!stepIds.has(body.focusStepId))
      errors.push({ path: 'focusStepId', message: 'unknown_step', kind: 'unknown_step' });
    if (errors.length > 0)
      throw new ValidationError('invalid_input', { detail: 'The positions do not fit the meetlat.', errors });
    refusePersonalData({
      focusReason: body.focusReason,
      ...Object.fromEntries(body.positions.map((p, i) => [`positions.${i}.reflection`, p.reflection])),
    });
    // A second assessment on the same day replaces the first (a correction, not a new moment).
    await trx
      .deleteFrom('meetlat_assessment')
      .where('meetlat_id', '=', meetlat.id)
      .where('municipality_code', '=', body.municipality)
      .where('assessed_on', '=', body.assessedOn)
      .execute();
    const row = await trx
      .insertInto('meetlat_assessment')
      .values({
        meetlat_id: meetlat.id,
        municipality_code: body.municipality,
        assessed_on: body.assessedOn,
        focus_step_id: body.focusStepId,
        focus_reason: body.focusReason,
        recorded_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('meetlat_position')
      .values(
        body.positions.map((p) => ({
          assessment_id: row.id,
          step_id: p.stepId,
          level: p.level,
          reflection: p.reflection,
        })),
      )
      .execute();
    return { id: row.id };
  });
}

/** Stores a definition as the region's active meetlat (the earlier one stays, inactive, with its positions). */
export async function storeMeetlat(
  trx: Tx,
  region: string,
  def: MeetlatDefinition,
  opts: { isExample: boolean; createdBy: string | null },
): Promise<{ id: string; stepIds: string[] }> {
  await trx
    .updateTable('meetlat')
    .set({ active: false })
    .where('region_code', '=', region)
    .where('active', '=', true)
    .execute();
  const ml = await trx
    .insertInto('meetlat')
    .values({
      region_code: region,
      name: def.name,
      is_example: opts.isExample,
      levels: def.levels,
      created_by: opts.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const steps = await trx
    .insertInto('meetlat_step')
    .values(
      def.steps.map((s) => ({
        meetlat_id: ml.id,
        position: s.position,
        title: s.title,
        description: s.description,
        indicator_keys: s.indicators,
      })),
    )
    .returning(['id', 'position'])
    .execute();
  return { id: ml.id, stepIds: steps.sort((a, b) => a.position - b.position).map((s) => s.id) };
}

export async function importMeetlat(ctx: RequestContext, body: MeetlatImport) {
  const actor = requireActor(ctx);
  const region = await regionOfActor(ctx, undefined);
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'meetlat',
      id: region,
      action: 'create',
      purpose: PURPOSE,
      data: body.dryRun ? 'meetlat definition checked' : 'meetlat definition loaded',
      event: body.dryRun ? 'meetlat.checked' : 'meetlat.loaded',
    });
    const read = readMeetlatDefinition(body.format, body.content, body.name);
    if (!read.definition)
      throw new ValidationError('meetlat_definition_invalid', {
        detail: 'The meetlat definition has problems; nothing was stored.',
        errors: read.errors,
      });
    const def = read.definition;
    if (!body.dryRun) await storeMeetlat(trx, region, def, { isExample: false, createdBy: actor.userId });
    return {
      stored: !body.dryRun,
      name: def.name,
      levels: def.levels,
      steps: def.steps.map((s) => ({ position: s.position, title: s.title, indicators: s.indicators })),
    };
  });
}
