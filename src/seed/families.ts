// Demo dossiers for the demo families: household and network, the trajectory's details, the
// family's own story and the intake, consent and a hand-over — synthetic and deterministic.
import type { EndingReason, EntryPoint, ManagingWithoutHelp, NetworkRelation, TrajectoryStatus } from '../platform/db/schema.js';
import { ENTRY_POINTS, TRAJECTORY_STATUSES } from '../platform/db/schema.js';
import type { Tx } from '../platform/db/transaction.js';
import { BsnVault } from '../platform/bsn.js';
import { SeededRandom, syntheticBsn } from './random.js';
import { FIRST_NAMES, LAST_NAMES } from './region.js';

const FAMILY_SEED = 20150102;
/** Ages are fixed against this day, so the demo is the same whenever it is loaded. */
const REFERENCE_YEAR = 2026;

const STORIES = [
  'Wij zijn een gezin van {n}. Sinds papa zijn werk kwijt is, lopen de rekeningen op en is er thuis veel ruzie. {child} slaapt slecht en gaat niet graag naar school. We willen weer rust in huis en de schulden op een rij.',
  'Ik ben alleen met de kinderen. Oma helpt op woensdag, maar het wordt me te veel. {child} is vaak boos en op school gaat het niet goed. Ik wil graag dat iemand met ons meedenkt, niet over ons.',
  'We zijn net verhuisd en kennen hier nog niemand. {child} mist haar vriendinnen. De huur is hoger dan we dachten. We zoeken steun in de buurt en iemand die helpt met de post.',
  'Thuis gaat het eigenlijk goed, maar {child} blowt veel en komt laat thuis. We maken ons zorgen en weten niet hoe we het gesprek moeten voeren.',
];
const INTAKES = [
  'Kennismaking aan de keukentafel met beide ouders. Zorgen: financiën, spanningen thuis, schoolverzuim. Krachten: betrokken oma, ouders willen hulp. Afspraak: gezinsplan binnen zes weken.',
  'Intake bij moeder thuis. Zorgen: overbelasting, gedrag op school. Netwerk: oma en een buurvrouw. Vervolg: gesprek met school en de ondersteuner jeugd en gezin.',
];
const NETWORK_RELATIONS: NetworkRelation[] = ['grandparent', 'neighbour', 'friend', 'volunteer'];
const ENDINGS: EndingReason[] = ['01', '01', '02', '03', '04', '05'];
const MANAGING: ManagingWithoutHelp[] = ['01', '02', '03', '04'];

function birthDate(rng: SeededRandom, age: number): string {
  return `${REFERENCE_YEAR - age - 1}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

/** The demo postcodes of each neighbourhood, so a family's address lies in its own neighbourhood. */
async function postcodesByNeighbourhood(trx: Tx): Promise<Map<string, string[]>> {
  const rows = await trx.selectFrom('postcode_area').select(['postcode', 'neighbourhood_code']).orderBy('postcode').execute();
  const map = new Map<string, string[]>();
  for (const r of rows) if (r.neighbourhood_code) map.set(r.neighbourhood_code, [...(map.get(r.neighbourhood_code) ?? []), r.postcode]);
  return map;
}

export async function seedFamilyDossiers(trx: Tx, appSecret: string): Promise<void> {
  const rng = new SeededRandom(FAMILY_SEED);
  const vault = new BsnVault(appSecret);
  const families = await trx.selectFrom('family as f').innerJoin('trajectory as t', 't.family_id', 'f.id').innerJoin('team', 'team.id', 't.team_id')
    .select(['f.id', 'f.reference', 'f.neighbourhood_code', 't.id as trajectory_id', 't.status', 't.opened_at', 't.regisseur_id', 't.team_id', 'team.organisation_id'])
    .orderBy('f.reference').execute();
  const postcodes = await postcodesByNeighbourhood(trx);
  for (const [i, f] of families.entries()) {
    const familyName = rng.pick(LAST_NAMES);
    const person = (kind: 'parent' | 'child' | 'household', givenName: string, age: number, extra: { has_authority?: boolean } = {}) => {
      const bsn = syntheticBsn(rng);
      return {
        family_id: f.id, kind, given_name: givenName, family_name: familyName, birth_date: birthDate(rng, age),
        bsn_enc: vault.seal(bsn), bsn_hash: vault.index(bsn), has_authority: kind === 'parent' ? (extra.has_authority ?? true) : null, authority_note: null,
        network_relation: null, created_by: f.regisseur_id,
      };
    };
    const parents = [person('parent', rng.pick(FIRST_NAMES), rng.int(28, 48))];
    if (rng.next() < 0.6) parents.push(person('parent', rng.pick(FIRST_NAMES), rng.int(30, 50), { has_authority: rng.next() < 0.85 }));
    const children = Array.from({ length: rng.int(1, 3) }, () => person('child', rng.pick(FIRST_NAMES), rng.int(0, 20)));
    const rows = await trx.insertInto('person').values([...parents, ...children]).returning(['id', 'kind', 'given_name', 'birth_date']).execute();
    await trx.insertInto('person').values(Array.from({ length: rng.int(1, 2) }, () => ({
      family_id: f.id, kind: 'network' as const, given_name: rng.pick(FIRST_NAMES), family_name: rng.pick(LAST_NAMES), birth_date: null, bsn_enc: null, bsn_hash: null,
      has_authority: null, authority_note: null, network_relation: rng.pick(NETWORK_RELATIONS), created_by: f.regisseur_id,
    }))).execute();

    const opened = f.opened_at;
    const firstContact = new Date(opened.getTime() - rng.int(1, 14) * 86_400_000).toISOString().slice(0, 10);
    const closed = f.status === 'closed';
    await trx.updateTable('family').set({ postcode: rng.pick(postcodes.get(f.neighbourhood_code ?? '') ?? ['8011AB']), house_number: String(rng.int(1, 180)) }).where('id', '=', f.id).execute();
    const satisfied = closed && rng.next() < 0.7;
    await trx.updateTable('trajectory').set({
      entry_point: ENTRY_POINTS[i % ENTRY_POINTS.length] as EntryPoint, first_contact_on: firstContact,
      ending_reason: closed ? rng.pick(ENDINGS) : null, satisfaction: satisfied ? rng.int(5, 10) : null, satisfaction_informant: satisfied ? rng.pick(['youth', 'parent'] as const) : null,
      managing_without_help: closed ? rng.pick(MANAGING) : null,
    }).where('id', '=', f.trajectory_id).execute();
    const reached = TRAJECTORY_STATUSES.indexOf(f.status);
    const path: TrajectoryStatus[] = TRAJECTORY_STATUSES.slice(0, reached + 1);
    await trx.insertInto('trajectory_status_change').values(path.map((to, k) => ({
      trajectory_id: f.trajectory_id, from_status: k === 0 ? null : (path[k - 1] as TrajectoryStatus), to_status: to, changed_by: f.regisseur_id,
      changed_at: new Date(opened.getTime() + k * 14 * 86_400_000),
    }))).execute();

    const firstChild = rows.find((r) => r.kind === 'child')?.given_name ?? '';
    if (reached >= 1) {
      const story = rng.pick(STORIES).replace('{n}', String(rows.length)).replace('{child}', firstChild);
      await trx.insertInto('family_story').values({ family_id: f.id, kind: 'story', version: 1, body: story, told_by: `${parents[0]?.given_name ?? ''} (ouder)`, author_id: f.regisseur_id, created_at: new Date(opened.getTime() + 7 * 86_400_000) }).execute();
      await trx.insertInto('family_story').values({ family_id: f.id, kind: 'intake', version: 1, body: rng.pick(INTAKES), in_own_words: false, author_id: f.regisseur_id, created_at: new Date(opened.getTime() + 8 * 86_400_000) }).execute();
    }
    if (reached >= 2) {
      const consent = await trx.insertInto('family_consent').values({
        family_id: f.id, organisation_id: f.organisation_id, scopes: ['story', 'plan', 'contact'], given_on: new Date(opened.getTime() + 10 * 86_400_000).toISOString().slice(0, 10), recorded_by: f.regisseur_id,
      }).returning('id').executeTakeFirstOrThrow();
      const givers = rows.filter((r) => r.kind === 'parent' || (r.kind === 'child' && REFERENCE_YEAR - Number(String(r.birth_date).slice(0, 4)) > 12));
      await trx.insertInto('family_consent_giver').values(givers.map((g) => ({ consent_id: consent.id, person_id: g.id }))).execute();
    }
    if (reached >= 3 && i % 3 === 0) {
      const colleague = await trx.selectFrom('team_membership').select('user_id').where('team_id', '=', f.team_id).where('user_id', '<>', f.regisseur_id).orderBy('user_id').limit(1).executeTakeFirst();
      if (colleague) {
        await trx.insertInto('trajectory_handover').values({
          trajectory_id: f.trajectory_id, from_user_id: colleague.user_id, to_user_id: f.regisseur_id, handed_over_by: colleague.user_id,
          note: 'Overdracht: de kinderen kennen de nieuwe regisseur van school; moeder stemde in.', handed_over_at: new Date(opened.getTime() + 30 * 86_400_000),
        }).execute();
      }
    }
  }
}
