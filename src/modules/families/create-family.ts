// A team opens a trajectory for a new family: the household, its network and the trajectory with
// one named regisseur, in one transaction. Allowed to professionals and team leads of that team.
import { sql } from 'kysely';
import { authorize } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { BsnVault } from '../../platform/bsn.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { ValidationError } from '../../platform/errors.js';
import { lookupPostcode } from '../geo/postcodes.js';
import { checkTrajectoryTeam, insertTrajectory } from '../trajectories/open.js';
import { assertDistinctBsns, findPossibleDuplicates, networkRow, personRow, possibleDuplicate } from './persons.js';
import type { CreateFamilyBody } from './schemas.js';

/**
 * A non-identifying dossier reference such as G-0193-0004 (safe in URLs, mails and audit entries): the next
 * number in the municipality. The upsert's row lock serialises concurrent registrations in one municipality;
 * the first one starts after any number already given there.
 */
export async function newReference(trx: Tx, municipalityCode: string): Promise<string> {
  const row = await sql<{ last_number: number }>`
    INSERT INTO dossier_reference_counter AS c (municipality_code, last_number)
    VALUES (${municipalityCode}, COALESCE((
      SELECT max(substring(reference FROM '^G-[0-9]{4}-([0-9]{4,9})$')::integer) FROM family
      WHERE municipality_code = ${municipalityCode} AND reference ~ '^G-[0-9]{4}-[0-9]{4,9}$'), 0) + 1)
    ON CONFLICT (municipality_code) DO UPDATE SET last_number = c.last_number + 1
    RETURNING last_number`.execute(trx);
  const number = row.rows[0]?.last_number ?? 1;
  return `G-${municipalityCode}-${String(number).padStart(4, '0')}`;
}

/**
 * The municipality must exist; the neighbourhood is the one chosen, or else the one the postcode lies
 * in (postcode_area). A known postcode in another municipality is refused: the address decides.
 */
async function checkAddress(trx: Tx, body: CreateFamilyBody): Promise<string | null> {
  const municipality = await trx
    .selectFrom('municipality')
    .select('code')
    .where('code', '=', body.municipalityCode)
    .executeTakeFirst();
  if (!municipality)
    throw new ValidationError('unknown_reference', {
      detail: 'No such municipality.',
      errors: [{ path: 'municipalityCode', message: 'unknown municipality' }],
    });
  const area = await lookupPostcode(trx, body.postcode);
  if (area && area.municipalityCode !== body.municipalityCode) {
    throw new ValidationError('postcode_outside_municipality', {
      detail: 'The postcode lies in another municipality.',
      errors: [{ path: 'postcode', message: 'not in this municipality' }],
    });
  }
  if (body.neighbourhoodCode) {
    const hood = await trx
      .selectFrom('neighbourhood')
      .select('code')
      .where('code', '=', body.neighbourhoodCode)
      .where('municipality_code', '=', body.municipalityCode)
      .executeTakeFirst();
    if (!hood)
      throw new ValidationError('neighbourhood_outside_municipality', {
        detail: 'The neighbourhood is not in the chosen municipality.',
        errors: [{ path: 'neighbourhoodCode', message: 'not in this municipality' }],
      });
    return body.neighbourhoodCode;
  }
  return area?.neighbourhoodCode ?? null;
}

export function createFamily(
  ctx: RequestContext,
  body: CreateFamilyBody,
): Promise<{ id: string; reference: string; trajectoryId: string }> {
  return inTransaction(ctx.db, (trx) => createFamilyIn(trx, ctx, body));
}

/**
 * The same inside a caller's transaction (triage opens a trajectory in the transaction that decides
 * the signal). `trajectoryPath` names the caller's body field of the trajectory, for field errors.
 */
export async function createFamilyIn(
  trx: Tx,
  ctx: RequestContext,
  body: CreateFamilyBody,
  trajectoryPath = 'trajectory.',
): Promise<{ id: string; reference: string; trajectoryId: string }> {
  const teamGrant = await authorize(trx, ctx, {
    subject: 'team_caseload',
    id: body.teamId,
    action: 'create',
    purpose: 'care',
    data: 'new family and trajectory',
    event: 'team_caseload.family_registered',
  });
  const me = teamGrant.actor.userId;
  const neighbourhoodCode = await checkAddress(trx, body);
  const team = await checkTrajectoryTeam(trx, body.teamId, me, body.trajectory, trajectoryPath);
  assertDistinctBsns(body.members);
  const vault = new BsnVault(ctx.config.appSecret);
  if (!body.confirmDuplicate) {
    const hints = await findPossibleDuplicates(trx, vault, body.members);
    if (hints.length > 0) throw possibleDuplicate(hints);
  }

  const postcode = body.postcode.replace(' ', '');
  const family = await trx
    .insertInto('family')
    .values({
      reference: await newReference(trx, body.municipalityCode),
      municipality_code: body.municipalityCode,
      neighbourhood_code: neighbourhoodCode,
      postcode,
      house_number: body.houseNumber,
      created_by: me,
    })
    .returning(['id', 'reference'])
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('person')
    .values([
      ...body.members.map((p) => personRow(vault, family.id, me, p)),
      ...(body.network ?? []).map((n) => networkRow(family.id, me, n)),
    ])
    .execute();
  const trajectoryId = await insertTrajectory(trx, {
    familyId: family.id,
    teamId: body.teamId,
    me,
    fields: body.trajectory,
    team,
  });
  // Now the family exists and the user is involved: the family-level audit entry carries its reference.
  await authorize(trx, ctx, {
    subject: 'family',
    id: family.id,
    action: 'create',
    purpose: 'care',
    data: `family registered with ${body.members.length} members`,
    event: 'family.registered',
  });
  return { id: family.id, reference: family.reference, trajectoryId };
}
