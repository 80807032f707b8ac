// Checks every registration (public form, referral, coordinator) shares: the postcode must be one we
// know (it gives municipality, neighbourhood and the centroid for distances) and the kinds of
// support must come from the configured list. Field errors, so the form can point at them.
import type { Tx } from '../../platform/db/transaction.js';
import { ValidationError, type FieldError } from '../../platform/errors.js';
import { normalisePostcode } from '../geo/postcodes.js';

export interface Location {
  postcode: string;
  municipality_code: string;
  neighbourhood_code: string | null;
  latitude: number;
  longitude: number;
}

export async function checkRegistration(
  trx: Tx,
  input: { postcode: string; kinds: readonly string[]; kindsField: string; ages?: { min: number; max: number } },
): Promise<Location> {
  const errors: FieldError[] = [];
  const postcode = normalisePostcode(input.postcode);
  const area = postcode
    ? await trx
        .selectFrom('postcode_area')
        .select(['postcode', 'municipality_code', 'neighbourhood_code', 'latitude', 'longitude'])
        .where('postcode', '=', postcode)
        .executeTakeFirst()
    : undefined;
  if (!area) errors.push({ path: 'postcode', message: 'postcode_unknown' });
  const known = await trx.selectFrom('support_kind').select('code').where('active', '=', true).execute();
  const unknown = input.kinds.filter((k) => !known.some((row) => row.code === k));
  if (unknown.length) errors.push({ path: `${input.kindsField}`, message: 'unknown_support_kind' });
  if (input.ages && input.ages.min > input.ages.max) errors.push({ path: 'preferredAgeMax', message: 'below_minimum' });
  if (errors.length || !area)
    throw new ValidationError('invalid_input', { detail: 'The registration is not complete or not valid.', errors });
  return area;
}
