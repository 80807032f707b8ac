// Life-domain instruments: the configured definitions, recording a measurement checked against its
// definition, a family's history and its progress. One transaction per request, one audited grant.
import { abilities } from '../../platform/access/abilities.js';
import { authorize, requireActor, type Grant } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { ValidationError } from '../../platform/errors.js';
import { progressSeries } from './progress.js';
import * as q from './queries.js';
import type { Instrument, Measurement, MeasurementQuery, RecordMeasurementBody } from './schemas.js';
import { checkScores } from './validate.js';
import { today } from '../../platform/clock.js';

const PURPOSE = 'care';
export { firstAndLatestScores } from './queries.js';

function presentInstrument(d: q.InstrumentDefinition): Instrument {
  return {
    id: d.id,
    code: d.code,
    version: d.version,
    name: { nl: d.name_nl, en: d.name_en },
    subject: d.subject,
    perRater: d.per_rater,
    scale: { min: d.scale_min, max: d.scale_max },
    items: d.items.map((i) => ({
      code: i.code,
      position: i.position,
      section: i.section,
      label: { nl: i.label_nl, en: i.label_en },
    })),
  };
}

function presentMeasurement(m: q.MeasurementRow): Measurement {
  return {
    id: m.id,
    instrument: { code: m.code, version: m.version },
    personId: m.person_id,
    measuredOn: m.measured_on,
    note: m.note,
    recordedBy: { id: m.recorded_by, name: m.display_name },
    recordedAt: m.recorded_at,
    scores: m.scores.map((s) => ({
      item: s.item_code,
      score: s.score,
      raterName: s.rater_name,
      raterRole: s.rater_role,
    })),
  };
}

/** Instrument definitions are configuration, not personal data: any logged-in user may read them. */
export async function listInstrumentDefinitions(ctx: RequestContext) {
  requireActor(ctx);
  return { items: (await q.listInstruments(ctx.db)).map(presentInstrument) };
}

async function loadList(trx: Tx, grant: Grant<'family'>, filter: MeasurementQuery) {
  return {
    familyId: grant.subjectId,
    familyReference: await q.findFamilyReference(trx, grant),
    persons: (await q.listMeasuredPersons(trx, grant)).map((p) => ({
      id: p.id,
      name: `${p.given_name} ${p.family_name}`,
      kind: p.kind as 'child' | 'parent' | 'household',
    })),
    measurements: (await q.listMeasurements(trx, grant, filter)).map(presentMeasurement),
    // Recording a measurement is writing in the family's record: the same `edit` as everywhere.
    abilities: await abilities(trx, grant.actor, {
      edit: { subject: 'family', id: grant.subjectId, action: 'create' },
    }),
  };
}

export function listFamilyMeasurements(ctx: RequestContext, familyId: string, filter: MeasurementQuery) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'read',
      purpose: PURPOSE,
      data: 'instrument measurements',
    });
    return loadList(trx, grant, filter);
  });
}

export function recordMeasurement(
  ctx: RequestContext,
  familyId: string,
  body: RecordMeasurementBody,
): Promise<Measurement> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'create',
      purpose: PURPOSE,
      data: `instrument measurement: ${body.instrument}`,
      event: 'instrument.measurement_recorded',
    });
    const def = (await q.listInstruments(trx, { code: body.instrument, version: body.version }))[0];
    if (!def)
      throw new ValidationError('invalid_input', {
        detail: 'There is no such instrument (or version).',
        errors: [{ path: 'instrument', message: 'unknown_instrument' }],
      });
    const errors = checkScores(def, body);
    if (body.measuredOn > today()) errors.push({ path: 'measuredOn', message: 'in_future' });
    if (body.personId && !(await q.listMeasuredPersons(trx, grant)).some((p) => p.id === body.personId))
      errors.push({ path: 'personId', message: 'person_not_found' });
    if (errors.length)
      throw new ValidationError('invalid_input', { detail: 'The measurement does not fit the instrument.', errors });
    const id = await q.insertMeasurement(trx, grant, {
      instrumentId: def.id,
      personId: body.personId ?? null,
      measuredOn: body.measuredOn,
      note: body.note ?? null,
      scores: body.scores.map((s) => ({
        item: s.item,
        score: s.score,
        raterName: s.raterName ?? null,
        raterRole: s.raterRole ?? null,
      })),
    });
    const [row] = await q.listMeasurements(trx, grant, { ids: [id] });
    if (!row) throw new Error('measurement vanished');
    return presentMeasurement(row);
  });
}

export function familyProgress(ctx: RequestContext, familyId: string, filter: MeasurementQuery) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'read',
      purpose: PURPOSE,
      data: 'instrument progress',
    });
    const rows = await q.listMeasurements(trx, grant, filter);
    const defs = await trx
      .selectFrom('instrument_item as it')
      .innerJoin('instrument as i', 'i.id', 'it.instrument_id')
      .select(['i.code as instrument', 'i.version', 'it.code'])
      .orderBy('it.position')
      .execute();
    const order = (code: string, version: number) =>
      defs.filter((d) => d.instrument === code && d.version === version).map((d) => d.code);
    return { familyId, series: progressSeries(rows, order) };
  });
}
