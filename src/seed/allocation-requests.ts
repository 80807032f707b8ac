// Open requests for specialised help in the demo: Zwolle regisseurs asked for help from their families'
// plans, so demo.consultant's work queue has work on it — some due soon, some already late (OP274).
// Requests only: decisions, starts and claims come through the real message path (docs/ijw.md).
import { today as todayOf } from '../platform/clock.js';
import type { Tx } from '../platform/db/transaction.js';
import { addWorkingDays } from '../platform/working-days.js';

const QUESTIONS = [
  'Ambulante gezinsbegeleiding: ouders willen leren omgaan met de woedeaanvallen van hun zoon.',
  'Specialistische hulp bij angst: het kind gaat al drie weken niet naar school.',
  'Dagbehandeling na school: de school en het gezin lopen vast, het plan vraagt meer structuur.',
  'Traumabehandeling voor het kind na een ingrijpende gebeurtenis thuis.',
  'Begeleiding bij de overgang naar het voortgezet onderwijs, afgesproken aan de keukentafel.',
  'Ouderbegeleiding en een training opvoedvaardigheden, zoals in het gezinsplan afgesproken.',
];

/** Received 1–12 days before today; the oldest are past their five-working-day answer date. */
export async function seedAllocationRequests(trx: Tx, now: Date): Promise<number> {
  const rows = await trx
    .selectFrom('trajectory as t')
    .innerJoin('family as f', 'f.id', 't.family_id')
    .innerJoin('person as p', (join) => join.onRef('p.family_id', '=', 'f.id').on('p.kind', '=', 'child'))
    .select(['t.id as trajectory_id', 't.regisseur_id', 'f.id as family_id', 'p.id as person_id'])
    .where('f.municipality_code', '=', '0193')
    .where('t.status', '=', 'in_progress')
    .distinctOn('t.id')
    .orderBy('t.id')
    .orderBy('p.birth_date')
    .limit(12)
    .execute();
  if (rows.length === 0) return 0;
  const values = rows.map((row, i) => {
    const received = new Date(now.getTime() - (1 + i) * 86_400_000);
    const receivedOn = todayOf(received);
    return {
      municipality_code: '0193',
      family_id: row.family_id,
      person_id: row.person_id,
      trajectory_id: row.trajectory_id,
      source: 'plan' as const,
      plan_action_key: `action-${i + 1}`,
      question: QUESTIONS[i % QUESTIONS.length] as string,
      requested_by: row.regisseur_id,
      received_at: received,
      answer_due: addWorkingDays(receivedOn, 5),
    };
  });
  await trx.insertInto('allocation_request').values(values).execute();
  return values.length;
}
