// The tailored and education-care arrangements a consultant may place a youth in (seed 002): those of the
// municipality they hold the mandate for, open in the period of the placement, with the places taken in
// that period counted as the decision counts them (resolve.ts refuseFullArrangement). No client data.
import { sql } from 'kysely';
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { today } from '../../../platform/clock.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { mandateOf } from './policy.js';
import type { PlacementArrangementQuery } from './schemas.js';

export function listPlacementArrangements(ctx: RequestContext, query: PlacementArrangementQuery) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'placement_arrangements',
      id: null,
      action: 'search',
      purpose: 'care allocation',
    });
    const municipalityCode = await mandateOf(trx, grant.actor);
    if (!municipalityCode) return { items: [] };
    const startsOn = query.startsOn ?? today();
    const endsOn = query.endsOn ?? startsOn;
    const rows = await trx
      .selectFrom('care_arrangement as a')
      .innerJoin('organisation as s', 's.id', 'a.school_id')
      .select([
        'a.id',
        'a.name',
        's.name as schoolName',
        'a.capacity',
        sql<string>`a.starts_on::text`.as('startsOn'),
        sql<string | null>`a.ends_on::text`.as('endsOn'),
        sql<number>`(SELECT count(DISTINCT al.person_id)::int FROM allocation al WHERE al.arrangement_id = a.id
          AND al.status = 'active' AND al.starts_on <= ${endsOn}::date AND al.ends_on >= ${startsOn}::date)`.as(
          'placed',
        ),
        sql<{ id: string; name: string }[]>`coalesce((
          SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name)
          FROM care_arrangement_provider p JOIN organisation o ON o.id = p.provider_id
          WHERE p.arrangement_id = a.id), '[]'::json)`.as('providers'),
      ])
      .where('a.municipality_code', '=', municipalityCode)
      .where('a.starts_on', '<=', endsOn)
      .where((eb) => eb.or([eb('a.ends_on', 'is', null), eb('a.ends_on', '>=', startsOn)]))
      .orderBy('a.name')
      .execute();
    return {
      items: rows.map((r) => {
        const placed = Number(r.placed);
        return { ...r, placed, free: Math.max(0, r.capacity - placed) };
      }),
    };
  });
}
