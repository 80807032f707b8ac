// SQL of the instruments. Definitions are configuration (no grant); everything about a family
// takes the Grant of an audited decision on that family.
import { sql, type Kysely } from 'kysely';
import type { Grant } from '../../platform/access/authorize.js';
import type { DB } from '../../platform/db/schema.js';
import type { Tx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';

type FamilyGrant = Grant<'family'>;
const familyOf = (grant: FamilyGrant) => grant.subjectId;

export interface InstrumentDefinition {
  id: string;
  code: string;
  version: number;
  name_nl: string;
  name_en: string;
  subject: 'person' | 'household' | 'either';
  per_rater: boolean;
  scale_min: number;
  scale_max: number;
  items: Array<{ code: string; position: number; section: string | null; label_nl: string; label_en: string }>;
}

/** Active definitions, newest version first per code; or those of one code (and version). Retired versions cannot be recorded. */
export async function listInstruments(
  db: Kysely<DB> | Tx,
  only?: { code: string; version?: number | undefined },
): Promise<InstrumentDefinition[]> {
  let query = db
    .selectFrom('instrument')
    .select(['id', 'code', 'version', 'name_nl', 'name_en', 'subject', 'per_rater', 'scale_min', 'scale_max'])
    .where('active', '=', true);
  if (only) query = query.where('code', '=', only.code);
  if (only?.version !== undefined) query = query.where('version', '=', only.version);
  const instruments = await query.orderBy('code').orderBy('version', 'desc').execute();
  if (instruments.length === 0) return [];
  const items = await db
    .selectFrom('instrument_item')
    .select(['instrument_id', 'code', 'position', 'section', 'label_nl', 'label_en'])
    .where(
      'instrument_id',
      'in',
      instruments.map((i) => i.id),
    )
    .orderBy('position')
    .execute();
  return instruments.map((i) => ({
    ...i,
    items: items
      .filter((it) => it.instrument_id === i.id)
      .map(({ code, position, section, label_nl, label_en }) => ({ code, position, section, label_nl, label_en })),
  }));
}

export async function findFamilyReference(trx: Tx, grant: FamilyGrant): Promise<string> {
  const row = await trx.selectFrom('family').select('reference').where('id', '=', familyOf(grant)).executeTakeFirst();
  if (!row) throw new NotFoundError('family_not_found', { detail: 'No such family.' });
  return row.reference;
}

/** The household's current members who can be measured (not the network, not people who left; their history stays). */
export async function listMeasuredPersons(trx: Tx, grant: FamilyGrant) {
  return trx
    .selectFrom('person')
    .select(['id', 'given_name', 'family_name', 'kind', sql<string | null>`birth_date::text`.as('birth_date')])
    .where('family_id', '=', familyOf(grant))
    .where('kind', '<>', 'network')
    .where('removed_at', 'is', null)
    .orderBy(sql`kind = 'child'`)
    .orderBy('birth_date')
    .orderBy('given_name')
    .execute();
}

export async function insertMeasurement(
  trx: Tx,
  grant: FamilyGrant,
  m: {
    instrumentId: string;
    personId: string | null;
    measuredOn: string;
    note: string | null;
    scores: Array<{ item: string; score: number; raterName: string | null; raterRole: string | null }>;
  },
): Promise<string> {
  const row = await trx
    .insertInto('measurement')
    .values({
      family_id: familyOf(grant),
      person_id: m.personId,
      instrument_id: m.instrumentId,
      measured_on: m.measuredOn,
      note: m.note,
      recorded_by: grant.actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('measurement_score')
    .values(
      m.scores.map((s, i) => ({
        measurement_id: row.id,
        position: i + 1,
        item_code: s.item,
        score: s.score,
        rater_name: s.raterName,
        rater_role: s.raterRole,
      })),
    )
    .execute();
  return row.id;
}

export interface Filter {
  personId?: string | undefined;
  instrument?: string | undefined;
  ids?: string[];
}

/** A family's measurements, oldest first, with their scores. */
export async function listMeasurements(trx: Tx, grant: FamilyGrant, filter: Filter = {}) {
  let query = trx
    .selectFrom('measurement as m')
    .innerJoin('instrument as i', 'i.id', 'm.instrument_id')
    .innerJoin('app_user as u', 'u.id', 'm.recorded_by')
    .select([
      'm.id',
      'm.person_id',
      'i.code',
      'i.version',
      sql<string>`m.measured_on::text`.as('measured_on'),
      'm.note',
      'm.recorded_by',
      'u.display_name',
      'm.recorded_at',
    ])
    .where('m.family_id', '=', familyOf(grant));
  if (filter.personId) query = query.where('m.person_id', '=', filter.personId);
  if (filter.instrument) query = query.where('i.code', '=', filter.instrument);
  if (filter.ids)
    query = query.where('m.id', 'in', filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']);
  const rows = await query.orderBy('m.measured_on').orderBy('m.recorded_at').orderBy('m.id').execute();
  const scores =
    rows.length === 0
      ? []
      : await trx
          .selectFrom('measurement_score')
          .select(['measurement_id', 'item_code', 'score', 'rater_name', 'rater_role'])
          .where(
            'measurement_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('measurement_id')
          .orderBy('position')
          .execute();
  return rows.map((r) => ({ ...r, scores: scores.filter((s) => s.measurement_id === r.id) }));
}
export type MeasurementRow = Awaited<ReturnType<typeof listMeasurements>>[number];

export interface FirstAndLatest {
  personId: string | null;
  instrument: { code: string; version: number };
  measurements: number;
  first: MeasurementRow;
  latest: MeasurementRow;
}

/**
 * Scores of the first and the latest measurement per person (or household) and instrument version,
 * ordered by measurement date, then recording time. For the outcome indicators; with a single
 * measurement, first and latest are the same one.
 */
export async function firstAndLatestScores(
  trx: Tx,
  grant: FamilyGrant,
  filter: Omit<Filter, 'ids'> = {},
): Promise<FirstAndLatest[]> {
  let ranked = trx
    .selectFrom('measurement as m')
    .innerJoin('instrument as i', 'i.id', 'm.instrument_id')
    .select([
      'm.id',
      sql<string>`row_number() OVER (PARTITION BY m.person_id, m.instrument_id ORDER BY m.measured_on, m.recorded_at, m.id)`.as(
        'asc_n',
      ),
      sql<string>`row_number() OVER (PARTITION BY m.person_id, m.instrument_id ORDER BY m.measured_on DESC, m.recorded_at DESC, m.id DESC)`.as(
        'desc_n',
      ),
      sql<string>`count(*) OVER (PARTITION BY m.person_id, m.instrument_id)`.as('n'),
    ])
    .where('m.family_id', '=', familyOf(grant));
  if (filter.personId) ranked = ranked.where('m.person_id', '=', filter.personId);
  if (filter.instrument) ranked = ranked.where('i.code', '=', filter.instrument);
  const picks = await trx
    .selectFrom(ranked.as('r'))
    .select(['r.id', 'r.asc_n', 'r.desc_n', 'r.n'])
    .where((eb) => eb.or([eb('r.asc_n', '=', sql<string>`1`), eb('r.desc_n', '=', sql<string>`1`)]))
    .execute();
  const rows = await listMeasurements(trx, grant, { ids: picks.map((p) => p.id) });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const groups = new Map<string, FirstAndLatest>();
  for (const p of picks) {
    const row = byId.get(p.id);
    if (!row) continue;
    const key = `${row.person_id ?? '-'}|${row.code}|${row.version}`;
    const g = groups.get(key) ?? {
      personId: row.person_id,
      instrument: { code: row.code, version: row.version },
      measurements: Number(p.n),
      first: row,
      latest: row,
    };
    if (Number(p.asc_n) === 1) g.first = row;
    if (Number(p.desc_n) === 1) g.latest = row;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) =>
    `${a.personId ?? ''}${a.instrument.code}`.localeCompare(`${b.personId ?? ''}${b.instrument.code}`),
  );
}
