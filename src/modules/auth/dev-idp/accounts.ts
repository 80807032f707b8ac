// Who the development identity provider offers to log in as: a few parents and young people of the
// first demo families, the demo portal's own family first (a parent with authority, one without, young
// people of 12–13, 14–15 and 16–17, a child under 12), and one person Keukentafel does not know. The list
// shows names and a role only; the BSN goes only into the ID token, as DigiD's broker would send it.
import { sql, type Kysely } from 'kysely';
import type { Config } from '../../../config.js';
import { BsnVault, isValidBsn } from '../../../platform/bsn.js';
import { ageOn, today } from '../../../platform/clock.js';
import type { DB } from '../../../platform/db/schema.js';
import type { IdpAccount } from './provider.js';

interface Candidate {
  id: string;
  kind: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  has_authority: boolean | null;
  bsn_enc: string | null;
}

const SLOTS: Array<{ description: string; fits: (c: Candidate, age: number | null) => boolean }> = [
  { description: 'ouder met gezag', fits: (c) => c.kind === 'parent' && c.has_authority === true },
  { description: 'ouder zonder gezag', fits: (c) => c.kind === 'parent' && c.has_authority === false },
  { description: 'jongere, {age} jaar', fits: (c, age) => c.kind === 'child' && age !== null && age >= 14 && age < 16 },
  { description: 'jongere, {age} jaar', fits: (c, age) => c.kind === 'child' && age !== null && age >= 16 && age < 18 },
  { description: 'jongere, {age} jaar', fits: (c, age) => c.kind === 'child' && age !== null && age >= 12 && age < 14 },
  { description: 'kind, {age} jaar', fits: (c, age) => c.kind === 'child' && age !== null && age < 12 },
];

/** A valid BSN from the test range that no demo person has: "not known in Keukentafel". */
function unknownBsn(vault: BsnVault, known: Set<string>): string {
  for (let n = 999_990_000; n < 999_999_999; n++) {
    const bsn = String(n);
    if (isValidBsn(bsn) && !known.has(vault.index(bsn))) return bsn;
  }
  return '999990019';
}

export async function demoAccounts(db: Kysely<DB>, config: Config): Promise<IdpAccount[]> {
  const vault = new BsnVault(config.appSecret);
  const families = await db
    .selectFrom('family')
    .select('id')
    .where('reference', 'like', 'G-0193-%')
    .orderBy('reference')
    .limit(40)
    .execute();
  if (families.length === 0) return [];
  const people = await db
    .selectFrom('person')
    .innerJoin('family', 'family.id', 'person.family_id')
    .select(['person.id', 'kind', 'given_name', 'family_name', 'has_authority', 'bsn_enc', 'bsn_hash'])
    .select(sql<string | null>`person.birth_date::text`.as('birth_date'))
    .where(
      'person.family_id',
      'in',
      families.map((f) => f.id),
    )
    .where('bsn_enc', 'is not', null)
    // The household members the demo's portal was prepared for (demo.family's mother: a plan with her
    // own actions) come first, so "log in as" shows the same family as the password demo login.
    .orderBy(sql`exists (select 1 from family_account fa where fa.person_id = person.id)`, 'desc')
    .orderBy('family.reference')
    .orderBy('person.created_at')
    .orderBy('person.id')
    .execute();
  const on = today();
  const chosen: IdpAccount[] = [];
  const used = new Set<string>();
  for (const slot of SLOTS) {
    const hit = people.find((p) => !used.has(p.id) && slot.fits(p, p.birth_date ? ageOn(p.birth_date, on) : null));
    if (!hit?.bsn_enc) continue;
    used.add(hit.id);
    const age = hit.birth_date ? ageOn(hit.birth_date, on) : null;
    chosen.push({
      id: hit.id,
      name: `${hit.given_name} ${hit.family_name}`,
      description: slot.description.replace('{age}', String(age ?? '')),
      claims: { bsn: vault.open(hit.bsn_enc) },
    });
  }
  const known = new Set(people.map((p) => p.bsn_hash).filter((h): h is string => h !== null));
  chosen.push({
    id: 'onbekend',
    name: 'Sanne de Vries',
    description: 'niet bekend bij Keukentafel',
    claims: { bsn: unknownBsn(vault, known) },
  });
  return chosen;
}
