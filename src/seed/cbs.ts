// The sex of the demo youths (COD046), for the CBS delivery of neighbourhood-team help. Synthetic and
// deterministic (from the person's own seeded name and birth date); about one in twenty-five is left
// unrecorded, so the delivery's validation report has something to say. One statement.
import { sql } from 'kysely';
import type { Tx } from '../platform/db/transaction.js';

export async function seedYouthSex(trx: Tx): Promise<void> {
  await sql`
    UPDATE person SET sex = CASE
      WHEN mod(abs(hashtext(given_name || family_name || coalesce(birth_date::text, ''))), 25) = 0 THEN NULL
      WHEN mod(abs(hashtext(given_name || coalesce(birth_date::text, ''))), 2) = 0 THEN '1'
      ELSE '2' END
    WHERE kind = 'child'`.execute(trx);
}
