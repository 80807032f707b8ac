// Demo dossiers: the family and its trajectory, household and network, address, status history,
// the family's own story and the intake (from the intake on), consent and hand-overs — all in bulk
// and derived from the family's planned stage (population.ts), so content matches the stage.
import type { NetworkRelation, TrajectoryStatus } from '../platform/db/schema.js';
import type { Tx } from '../platform/db/transaction.js';
import { BsnVault } from '../platform/bsn.js';
import { bulkInsert } from './bulk.js';
import {
  CONCERNS,
  HANDOVER_NOTES,
  INTAKE_CLOSINGS,
  INTAKE_OPENINGS,
  STORY_OPENINGS,
  STORY_WISHES,
  STRENGTHS,
} from './concerns.js';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES, NETWORK_ROLES, type Gender } from './names.js';
import { dayOf, DAY, isoDay, stageIndex, type SeedFamily } from './population.js';
import { SeededRandom, syntheticBsn } from './random.js';

const FAMILY_SEED = 20150102;

export interface SeedPerson {
  id: string;
  kind: 'parent' | 'child' | 'household' | 'network';
  givenName: string;
  familyName: string;
  gender: Gender;
  /** Age in whole years on the seed's "today" (null for the network). */
  age: number | null;
  hasAuthority: boolean | null;
  relation: NetworkRelation | null;
  /** How this person is called at the table: moeder, vader, oma, jongere… */
  roleLabel: string;
}
export interface Household {
  family: SeedFamily;
  people: SeedPerson[];
}

export const parentsOf = (h: Household) => h.people.filter((p) => p.kind === 'parent');
export const childrenOf = (h: Household) => h.people.filter((p) => p.kind === 'child');
export const networkOf = (h: Household) => h.people.filter((p) => p.kind === 'network');
/** The child the family's concerns are mostly about: the oldest. */
export const focusChild = (h: Household) => [...childrenOf(h)].sort((a, b) => (b.age ?? 0) - (a.age ?? 0))[0];

export function fill(text: string, h: Household): string {
  return text
    .replaceAll('{child}', focusChild(h)?.givenName ?? 'de oudste')
    .replaceAll('{parent}', parentsOf(h)[0]?.givenName ?? 'ik')
    .replaceAll('{n}', String(h.people.filter((p) => p.kind !== 'network').length));
}

function birthDate(rng: SeededRandom, today: Date, age: number): string {
  const d = new Date(
    Date.UTC(today.getUTCFullYear() - age - 1, today.getUTCMonth(), today.getUTCDate()) + rng.int(1, 360) * DAY,
  );
  return isoDay(d);
}

function people(rng: SeededRandom): SeedPerson[] {
  const familyName = rng.pick(FAMILY_NAMES);
  const person = (
    kind: SeedPerson['kind'],
    gender: Gender,
    age: number | null,
    roleLabel: string,
    extra: Partial<SeedPerson> = {},
  ): SeedPerson => ({
    id: rng.uuid(),
    kind,
    gender,
    age,
    roleLabel,
    familyName,
    givenName: rng.pick(gender === 'f' ? FEMALE_NAMES : MALE_NAMES),
    hasAuthority: kind === 'parent' ? true : null,
    relation: null,
    ...extra,
  });
  const list: SeedPerson[] = [];
  const firstGender: Gender = rng.chance(0.8) ? 'f' : 'm';
  list.push(person('parent', firstGender, rng.int(24, 50), firstGender === 'f' ? 'moeder' : 'vader'));
  if (rng.chance(0.6)) {
    const g: Gender = firstGender === 'f' ? 'm' : 'f';
    list.push(person('parent', g, rng.int(26, 54), g === 'f' ? 'moeder' : 'vader', { hasAuthority: rng.chance(0.88) }));
  }
  const oldestParent = Math.min(...list.map((p) => p.age ?? 40));
  for (
    let c = 0,
      count = rng.weighted([
        [1, 30],
        [2, 40],
        [3, 22],
        [4, 8],
      ] as const);
    c < count;
    c++
  ) {
    const g: Gender = rng.chance(0.5) ? 'f' : 'm';
    const age = rng.int(0, Math.min(21, oldestParent - 18));
    list.push(person('child', g, age, age >= 12 ? (g === 'f' ? 'dochter' : 'zoon') : 'kind'));
  }
  if (rng.chance(0.08)) list.push(person('household', 'f', rng.int(60, 80), 'oma (woont in)'));
  for (let k = 0, count = rng.int(1, 3); k < count; k++) {
    const relation = rng.weighted([
      ['grandparent', 35],
      ['neighbour', 25],
      ['friend', 20],
      ['volunteer', 10],
      ['other', 10],
    ] as const);
    const g: Gender = rng.chance(0.7) ? 'f' : 'm';
    list.push({
      ...person('network', g, null, NETWORK_ROLES[relation][g]),
      familyName: rng.pick(FAMILY_NAMES),
      relation,
    });
  }
  return list;
}

/** Truancy and a child's drug use need a child old enough for them: otherwise the family worries about something else. */
function fitConcernsToAges(h: Household): void {
  const oldest = focusChild(h)?.age ?? 0;
  const tooYoung = (key: string) => (key === 'school' && oldest < 5) || (key === 'middelen' && oldest < 13);
  const spare = ['opvoeding', 'schulden', 'psyche', 'eenzaamheid', 'huisvesting', 'gezondheid'].filter(
    (k) => !h.family.concerns.includes(k),
  );
  h.family.concerns = h.family.concerns.map((k) => (tooYoung(k) ? (spare.shift() ?? k) : k));
}

function story(rng: SeededRandom, h: Household): string {
  const parts: string[] = [rng.pick(STORY_OPENINGS)];
  for (const key of h.family.concerns.slice(0, 3)) {
    const spec = CONCERNS.find((c) => c.key === key);
    if (spec && rng.chance(0.8)) parts.push(rng.pick(spec.story));
  }
  if (parts.length === 1)
    parts.push(rng.pick(CONCERNS.find((c) => c.key === h.family.concerns[0])?.story ?? ['Het gaat thuis niet goed.']));
  parts.push(rng.pick(STORY_WISHES));
  return fill(parts.join(' '), h);
}

function intake(rng: SeededRandom, h: Household): string {
  const labels = h.family.concerns.slice(0, 4).map((k) => CONCERNS.find((c) => c.key === k)?.label.toLowerCase() ?? k);
  const network = networkOf(h)
    .map((p) => `${p.roleLabel} (${p.givenName})`)
    .join(', ');
  return fill(
    `${rng.pick(INTAKE_OPENINGS)} Zorgen: ${labels.join(', ')}. Krachten: ${rng.pick(STRENGTHS.partner).toLowerCase()}. Netwerk: ${network}. ${rng.pick(INTAKE_CLOSINGS)}`,
    h,
  );
}

export interface FamilySeedContext {
  appSecret: string;
  today: Date;
  demoFamilyUserId: string;
}

export async function seedFamilies(trx: Tx, families: SeedFamily[], ctx: FamilySeedContext): Promise<Household[]> {
  const vault = new BsnVault(ctx.appSecret);
  const usedBsns = new Set<string>();
  const households: Household[] = [];
  const rows = {
    family: [] as Record<string, unknown>[],
    trajectory: [] as Record<string, unknown>[],
    member: [] as Record<string, unknown>[],
    person: [] as Record<string, unknown>[],
    status: [] as Record<string, unknown>[],
    story: [] as Record<string, unknown>[],
    consent: [] as Record<string, unknown>[],
    giver: [] as Record<string, unknown>[],
    handover: [] as Record<string, unknown>[],
  };
  for (const f of families) {
    const rng = SeededRandom.forItem(FAMILY_SEED, f.index);
    const h: Household = { family: f, people: people(rng) };
    fitConcernsToAges(h);
    households.push(h);
    const createdAt = f.openedAt;
    rows.family.push({
      id: f.id,
      reference: f.reference,
      municipality_code: f.municipalityCode,
      neighbourhood_code: f.neighbourhoodCode,
      postcode: f.postcode,
      house_number: f.houseNumber,
      created_by: f.regisseur.id,
      created_at: createdAt,
    });
    rows.trajectory.push({
      id: f.trajectoryId,
      family_id: f.id,
      team_id: f.team.teamId,
      regisseur_id: f.regisseur.id,
      status: f.status,
      opened_at: f.openedAt,
      closed_at: f.at.closed === undefined ? null : dayOf(f, f.at.closed),
      entry_point: f.entryPoint,
      first_contact_on: f.firstContactOn,
      ending_reason: f.ending?.reason ?? null,
      satisfaction: f.ending?.satisfaction ?? null,
      satisfaction_informant: f.ending?.informant ?? null,
      managing_without_help: f.ending?.managing ?? null,
    });
    for (const userId of new Set(f.memberIds)) rows.member.push({ trajectory_id: f.trajectoryId, user_id: userId });
    for (const p of h.people) {
      let bsn: string | null = null;
      if (p.kind !== 'network') {
        do bsn = syntheticBsn(rng);
        while (usedBsns.has(bsn));
        usedBsns.add(bsn);
      }
      rows.person.push({
        id: p.id,
        family_id: f.id,
        kind: p.kind,
        given_name: p.givenName,
        family_name: p.familyName,
        birth_date: p.age === null ? null : birthDate(rng, ctx.today, p.age),
        bsn_enc: bsn ? vault.seal(bsn) : null,
        bsn_hash: bsn ? vault.index(bsn) : null,
        has_authority: p.hasAuthority,
        network_relation: p.relation,
        created_by: f.regisseur.id,
        created_at: createdAt,
      });
    }

    const stages: Array<[TrajectoryStatus, number | undefined]> = [
      ['registered', 0],
      ['intake', f.at.intake],
      ['plan', f.at.plan],
      ['in_progress', f.at.inProgress],
      ['evaluation', f.at.evaluation],
      ['closed', f.at.closed],
    ];
    let previous: TrajectoryStatus | null = null;
    for (const [to, day] of stages) {
      if (day === undefined) continue;
      rows.status.push({
        id: rng.uuid(),
        trajectory_id: f.trajectoryId,
        from_status: previous,
        to_status: to,
        changed_by: f.regisseur.id,
        changed_at: new Date(dayOf(f, day).getTime() + 10 * 3_600_000),
      });
      previous = to;
    }

    const reached = stageIndex(f.reached);
    const parent = parentsOf(h)[0];
    if (f.at.intake !== undefined) {
      const at = (d: number) => new Date(dayOf(f, d).getTime() + 14 * 3_600_000);
      const told = `${parent?.givenName ?? 'Ouder'} (${parent?.roleLabel ?? 'ouder'})`;
      const body = story(rng, h);
      rows.story.push({
        id: rng.uuid(),
        family_id: f.id,
        kind: 'story',
        version: 1,
        body,
        told_by: told,
        in_own_words: true,
        author_id: f.regisseur.id,
        created_at: at(f.at.intake),
      });
      rows.story.push({
        id: rng.uuid(),
        family_id: f.id,
        kind: 'intake',
        version: 1,
        body: intake(rng, h),
        told_by: null,
        in_own_words: false,
        author_id: f.regisseur.id,
        created_at: at(f.at.intake),
      });
      if (reached >= 3 && f.at.inProgress !== undefined && rng.chance(0.15)) {
        const update = fill(
          rng.pick([
            'Inmiddels gaat {child} weer vaker naar school.',
            'Sinds de afspraken met oma is het rustiger in huis.',
            'De schuldhulp is gestart en dat geeft lucht.',
            'We merken dat we weer meer samen doen.',
          ]),
          h,
        );
        rows.story.push({
          id: rng.uuid(),
          family_id: f.id,
          kind: 'story',
          version: 2,
          body: `${body} ${update}`,
          told_by: told,
          in_own_words: true,
          author_id: f.regisseur.id,
          created_at: at(f.at.inProgress),
        });
      }
      if (reached >= 2 || rng.chance(0.6)) {
        const consentId = rng.uuid();
        const givenOn = isoDay(dayOf(f, f.at.intake + 1));
        rows.consent.push({
          id: consentId,
          family_id: f.id,
          organisation_id: f.team.organisationId,
          scopes: reached >= 2 ? ['story', 'plan', 'contact', 'meetings', 'instruments'] : ['story', 'contact'],
          given_on: givenOn,
          recorded_by: f.regisseur.id,
          recorded_at: dayOf(f, f.at.intake + 1),
        });
        const givers = h.people.filter(
          (p) => (p.kind === 'parent' && p.hasAuthority) || (p.kind === 'child' && (p.age ?? 0) >= 12),
        );
        for (const g of givers) rows.giver.push({ consent_id: consentId, person_id: g.id });
      }
      if (rng.chance(0.12)) {
        const from = rng.pick(f.team.members.filter((u) => u.id !== f.regisseur.id));
        const last = f.at.closed ?? f.age;
        if (from)
          rows.handover.push({
            id: rng.uuid(),
            trajectory_id: f.trajectoryId,
            from_user_id: from.id,
            to_user_id: f.regisseur.id,
            handed_over_by: from.id,
            note: rng.pick(HANDOVER_NOTES),
            handed_over_at: new Date(
              dayOf(f, rng.int(f.at.intake, Math.max(f.at.intake, last - 1))).getTime() + 11 * 3_600_000,
            ),
          });
      }
    }
  }
  await bulkInsert(trx, 'family', rows.family);
  await bulkInsert(trx, 'trajectory', rows.trajectory);
  await bulkInsert(trx, 'trajectory_member', rows.member);
  await bulkInsert(trx, 'person', rows.person);
  await bulkInsert(trx, 'trajectory_status_change', rows.status);
  await bulkInsert(trx, 'family_story', rows.story);
  await bulkInsert(trx, 'family_consent', rows.consent);
  await bulkInsert(trx, 'family_consent_giver', rows.giver);
  await bulkInsert(trx, 'trajectory_handover', rows.handover);
  const first = families[0];
  if (first) {
    // demo.family is a parent with authority in the first family (the portal's main demo view).
    const parent = rows.person.find((p) => p.family_id === first.id && p.kind === 'parent' && p.has_authority === true);
    await trx
      .insertInto('family_account')
      .values({
        user_id: ctx.demoFamilyUserId,
        family_id: first.id,
        person_id: typeof parent?.id === 'string' ? parent.id : null,
      })
      .execute();
  }
  return households;
}
