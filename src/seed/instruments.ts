// Demo instrument histories for the families where demo.professional is regisseur: three
// household self-sufficiency matrices and three Positive Health scorings of a parent, showing
// progress. Deterministic: fixed score patterns, dates relative to each trajectory's start.
import type { Tx } from '../platform/db/transaction.js';

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

const ZRM_HOUSEHOLD: Array<[string, number[]]> = [
  ['household_finances', [1, 2, 3]], ['housing', [2, 2, 3]], ['running_household', [2, 3, 3]], ['domestic_relations', [2, 3, 4]],
  ['social_environment', [3, 3, 4]], ['family_structure', [2, 3, 3]], ['physical_care', [3, 4, 4]], ['emotional_support', [2, 3, 4]],
  ['socialisation', [3, 3, 4]], ['childcare', [3, 4, 4]], ['schooling', [2, 2, 3]],
];
const POSITIVE_HEALTH: Array<[string, number[]]> = [
  ['bodily_functions', [5, 6, 6]], ['mental_wellbeing', [3, 5, 6]], ['meaningfulness', [4, 5, 7]],
  ['quality_of_life', [3, 4, 6]], ['participation', [4, 4, 5]], ['daily_functioning', [5, 6, 7]],
];
const NOTES = ['Eerste meting aan de keukentafel, samen met het gezin.', 'Tussenmeting bij de evaluatie van het plan.', 'Meting bij de tweede evaluatie: duidelijke vooruitgang.'];

export async function seedInstruments(trx: Tx): Promise<void> {
  const instruments = await trx.selectFrom('instrument').select(['id', 'code']).where('code', 'in', ['zrm_household', 'positive_health']).where('active', '=', true).execute();
  const idOf = (code: string) => instruments.find((i) => i.code === code)?.id;
  const families = await trx.selectFrom('trajectory as t').innerJoin('app_user as u', 'u.id', 't.regisseur_id').innerJoin('family as f', 'f.id', 't.family_id')
    .select(['f.id', 't.opened_at', 'u.id as regisseur_id'])
    .where('u.username', '=', 'demo.professional').orderBy('f.reference').limit(3).execute();
  const today = new Date();
  for (const [index, family] of families.entries()) {
    const parent = await trx.selectFrom('person').select('id').where('family_id', '=', family.id).where('kind', 'in', ['parent', 'household'])
      .orderBy('kind').orderBy('given_name').orderBy('id').limit(1).executeTakeFirst();
    // Three dates, 45 days apart from the start; never in the future (then a week apart, up to a week ago).
    const dates = [0, 1, 2].map((k) => {
      const planned = family.opened_at.getTime() + (7 + k * 45) * DAY;
      return iso(new Date(Math.min(planned, today.getTime() - (3 - k) * 7 * DAY)));
    });
    const count = index === 2 ? 2 : 3;
    for (let k = 0; k < count; k++) {
      const rows: Array<{ instrument: string | undefined; person: string | null; scores: Array<[string, number[]]> }> = [
        { instrument: idOf('zrm_household'), person: null, scores: ZRM_HOUSEHOLD },
        { instrument: idOf('positive_health'), person: parent?.id ?? null, scores: POSITIVE_HEALTH },
      ];
      for (const r of rows) {
        if (!r.instrument || (r === rows[1] && !r.person)) continue;
        const m = await trx.insertInto('measurement').values({
          family_id: family.id, person_id: r.person, instrument_id: r.instrument, measured_on: dates[k] ?? iso(today), recorded_by: family.regisseur_id,
          recorded_at: new Date(`${dates[k] ?? iso(today)}T10:${r === rows[0] ? '00' : '30'}:00Z`), note: NOTES[k] ?? null,
        }).returning('id').executeTakeFirstOrThrow();
        await trx.insertInto('measurement_score').values(r.scores.map(([item, values], i) => ({
          measurement_id: m.id, position: i + 1, item_code: item, score: values[Math.min(k, values.length - 1)] ?? 3,
        }))).execute();
      }
    }
  }
}
