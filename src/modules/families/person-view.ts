// What leaves the server about one person: the BSN only masked, the age computed, the version for
// the next edit, and whether (and when) the person left the family.
import { sql } from 'kysely';
import type { Grant } from '../../platform/access/authorize.js';
import { type BsnVault, maskBsn } from '../../platform/bsn.js';
import type { Queryable, Tx } from '../../platform/db/transaction.js';
import { ageOn } from '../../platform/clock.js';
import type { Person } from './schemas.js';

const PERSON_COLUMNS = [
  'id',
  'kind',
  'given_name',
  'family_name',
  sql<string | null>`birth_date::text`.as('birth_date'),
  'bsn_enc',
  'has_authority',
  'authority_note',
  'network_relation',
  'version',
  sql<string | null>`removed_on::text`.as('removed_on'),
  'removed_reason',
] as const;

/** Everyone ever recorded in the family, the removed included (callers split current and former). */
export function peopleQuery(db: Queryable, familyId: string) {
  return db
    .selectFrom('person')
    .select(PERSON_COLUMNS)
    .where('family_id', '=', familyId)
    .orderBy(sql`array_position(ARRAY['parent', 'child', 'household', 'network']::text[], kind)`)
    .orderBy('birth_date')
    .orderBy('given_name');
}

export function loadPerson(trx: Tx, grant: Grant<'family'>, personId: string) {
  return trx
    .selectFrom('person')
    .select(PERSON_COLUMNS)
    .where('family_id', '=', grant.subjectId)
    .where('id', '=', personId)
    .executeTakeFirst();
}

type PersonRow = Awaited<ReturnType<ReturnType<typeof peopleQuery>['execute']>>[number];

export function presentPerson(p: PersonRow, vault: BsnVault, on: string): Person {
  return {
    id: p.id,
    kind: p.kind,
    givenName: p.given_name,
    familyName: p.family_name,
    birthDate: p.birth_date,
    age: p.birth_date ? ageOn(p.birth_date, on) : null,
    bsnMasked: p.bsn_enc ? maskBsn(vault.open(p.bsn_enc)) : null,
    hasAuthority: p.has_authority,
    authorityNote: p.authority_note,
    networkRelation: p.network_relation,
    version: p.version,
    removedOn: p.removed_on,
    removedReason: p.removed_reason,
  };
}
