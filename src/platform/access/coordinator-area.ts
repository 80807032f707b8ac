// Writing a coordinator's area (the municipalities and regions whose requests and support families
// they see). Here rather than in support-families because an approved privileged change
// (accounts/privileged/apply.ts) writes it too, and modules import each other one way only.
import type { Tx } from '../db/transaction.js';

export async function setCoordinatorArea(
  trx: Tx,
  userId: string,
  area: { municipalities: string[]; regions: string[] },
): Promise<void> {
  await trx.deleteFrom('coordinator_area').where('user_id', '=', userId).execute();
  const rows = [
    ...area.municipalities.map((m) => ({ user_id: userId, municipality_code: m, region_code: null })),
    ...area.regions.map((r) => ({ user_id: userId, municipality_code: null, region_code: r })),
  ];
  if (rows.length) await trx.insertInto('coordinator_area').values(rows).execute();
}
