// Demo instrument histories: from the plan stage on, a household self-sufficiency matrix at the
// top-3 table and then every couple of months (and at evaluation and closing), Positive Health of
// a parent in most families, and the safety scale rated by each participant where safety is at
// stake. Scores follow a family's own trend — most improve, some stay put, a few get worse.
import type { Tx } from '../platform/db/transaction.js';
import { bulkInsert } from './bulk.js';
import { parentsOf } from './families.js';
import type { PlannedFamily } from './plans.js';
import { dayOf, isoDay } from './population.js';
import { SeededRandom } from './random.js';

const INSTRUMENT_SEED = 20150105;

const ZRM_HOUSEHOLD = [
  'household_finances',
  'housing',
  'running_household',
  'domestic_relations',
  'social_environment',
  'family_structure',
  'physical_care',
  'emotional_support',
  'socialisation',
  'childcare',
  'schooling',
] as const;
const POSITIVE_HEALTH = [
  'bodily_functions',
  'mental_wellbeing',
  'meaningfulness',
  'quality_of_life',
  'participation',
  'daily_functioning',
] as const;
/** Which household domains a concern weighs on: they start lower. */
const PRESSED: Record<string, readonly string[]> = {
  schulden: ['household_finances', 'running_household'],
  huisvesting: ['housing'],
  opvoeding: ['domestic_relations', 'family_structure'],
  scheiding: ['domestic_relations', 'emotional_support'],
  veiligheid: ['domestic_relations', 'emotional_support'],
  school: ['schooling'],
  eenzaamheid: ['social_environment'],
  gedrag: ['socialisation', 'family_structure'],
  psyche: ['emotional_support', 'running_household', 'mental_wellbeing', 'quality_of_life'],
  gezondheid: ['physical_care', 'bodily_functions', 'daily_functioning'],
  werk: ['social_environment', 'participation', 'meaningfulness'],
  middelen: ['socialisation'],
};
const NOTES = [
  'Eerste meting aan de keukentafel, samen met het gezin.',
  'Tussenmeting bij de voortgang van het plan.',
  'Meting bij de evaluatie.',
  'Meting bij de afsluiting.',
];

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

export async function seedInstruments(trx: Tx, planned: PlannedFamily[], today: Date): Promise<void> {
  const instruments = await trx.selectFrom('instrument').select(['id', 'code']).where('active', '=', true).execute();
  const idOf = (code: string) => instruments.find((i) => i.code === code)?.id;
  const zrm = idOf('zrm_household');
  const health = idOf('positive_health');
  const safetyScale = idOf('safety_scale');
  const measurements: Array<Record<string, unknown>> = [];
  const scores: Array<Record<string, unknown>> = [];
  for (const { household: h, meeting } of planned) {
    const f = h.family;
    const rng = SeededRandom.forItem(INSTRUMENT_SEED, f.index);
    if (f.at.plan === undefined) continue;
    if (f.at.inProgress === undefined && !rng.chance(0.6)) continue; // at the plan stage, not every table scored yet
    const end = f.at.closed ?? f.age;
    const days = [f.at.plan];
    if (f.at.inProgress !== undefined)
      for (let d = f.at.inProgress + rng.int(50, 80); d < end - 7 && days.length < 4; d += rng.int(60, 110))
        days.push(d);
    if (f.at.evaluation !== undefined && !days.some((d) => Math.abs(d - (f.at.evaluation ?? 0)) < 14))
      days.push(f.at.evaluation);
    if (f.at.closed !== undefined && f.at.inProgress !== undefined) days.push(f.at.closed);
    days.sort((a, b) => a - b);
    const trend = rng.weighted([
      [0.45, 65],
      [0, 22],
      [-0.3, 13],
    ] as const);
    const pressed = new Set(f.concerns.slice(0, 3).flatMap((k) => PRESSED[k] ?? []));
    const zrmBase = ZRM_HOUSEHOLD.map((item) => (pressed.has(item) ? rng.int(1, 2) : rng.int(2, 4)));
    const healthBase = POSITIVE_HEALTH.map((item) => (pressed.has(item) ? rng.int(2, 4) : rng.int(4, 7)));
    const parent = rng.chance(0.65) ? parentsOf(h)[0] : undefined;
    const safetyRaters = meeting.safety.filter(
      (r, i, all) => all.findIndex((o) => o.name.toLowerCase() === r.name.toLowerCase()) === i,
    );
    for (const [k, day] of days.entries()) {
      const measuredOn = isoDay(dayOf(f, day));
      const note =
        k === 0
          ? NOTES[0]
          : day === f.at.closed
            ? NOTES[3]
            : day === f.at.evaluation
              ? NOTES[2]
              : rng.chance(0.5)
                ? NOTES[1]
                : null;
      const add = (instrumentId: string | undefined, personId: string | null, minute: number): string | null => {
        if (!instrumentId) return null;
        const id = rng.uuid();
        measurements.push({
          id,
          family_id: f.id,
          person_id: personId,
          instrument_id: instrumentId,
          measured_on: measuredOn,
          recorded_by: f.regisseur.id,
          recorded_at: new Date(
            Math.min(dayOf(f, day).getTime() + 10 * 3_600_000 + minute * 60_000, today.getTime() - 60_000),
          ),
          note,
        });
        return id;
      };
      const zrmId = add(zrm, null, 0);
      if (zrmId)
        ZRM_HOUSEHOLD.forEach((item, i) =>
          scores.push({
            measurement_id: zrmId,
            position: i + 1,
            item_code: item,
            score: clamp((zrmBase[i] ?? 3) + trend * k + (rng.next() - 0.5) * 0.9, 1, 5),
          }),
        );
      if (parent) {
        const phId = add(health, parent.id, 20);
        if (phId)
          POSITIVE_HEALTH.forEach((item, i) =>
            scores.push({
              measurement_id: phId,
              position: i + 1,
              item_code: item,
              score: clamp((healthBase[i] ?? 5) + trend * 2 * k + (rng.next() - 0.5) * 1.5, 0, 10),
            }),
          );
      }
      if (safetyRaters.length > 0) {
        const sId = add(safetyScale, null, 40);
        if (sId)
          safetyRaters.forEach((r, i) =>
            scores.push({
              measurement_id: sId,
              position: i + 1,
              item_code: 'safety',
              rater_name: r.name,
              rater_role: r.role,
              score: clamp(k === 0 ? r.rating : r.rating + trend * 2.5 * k + (rng.next() - 0.5) * 2, 0, 10),
            }),
          );
      }
    }
  }
  await bulkInsert(trx, 'measurement', measurements);
  await bulkInsert(
    trx,
    'measurement_score',
    scores.map((s) => ({ rater_name: null, rater_role: null, ...s })),
  );
}
