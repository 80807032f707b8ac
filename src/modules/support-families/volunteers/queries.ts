// SQL of support families (steungezinnen) and their screening. Reads take a Grant.
import { sql, type Insertable } from 'kysely';
import type { Grant, ScopeGrant } from '../../../platform/access/authorize.js';
import type { ScreeningStep, SupportFamilyTable } from '../../../platform/db/schema.js';
import type { Tx } from '../../../platform/db/transaction.js';
import { NotFoundError } from '../../../platform/errors.js';
import type { ScreeningState } from './schemas.js';
import { screeningStateSql, vogExpiresSql } from './screening.js';
import { areaMunicipalitiesSql } from '../area/area.js';
import { containsPattern, fetchPage } from '../../../platform/http/paging.js';

export async function insertFamily(
  trx: Tx,
  row: Insertable<SupportFamilyTable>,
): Promise<{ id: string; reference: string }> {
  return trx.insertInto('support_family').values(row).returning(['id', 'reference']).executeTakeFirstOrThrow();
}

const currentMatches = sql<number>`(SELECT count(*)::int FROM support_match sm WHERE sm.family_id = f.id AND sm.status <> 'ended')`;

function baseSelect(trx: Tx, today: string, vogMonths: number) {
  return trx
    .selectFrom('support_family as f')
    .innerJoin('municipality as m', 'm.code', 'f.municipality_code')
    .leftJoin('neighbourhood as n', 'n.code', 'f.neighbourhood_code')
    .selectAll('f')
    .select([
      'm.name as municipality_name',
      'n.name as neighbourhood_name',
      currentMatches.as('current_matches'),
      screeningStateSql(today, vogMonths).as('screening_state'),
      vogExpiresSql(vogMonths).as('vog_expires_on'),
    ]);
}
export type FamilyRow = Awaited<ReturnType<ReturnType<typeof baseSelect>['executeTakeFirstOrThrow']>>;

export type SupportFamilySort = 'reference' | 'newest' | 'name';

/** The board's list: a page of the support families in the coordinator's area, with the real total, in one statement. */
export async function listFamilies(
  trx: Tx,
  grant: ScopeGrant<'support_board'>,
  opts: {
    today: string;
    vogMonths: number;
    screening?: ScreeningState | undefined;
    q?: string | undefined;
    sort: SupportFamilySort;
    page: number;
    pageSize: number;
  },
) {
  // The board shows the coordinator's own area: taken from the grant's actor, not from the caller.
  let q = baseSelect(trx, opts.today, opts.vogMonths)
    .where(sql<boolean>`f.municipality_code IN ${areaMunicipalitiesSql(grant.actor.userId)}`)
    .where('f.status', '<>', 'unconfirmed');
  if (opts.screening) q = q.where(screeningStateSql(opts.today, opts.vogMonths), '=', opts.screening);
  if (opts.q) {
    const pattern = containsPattern(opts.q);
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(f.reference)`, 'like', pattern),
        eb(sql`lower(f.given_name || ' ' || f.family_name)`, 'like', pattern),
      ]),
    );
  }
  if (opts.sort === 'newest') q = q.orderBy('f.created_at', 'desc');
  else if (opts.sort === 'name') q = q.orderBy('f.family_name').orderBy('f.given_name');
  else q = q.orderBy('f.municipality_code');
  return fetchPage(q.orderBy('f.reference'), opts, (r) => r);
}

export async function getFamily(
  trx: Tx,
  grant: Grant<'support_family'> | Grant<'support_match'>,
  id: string,
  opts: { today: string; vogMonths: number },
): Promise<FamilyRow> {
  void grant;
  const row = await baseSelect(trx, opts.today, opts.vogMonths).where('f.id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('support_family_not_found', { detail: 'No such support family.' });
  return row;
}

export async function listScreening(trx: Tx, grant: Grant<'support_family'>) {
  return trx
    .selectFrom('support_screening_step as s')
    .innerJoin('app_user as u', 'u.id', 's.recorded_by')
    .select(['s.step', sql<string>`s.done_on::text`.as('done_on'), 's.note', 'u.display_name', 's.recorded_at'])
    .where('s.family_id', '=', grant.subjectId)
    .orderBy('s.recorded_at')
    .orderBy('s.id')
    .execute();
}

export async function insertScreeningStep(
  trx: Tx,
  grant: Grant<'support_family'>,
  step: { step: ScreeningStep; doneOn: string; note: string | null },
) {
  await trx
    .insertInto('support_screening_step')
    .values({
      family_id: grant.subjectId,
      step: step.step,
      done_on: step.doneOn,
      note: step.note,
      recorded_by: grant.actor.userId,
    })
    .execute();
}

export async function updateFamily(
  trx: Tx,
  grant: Grant<'support_family'>,
  values: Partial<Insertable<SupportFamilyTable>>,
) {
  await trx.updateTable('support_family').set(values).where('id', '=', grant.subjectId).execute();
}
