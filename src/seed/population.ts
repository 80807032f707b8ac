// Who the demo families are and where each stands: municipality (in proportion to its size),
// neighbourhood and postcode, regisseur and team members, trajectory stage, the days on which each
// stage began, the concerns the family brings, and for closed trajectories how they ended.
// Pure and deterministic: everything later seeders write is derived from these facts, so the
// content of a dossier always matches its stage.
import type { EndingReason, EntryPoint, ManagingWithoutHelp, TrajectoryStatus } from '../platform/db/schema.js';
import { CONCERNS } from './concerns.js';
import { SeededRandom } from './random.js';
import { today } from '../platform/clock.js';

export const POPULATION_SEED = 20150103;
export const DAY = 86_400_000;
export const DEMO_FAMILY_COUNT = 2000;

/** Inhabitants ×1000 (CBS, rounded): the demo spreads its families in proportion. */
export const MUNICIPALITY_WEIGHT: Record<string, number> = {
  '0193': 132,
  '0166': 55,
  '1896': 23,
  '1708': 44,
  '0180': 17.5,
  '0160': 61,
  '0175': 18,
  '0148': 29,
  '0177': 38,
  '1773': 18.5,
};

/** Families per municipality, adding up to `total`; the largest takes the rounding rest. */
export function familiesPerMunicipality(codes: readonly string[], total = DEMO_FAMILY_COUNT): Map<string, number> {
  const sum = codes.reduce((s, c) => s + (MUNICIPALITY_WEIGHT[c] ?? 10), 0);
  const counts = new Map(
    codes.map((c) => [c, Math.max(4, Math.round((total * (MUNICIPALITY_WEIGHT[c] ?? 10)) / sum))]),
  );
  const largest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? codes[0] ?? '';
  const rest = total - [...counts.values()].reduce((s, n) => s + n, 0);
  counts.set(largest, (counts.get(largest) ?? 0) + rest);
  return counts;
}

/** About 22 open trajectories per regisseur: a realistic neighbourhood-team caseload. */
export function professionalsFor(families: number): number {
  return Math.max(5, Math.round((families * 0.7) / 22));
}

export interface Member {
  id: string;
  name: string;
}
export interface TeamInfo {
  teamId: string;
  organisationId: string;
  municipalityCode: string;
  lead: Member;
  members: Member[];
}

export interface Milestones {
  /** Days after opening on which each stage began (undefined: not reached). */
  intake?: number;
  plan?: number;
  inProgress?: number;
  evaluation?: number;
  closed?: number;
}

export interface SeedFamily {
  index: number;
  id: string;
  trajectoryId: string;
  reference: string;
  municipalityCode: string;
  neighbourhoodCode: string;
  postcode: string;
  houseNumber: string;
  team: TeamInfo;
  regisseur: Member;
  memberIds: string[];
  status: TrajectoryStatus;
  /** The furthest open stage: the status itself, or where a closed trajectory stood when it ended. */
  reached: Exclude<TrajectoryStatus, 'closed'>;
  openedAt: Date;
  /** Days between opening and the seed's "today". */
  age: number;
  at: Milestones;
  /** No plan signed six weeks after the start (the caseload's warning). */
  latePlan: boolean;
  entryPoint: EntryPoint;
  firstContactOn: string;
  /** The family's concerns, most pressing first (keys of CONCERNS). */
  concerns: string[];
  ending: {
    reason: EndingReason;
    satisfaction: number | null;
    informant: 'youth' | 'parent' | null;
    managing: ManagingWithoutHelp;
  } | null;
}

const OPEN_STAGES = ['registered', 'intake', 'plan', 'in_progress', 'evaluation'] as const;
type OpenStage = (typeof OPEN_STAGES)[number];
export const stageIndex = (s: TrajectoryStatus) =>
  (['registered', 'intake', 'plan', 'in_progress', 'evaluation', 'closed'] as const).indexOf(s);

const STATUS_WEIGHTS: ReadonlyArray<readonly [TrajectoryStatus, number]> = [
  ['registered', 7],
  ['intake', 9],
  ['plan', 11],
  ['in_progress', 33],
  ['evaluation', 10],
  ['closed', 30],
];
const LATE_SHARE: Record<string, number> = { registered: 0.25, intake: 0.3, plan: 0.35 };
const ENDINGS: ReadonlyArray<readonly [EndingReason, number]> = [
  ['01', 50],
  ['02', 15],
  ['03', 17],
  ['04', 5],
  ['05', 13],
];
const REACHED_BY_ENDING: Record<EndingReason, ReadonlyArray<readonly [OpenStage, number]>> = {
  '01': [
    ['evaluation', 70],
    ['in_progress', 30],
  ],
  '02': [
    ['in_progress', 60],
    ['plan', 40],
  ],
  '03': [
    ['intake', 35],
    ['plan', 35],
    ['in_progress', 30],
  ],
  '04': [
    ['plan', 50],
    ['in_progress', 50],
  ],
  '05': [
    ['registered', 20],
    ['intake', 30],
    ['in_progress', 50],
  ],
};
const ENTRY_WEIGHTS: ReadonlyArray<readonly [EntryPoint, number]> = [
  ['gp_ojg', 22],
  ['school', 25],
  ['child_health_clinic', 12],
  ['self_referral', 15],
  ['signal', 8],
  ['veilig_thuis', 8],
  ['police', 5],
  ['other', 5],
];
/** How often each concern comes up in the region's families (weights). */
const CONCERN_WEIGHTS: Record<string, number> = {
  schulden: 20,
  opvoeding: 22,
  veiligheid: 9,
  school: 16,
  huisvesting: 8,
  psyche: 12,
  middelen: 6,
  eenzaamheid: 8,
  gedrag: 14,
  scheiding: 9,
  gezondheid: 5,
  werk: 6,
};

/** Days after opening on which each stage began, and the age, for a trajectory now at `status`. */
function timeline(
  rng: SeededRandom,
  status: OpenStage,
  late: boolean,
  metLate: boolean,
): { at: Milestones; age: number } {
  const intake = rng.int(3, 12);
  const plan = late ? rng.int(intake + 14, 60) : rng.int(intake + 5, 30);
  const inProgress = metLate ? rng.int(43, 75) : rng.int(plan + 2, 41);
  const evaluation = inProgress + rng.int(60, 150);
  switch (status) {
    case 'registered':
      return { at: {}, age: late ? rng.int(43, 75) : rng.int(1, 20) };
    case 'intake':
      return { at: { intake }, age: late ? rng.int(43, 85) : rng.int(Math.max(intake + 1, 8), 41) };
    case 'plan':
      return { at: { intake, plan }, age: late ? rng.int(Math.max(plan + 1, 43), 100) : rng.int(plan + 1, 41) };
    case 'in_progress':
      return { at: { intake, plan, inProgress }, age: rng.int(inProgress + 5, inProgress + 330) };
    case 'evaluation':
      return { at: { intake, plan, inProgress, evaluation }, age: evaluation + rng.int(1, 60) };
  }
}

function pickConcerns(rng: SeededRandom): string[] {
  const keys = CONCERNS.map((c) => c.key);
  const chosen: string[] = [];
  const count = rng.int(3, 5);
  while (chosen.length < count) {
    const key = rng.weighted(keys.filter((k) => !chosen.includes(k)).map((k) => [k, CONCERN_WEIGHTS[k] ?? 5] as const));
    chosen.push(key);
  }
  return chosen;
}

function ending(rng: SeededRandom): NonNullable<SeedFamily['ending']> & { reached: OpenStage } {
  const reason = rng.weighted(ENDINGS);
  const reached = rng.weighted(REACHED_BY_ENDING[reason]);
  const [p, lo, hi] = reason === '01' || reason === '02' ? [0.75, 6, 10] : reason === '03' ? [0.35, 3, 7] : [0.5, 4, 8];
  const satisfaction = rng.chance(p) ? rng.int(lo, hi) : null;
  const managing: ManagingWithoutHelp =
    reason === '01'
      ? rng.weighted([
          ['04', 50],
          ['03', 25],
          ['02', 20],
          ['01', 5],
        ])
      : reason === '03'
        ? rng.weighted([
            ['01', 40],
            ['03', 30],
            ['02', 30],
          ])
        : rng.weighted([
            ['02', 35],
            ['03', 30],
            ['04', 20],
            ['01', 15],
          ]);
  return {
    reason,
    reached,
    satisfaction,
    informant:
      satisfaction === null
        ? null
        : rng.weighted([
            ['parent', 75],
            ['youth', 25],
          ]),
    managing,
  };
}

export interface PopulationInput {
  municipalities: ReadonlyArray<{ code: string }>;
  teams: Map<string, TeamInfo>;
  hoods: Map<string, string[]>;
  postcodes: Map<string, string[]>;
  demoProfessional: Member;
  /** Chain partners who join families with safety concerns (Veilig Thuis in the regional MET). */
  safetyPartnerId: string;
  today: Date;
  total?: number;
}

/**
 * The demo families. The first four of Zwolle (G-0193-0001..0004) have demo.professional as
 * regisseur at registered, intake, plan and in progress — the journeys and tests rely on that.
 */
export function planPopulation(input: PopulationInput): SeedFamily[] {
  const counts = familiesPerMunicipality(
    input.municipalities.map((m) => m.code),
    input.total,
  );
  const families: SeedFamily[] = [];
  let n = 0;
  for (const m of input.municipalities) {
    const team = input.teams.get(m.code);
    const hoods = input.hoods.get(m.code) ?? [];
    if (!team) continue;
    const weighted = team.members.map((u) => [u, u.id === team.lead.id ? 0.5 : 1] as const);
    for (let i = 0; i < (counts.get(m.code) ?? 0); i++) {
      n += 1;
      const rng = SeededRandom.forItem(POPULATION_SEED, n);
      const fixed = m.code === '0193' && i < 4;
      const status: TrajectoryStatus = fixed ? (OPEN_STAGES[i] as OpenStage) : rng.weighted(STATUS_WEIGHTS);
      const end = status === 'closed' ? ending(rng) : null;
      const stage: OpenStage = end ? end.reached : (status as OpenStage);
      const late = !fixed && !end && rng.chance(LATE_SHARE[stage] ?? 0);
      const metLate = rng.chance(0.15);
      let { at, age } = timeline(rng, stage, late, metLate);
      if (end) {
        const last = at.evaluation ?? at.inProgress ?? at.plan ?? at.intake ?? 0;
        at = { ...at, closed: last + (stage === 'evaluation' ? rng.int(14, 60) : rng.int(20, 120)) };
        age = (at.closed ?? 0) + rng.int(3, 500);
      }
      const regisseur = fixed ? input.demoProfessional : rng.weighted(weighted);
      const others = team.members.filter((u) => u.id !== regisseur.id && u.id !== input.demoProfessional.id);
      const memberIds = rng.sample(others, rng.int(1, 2)).map((u) => u.id);
      // demo.professional also works in a handful of colleagues' families (the "member" rows of the start page).
      if (m.code === '0193' && regisseur.id !== input.demoProfessional.id && n % 60 === 7)
        memberIds.push(input.demoProfessional.id);
      const concerns = pickConcerns(rng);
      if (concerns.includes('veiligheid') && stageIndex(stage) >= 2 && rng.chance(0.4))
        memberIds.push(input.safetyPartnerId);
      const hood = rng.pick(hoods);
      const openedAt = new Date(input.today.getTime() - age * DAY);
      const entryPoint =
        concerns.includes('veiligheid') && rng.chance(0.5)
          ? rng.pick(['veilig_thuis', 'police'] as const)
          : rng.weighted(ENTRY_WEIGHTS);
      families.push({
        index: n,
        id: rng.uuid(),
        trajectoryId: rng.uuid(),
        reference: `G-${m.code}-${String(n).padStart(4, '0')}`,
        municipalityCode: m.code,
        neighbourhoodCode: hood,
        postcode: rng.pick(input.postcodes.get(hood) ?? ['8011AB']),
        houseNumber: String(rng.int(1, 180)),
        team,
        regisseur,
        memberIds,
        status,
        reached: stage,
        openedAt,
        age,
        at,
        latePlan: stageIndex(stage) < 3 && !end && age > 42,
        entryPoint,
        firstContactOn: isoDay(new Date(openedAt.getTime() - rng.int(1, 14) * DAY)),
        concerns,
        ending: end
          ? { reason: end.reason, satisfaction: end.satisfaction, informant: end.informant, managing: end.managing }
          : null,
      });
    }
  }
  return families;
}

/** The day `days` after the trajectory opened. */
export const dayOf = (f: SeedFamily, days: number) => new Date(f.openedAt.getTime() + days * DAY);
export const isoDay = (d: Date) => today(d);
