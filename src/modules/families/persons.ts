// Writing members and network of a household: BSN encrypted with a keyed hash beside it, and the
// duplicate check (same BSN, or same name and birth date) that may look beyond the caseload but
// only ever answers with the team that knows the family — never its content.
import { sql } from 'kysely';
import { authorize } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { BsnVault } from '../../platform/bsn.js';
import type { Tx } from '../../platform/db/transaction.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ConflictError, type FieldError, ValidationError } from '../../platform/errors.js';
import type { AddPersonBody, NewNetworkMember, NewPerson } from './schemas.js';

/** 409 possible_duplicate: the field errors name each person who may already be registered. */
export function possibleDuplicate(errors: FieldError[]): ConflictError {
  return new ConflictError('possible_duplicate', {
    detail:
      'A family member may already be registered. Contact the regisseur in the team named, or confirm that this is someone else.',
    errors,
  });
}

export function personRow(vault: BsnVault, familyId: string, userId: string, p: NewPerson) {
  return {
    family_id: familyId,
    kind: p.kind,
    given_name: p.givenName,
    family_name: p.familyName,
    birth_date: p.birthDate ?? null,
    bsn_enc: p.bsn ? vault.seal(p.bsn) : null,
    bsn_hash: p.bsn ? vault.index(p.bsn) : null,
    has_authority: p.kind === 'parent' ? (p.hasAuthority ?? null) : null,
    authority_note: p.kind === 'parent' ? (p.authorityNote ?? null) : null,
    network_relation: null,
    created_by: userId,
  };
}

export function networkRow(familyId: string, userId: string, n: NewNetworkMember) {
  return {
    family_id: familyId,
    kind: 'network' as const,
    given_name: n.givenName,
    family_name: n.familyName,
    birth_date: null,
    bsn_enc: null,
    bsn_hash: null,
    has_authority: null,
    authority_note: null,
    network_relation: n.relation,
    created_by: userId,
  };
}

/** Refuses the same BSN twice in one request (a typing mistake, not a possible duplicate). */
export function assertDistinctBsns(people: readonly NewPerson[], pathPrefix = 'members'): void {
  const seen = new Map<string, number>();
  people.forEach((p, i) => {
    if (!p.bsn) return;
    if (seen.has(p.bsn))
      throw new ValidationError('duplicate_bsn_in_request', {
        detail: 'The same BSN is given twice.',
        errors: [{ path: `${pathPrefix}.${i}.bsn`, message: 'same BSN as another person' }],
      });
    seen.set(p.bsn, i);
  });
}

/**
 * Possible duplicates among all registered people (not only the caseload). The answer names, per
 * person given, the teams whose trajectories know the matching family; nothing else leaves here.
 */
export async function findPossibleDuplicates(
  trx: Tx,
  vault: BsnVault,
  people: readonly NewPerson[],
  excludeFamilyId?: string,
): Promise<FieldError[]> {
  const hints: FieldError[] = [];
  for (const [i, p] of people.entries()) {
    const hash = p.bsn ? vault.index(p.bsn) : null;
    const rows = await trx
      .selectFrom('person as p')
      .leftJoin('trajectory as t', 't.family_id', 'p.family_id')
      .leftJoin('team', 'team.id', 't.team_id')
      .select(['p.family_id', 'team.name as team_name'])
      .where('p.kind', '<>', 'network')
      .where((eb) =>
        eb.or([
          ...(hash ? [eb('p.bsn_hash', '=', hash)] : []),
          ...(p.birthDate
            ? [
                eb.and([
                  eb(sql`lower(p.family_name)`, '=', p.familyName.toLowerCase()),
                  eb(sql`lower(p.given_name)`, '=', p.givenName.toLowerCase()),
                  eb('p.birth_date', '=', p.birthDate),
                ]),
              ]
            : []),
        ]),
      )
      .$if(excludeFamilyId !== undefined, (q) => q.where('p.family_id', '<>', excludeFamilyId ?? ''))
      .limit(20)
      .execute();
    if (rows.length === 0) continue;
    const teams = [...new Set(rows.map((r) => r.team_name).filter((n): n is string => n !== null))].sort();
    hints.push({ path: `members.${i}`, message: teams.join(', ') });
  }
  return hints;
}

/** Adds a household member or a network member to a family the user works with. */
export function addPerson(ctx: RequestContext, familyId: string, body: AddPersonBody, confirmDuplicate: boolean) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'update',
      purpose: 'care',
      data: `${body.kind === 'network' ? 'network member' : 'household member'} added`,
      event: 'family.person_added',
    });
    const vault = new BsnVault(ctx.config.appSecret);
    const userId = grant.actor.userId;
    if (body.kind === 'network') {
      const row = await trx
        .insertInto('person')
        .values(
          networkRow(familyId, userId, {
            givenName: body.givenName,
            familyName: body.familyName,
            relation: body.relation,
          }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id };
    }
    if (!confirmDuplicate) {
      const inThisFamily = body.bsn
        ? await trx
            .selectFrom('person')
            .select('id')
            .where('family_id', '=', familyId)
            .where('bsn_hash', '=', vault.index(body.bsn))
            .where('removed_at', 'is', null)
            .executeTakeFirst()
        : undefined;
      if (inThisFamily)
        throw new ValidationError('bsn_already_in_family', {
          detail: 'This BSN is already recorded for a member of this family.',
          errors: [{ path: 'bsn', message: 'already in this family' }],
        });
      const hints = await findPossibleDuplicates(trx, vault, [body]);
      if (hints.length > 0) throw possibleDuplicate(hints.map((h) => ({ ...h, path: 'person' })));
    }
    const row = await trx
      .insertInto('person')
      .values(personRow(vault, familyId, userId, body))
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id };
  });
}
