// Checks a measurement against its instrument's definition: known items, each once (per rater for
// the safety scale), scores on the instrument's scale, and who is measured.
import type { FieldError } from '../../platform/errors.js';
import type { InstrumentDefinition } from './queries.js';
import type { RecordMeasurementBody } from './schemas.js';

export function checkScores(
  def: InstrumentDefinition,
  body: Pick<RecordMeasurementBody, 'scores' | 'personId'>,
): FieldError[] {
  const errors: FieldError[] = [];
  const items = new Set(def.items.map((i) => i.code));
  const seen = new Set<string>();
  if (def.subject === 'person' && !body.personId) errors.push({ path: 'personId', message: 'person_required' });
  if (def.subject === 'household' && body.personId) errors.push({ path: 'personId', message: 'household_instrument' });
  body.scores.forEach((s, i) => {
    const path = `scores.${i}`;
    if (!items.has(s.item)) errors.push({ path: `${path}.item`, message: 'unknown_item' });
    if (s.score < def.scale_min || s.score > def.scale_max)
      errors.push({ path: `${path}.score`, message: `out_of_range ${def.scale_min}-${def.scale_max}` });
    const rated = s.raterName !== undefined || s.raterRole !== undefined;
    if (def.per_rater && (!s.raterName || !s.raterRole))
      errors.push({ path: `${path}.raterName`, message: 'rater_required' });
    if (!def.per_rater && rated) errors.push({ path: `${path}.raterName`, message: 'rater_not_allowed' });
    const key = def.per_rater ? `${s.item}|${(s.raterName ?? '').toLowerCase()}` : s.item;
    if (seen.has(key)) errors.push({ path: `${path}.item`, message: 'duplicate_item' });
    seen.add(key);
  });
  return errors;
}
