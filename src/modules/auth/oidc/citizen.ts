// A citizen's DigiD login: the BSN from the broker's claim finds a household member by keyed hash
// (person.bsn_hash); a parent, a young person from 12 or another household member logs in as
// themselves, with a family account made on the first login. The BSN itself is used only to compute
// the hash here: it is not stored, logged, put in a URL or kept in the session.
import { sql } from 'kysely';
import type { Config } from '../../../config.js';
import { BsnVault, isValidBsn } from '../../../platform/bsn.js';
import { ageOn, today } from '../../../platform/clock.js';
import { randomToken } from '../../../platform/crypto/tokens.js';
import type { Tx } from '../../../platform/db/transaction.js';
import { OidcLoginFailed } from './errors.js';

/** The youngest age at which a young person logs in for themselves (Jeugdwet 7.3.4; issue 15 item 2). */
export const MIN_OWN_LOGIN_AGE = 12;

export interface CitizenAccount {
  userId: string;
  username: string;
  organisationId: string;
  personId: string;
  familyId: string;
  familyReference: string;
  created: boolean;
}

export function bsnFromClaims(claims: Record<string, unknown>, claim: string): string {
  const raw = claims[claim];
  const bsn = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
  // Some brokers send the BSN with a prefix (s00000000:123456782); the last nine digits count.
  const digits = /(\d{9})$/.exec(bsn)?.[1] ?? '';
  if (!isValidBsn(digits)) throw new OidcLoginFailed('invalid_response', `no valid BSN in claim ${claim}`);
  return digits;
}

/**
 * The household member with this BSN and their portal account, making the account on a first login.
 * One person can be in two households (parents living apart): an existing account wins, then the
 * household with an open trajectory, then the newest.
 */
export async function citizenAccount(trx: Tx, config: Config, bsn: string): Promise<CitizenAccount> {
  const bsnHash = new BsnVault(config.appSecret).index(bsn);
  const person = await trx
    .selectFrom('person as p')
    .innerJoin('family as f', 'f.id', 'p.family_id')
    .leftJoin('family_account as fa', 'fa.person_id', 'p.id')
    .leftJoin('app_user as u', 'u.id', 'fa.user_id')
    .select([
      'p.id as person_id',
      'p.family_id',
      'p.kind',
      'p.given_name',
      'p.family_name',
      'f.reference',
      'u.id as user_id',
      'u.username',
      'u.active',
      'u.home_organisation_id',
    ])
    .select(sql<string | null>`p.birth_date::text`.as('birth_date'))
    .select(
      sql<string | null>`coalesce(
        (select o.id from organisation o where o.type = 'municipality' and o.municipality_code = f.municipality_code
          order by o.created_at limit 1),
        (select t.organisation_id from trajectory tr join team t on t.id = tr.team_id
          where tr.family_id = f.id order by tr.opened_at desc limit 1))`.as('organisation_id'),
    )
    .where('p.bsn_hash', '=', bsnHash)
    .where('p.kind', '<>', 'network')
    .orderBy(sql`u.id is not null`, 'desc')
    .orderBy(sql`exists (select 1 from trajectory tr where tr.family_id = f.id and tr.status <> 'closed')`, 'desc')
    .orderBy('p.created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!person) throw new OidcLoginFailed('no_family', 'no household member with this BSN');
  if (person.kind === 'child' && person.birth_date && ageOn(person.birth_date, today()) < MIN_OWN_LOGIN_AGE)
    throw new OidcLoginFailed('too_young', 'a child under 12 logs in through a parent');
  const found = {
    personId: person.person_id,
    familyId: person.family_id,
    familyReference: person.reference,
  };
  if (person.user_id && person.username && person.home_organisation_id) {
    if (!person.active) throw new OidcLoginFailed('inactive', 'the family account is switched off');
    return {
      ...found,
      userId: person.user_id,
      username: person.username,
      organisationId: person.home_organisation_id,
      created: false,
    };
  }
  if (!person.organisation_id) throw new OidcLoginFailed('no_family', 'the household has no municipality');
  const user = await trx
    .insertInto('app_user')
    .values({
      username: `gezin.${randomToken(9)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '0')}`,
      display_name: `${person.given_name} ${person.family_name}`,
      home_organisation_id: person.organisation_id,
      roles: ['family'],
      password_hash: null,
    })
    .returning(['id', 'username'])
    .executeTakeFirstOrThrow();
  const linked = await trx
    .insertInto('family_account')
    .values({ user_id: user.id, family_id: person.family_id, person_id: person.person_id })
    .onConflict((oc) => oc.column('person_id').where('person_id', 'is not', null).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  if (!linked) {
    // Another login of the same person made the account a moment ago: use that one.
    await trx.deleteFrom('app_user').where('id', '=', user.id).execute();
    return citizenAccount(trx, config, bsn);
  }
  return { ...found, userId: user.id, username: user.username, organisationId: person.organisation_id, created: true };
}
