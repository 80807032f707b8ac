// Correcting a person's details and removing a person from the family. Both name the version they
// are based on (a stale edit is refused, nothing silently overwritten). Removal is soft: the row
// stays, because plans, meetings, measurements and consents point at it and the history must
// stay readable; the dossier lists the person under former members.
import type { Updateable } from 'kysely';
import { authorize, type Grant } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { BsnVault } from '../../platform/bsn.js';
import type { PersonTable } from '../../platform/db/schema.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { ConflictError, type FieldError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { ageOn, today } from '../../platform/clock.js';
import { loadPerson, presentPerson } from './person-view.js';
import { findPossibleDuplicates, possibleDuplicate } from './persons.js';
import type { EditPersonBody, Person, RemovePersonBody } from './schemas.js';

type StoredPerson = NonNullable<Awaited<ReturnType<typeof loadPerson>>>;

async function currentPerson(
  trx: Tx,
  grant: Grant<'family'>,
  personId: string,
  version: number,
): Promise<StoredPerson> {
  const person = await loadPerson(trx, grant, personId);
  if (!person) throw new NotFoundError('person_not_found', { detail: 'No such person in this family.' });
  if (person.removed_on !== null)
    throw new ConflictError('person_removed', {
      detail: 'This person has left the family; their details can no longer be changed.',
    });
  if (person.version !== version) throw staleError(person.version);
  return person;
}

function staleError(current: number): ConflictError {
  return new ConflictError('stale_person', {
    detail: `Someone else changed this person in the meantime (now version ${current}). Reload and make your change again.`,
  });
}

/** Which fields fit which kind of person (the database would refuse the rest with a 5xx; say it as a 400). */
function misfits(kind: StoredPerson['kind'], body: EditPersonBody): FieldError[] {
  const wrong: FieldError[] = [];
  const given = (field: keyof EditPersonBody) => body[field] !== undefined;
  if (kind === 'network') {
    for (const field of ['birthDate', 'bsn', 'hasAuthority', 'authorityNote'] as const)
      if (given(field)) wrong.push({ path: field, message: 'not recorded for network members' });
  } else if (given('relation')) wrong.push({ path: 'relation', message: 'only network members have a relation' });
  if (kind !== 'parent' && kind !== 'network') {
    for (const field of ['hasAuthority', 'authorityNote'] as const)
      if (given(field))
        wrong.push({ path: field, message: 'authority (gezag) is recorded for parents and carers only' });
  }
  if (kind === 'child' && body.birthDate === null)
    wrong.push({ path: 'birthDate', message: 'a child needs a birth date' });
  if (kind === 'child' && body.birthDate && ageOn(body.birthDate, today()) > 23)
    wrong.push({ path: 'birthDate', message: 'children and young people are 0 to 23 years old' });
  return wrong;
}

function changesFor(body: EditPersonBody, vault: BsnVault): Updateable<PersonTable> {
  const set: Updateable<PersonTable> = {};
  if (body.givenName !== undefined) set.given_name = body.givenName;
  if (body.familyName !== undefined) set.family_name = body.familyName;
  if (body.birthDate !== undefined) set.birth_date = body.birthDate;
  if (body.bsn !== undefined) {
    set.bsn_enc = body.bsn ? vault.seal(body.bsn) : null;
    set.bsn_hash = body.bsn ? vault.index(body.bsn) : null;
  }
  if (body.hasAuthority !== undefined) set.has_authority = body.hasAuthority;
  if (body.authorityNote !== undefined) set.authority_note = body.authorityNote || null;
  if (body.relation !== undefined) set.network_relation = body.relation;
  return set;
}

/** A changed BSN, name or birth date is checked like a new person: same BSN here, or a possible duplicate elsewhere. */
async function checkIdentity(
  trx: Tx,
  vault: BsnVault,
  familyId: string,
  person: StoredPerson,
  body: EditPersonBody,
): Promise<void> {
  if (person.kind === 'network') return;
  if (body.bsn) {
    const hash = vault.index(body.bsn);
    const same = await trx
      .selectFrom('person')
      .select('id')
      .where('family_id', '=', familyId)
      .where('bsn_hash', '=', hash)
      .where('id', '<>', person.id)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (same)
      throw new ValidationError('bsn_already_in_family', {
        detail: 'This BSN is already recorded for a member of this family.',
        errors: [{ path: 'bsn', message: 'already in this family' }],
      });
  }
  if (
    body.confirmDuplicate ||
    (body.bsn === undefined &&
      body.givenName === undefined &&
      body.familyName === undefined &&
      body.birthDate === undefined)
  )
    return;
  const birthDate = body.birthDate === undefined ? person.birth_date : body.birthDate;
  const hints = await findPossibleDuplicates(
    trx,
    vault,
    [
      {
        kind: person.kind,
        givenName: body.givenName ?? person.given_name,
        familyName: body.familyName ?? person.family_name,
        ...(birthDate ? { birthDate } : {}),
        ...(body.bsn ? { bsn: body.bsn } : {}),
      },
    ],
    familyId,
  );
  if (hints.length > 0) throw possibleDuplicate(hints.map((h) => ({ ...h, path: 'person' })));
}

export function editPerson(
  ctx: RequestContext,
  familyId: string,
  personId: string,
  body: EditPersonBody,
): Promise<Person> {
  return inTransaction(ctx.db, async (trx) => {
    const fields = Object.keys(body).filter((k) => k !== 'version' && k !== 'confirmDuplicate');
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'update',
      purpose: 'care',
      data: `person ${personId} corrected: ${fields.join(', ')}`,
      event: 'family.person_updated',
    });
    const person = await currentPerson(trx, grant, personId, body.version);
    const wrong = misfits(person.kind, body);
    if (wrong.length > 0)
      throw new ValidationError('field_not_for_kind', {
        detail: 'Some of these details are not recorded for this kind of person.',
        errors: wrong,
      });
    const vault = new BsnVault(ctx.config.appSecret);
    await checkIdentity(trx, vault, familyId, person, body);
    const updated = await trx
      .updateTable('person')
      .set({
        ...changesFor(body, vault),
        version: person.version + 1,
        updated_by: grant.actor.userId,
        updated_at: new Date(),
      })
      .where('id', '=', personId)
      .where('version', '=', body.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw staleError(person.version + 1);
    const row = await loadPerson(trx, grant, personId);
    if (!row) throw new NotFoundError('person_not_found', { detail: 'No such person in this family.' });
    return presentPerson(row, vault, today());
  });
}

export function removePerson(
  ctx: RequestContext,
  familyId: string,
  personId: string,
  body: RemovePersonBody,
): Promise<Person> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'update',
      purpose: 'care',
      data: `person ${personId} removed from the family`,
      event: 'family.person_removed',
    });
    const person = await currentPerson(trx, grant, personId, body.version);
    // Serialise removals per family: two concurrent removals must not both see the other as staying.
    await trx.selectFrom('family').select('id').where('id', '=', familyId).forUpdate().execute();
    if (person.kind !== 'network') {
      const others = await trx
        .selectFrom('person')
        .select('id')
        .where('family_id', '=', familyId)
        .where('kind', '<>', 'network')
        .where('removed_at', 'is', null)
        .where('id', '<>', personId)
        .limit(1)
        .executeTakeFirst();
      if (!others)
        throw new ConflictError('last_household_member', {
          detail:
            'This is the last member of the household: a family without members cannot remain. Close the trajectory instead.',
        });
    }
    if (person.birth_date && body.removedOn < person.birth_date) {
      throw new ValidationError('removed_before_birth', {
        detail: 'The day of leaving lies before the birth date.',
        errors: [{ path: 'removedOn', message: 'before the birth date' }],
      });
    }
    const updated = await trx
      .updateTable('person')
      .set({
        removed_on: body.removedOn,
        removed_reason: body.reason ?? null,
        removed_by: grant.actor.userId,
        removed_at: new Date(),
        version: person.version + 1,
      })
      .where('id', '=', personId)
      .where('version', '=', body.version)
      .where('removed_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw staleError(person.version + 1);
    const row = await loadPerson(trx, grant, personId);
    if (!row) throw new NotFoundError('person_not_found', { detail: 'No such person in this family.' });
    return presentPerson(row, new BsnVault(ctx.config.appSecret), today());
  });
}
