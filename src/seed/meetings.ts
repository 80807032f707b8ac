// Demo top-3 meetings: the family, its network and chain partners at one table, each participant's
// own ranked concerns in their own words (composed from concerns.ts), a safety rating where safety
// is on the table, and the top-3 derived by the module's own Borda rule and confirmed by the table.
import { computeTop3 } from '../modules/meetings/top3.js';
import { CONCERNS, STRENGTHS, type ConcernSpec } from './concerns.js';
import { fill, focusChild, networkOf, parentsOf, type Household } from './families.js';
import type { SeededRandom } from './random.js';
import { today } from '../platform/clock.js';

type Row = Record<string, unknown>;
export interface MeetingRows {
  meeting: Row[];
  concern: Row[];
  participant: Row[];
  ranking: Row[];
  top3: Row[];
}
export const emptyMeetingRows = (): MeetingRows => ({
  meeting: [],
  concern: [],
  participant: [],
  ranking: [],
  top3: [],
});

type Perspective = 'parent' | 'youth' | 'network' | 'partner';
interface Voice {
  kind: 'family_member' | 'network' | 'professional' | 'chain_partner';
  name: string;
  roleLabel: string;
  userId: string | null;
  perspective: Perspective;
}

export interface HeldMeeting {
  id: string;
  /** Confirmed top-3 concern keys, first tackled first. */
  top3: string[];
  strengths: Array<{ id: string; text: string }>;
  voices: Map<string, string[]>;
  /** Safety ratings given at the table (name, role, rating) — the first safety-scale measurement. */
  safety: Array<{ name: string; role: string; rating: number }>;
}

export const specOf = (key: string): ConcernSpec => CONCERNS.find((c) => c.key === key) ?? (CONCERNS[0] as ConcernSpec);

function tableOf(rng: SeededRandom, h: Household): Voice[] {
  const f = h.family;
  const voices: Voice[] = parentsOf(h).map((p) => ({
    kind: 'family_member',
    name: p.givenName,
    roleLabel: p.roleLabel,
    userId: null,
    perspective: 'parent',
  }));
  const youth = focusChild(h);
  if (youth && (youth.age ?? 0) >= 12 && rng.chance(0.6))
    voices.push({
      kind: 'family_member',
      name: youth.givenName,
      roleLabel: youth.roleLabel === 'kind' ? 'jongere' : youth.roleLabel,
      userId: null,
      perspective: 'youth',
    });
  for (const n of networkOf(h))
    if (rng.chance(0.55))
      voices.push({ kind: 'network', name: n.givenName, roleLabel: n.roleLabel, userId: null, perspective: 'network' });
  if (f.concerns.includes('veiligheid'))
    voices.push({
      kind: 'chain_partner',
      name: 'Medewerker Veilig Thuis',
      roleLabel: 'Veilig Thuis',
      userId: null,
      perspective: 'partner',
    });
  if (f.concerns.includes('school') && rng.chance(0.6))
    voices.push({
      kind: 'chain_partner',
      name: rng.pick(['Mentor', 'Intern begeleider', 'Leerplichtambtenaar']),
      roleLabel: 'school',
      userId: null,
      perspective: 'partner',
    });
  if (f.concerns.includes('middelen') && rng.chance(0.4))
    voices.push({
      kind: 'chain_partner',
      name: 'Jongerenwerker',
      roleLabel: 'jongerenwerk',
      userId: null,
      perspective: 'partner',
    });
  if (voices.length < 3 || rng.chance(0.4))
    voices.push({
      kind: 'professional',
      name: f.regisseur.name,
      roleLabel: 'regisseur',
      userId: f.regisseur.id,
      perspective: 'partner',
    });
  if (voices.length < 3)
    voices.push({
      kind: 'chain_partner',
      name: 'Jeugdverpleegkundige',
      roleLabel: 'consultatiebureau',
      userId: null,
      perspective: 'partner',
    });
  return voices.slice(0, 7);
}

/** A participant's own ranking: the family's concerns, most pressing more likely first, with each perspective's own emphasis. */
function ranking(rng: SeededRandom, concerns: string[], v: Voice, count: number): string[] {
  const boost = (key: string) =>
    v.perspective === 'partner' && key === 'veiligheid'
      ? 3
      : v.perspective === 'youth' && (key === 'school' || key === 'gedrag')
        ? 2
        : 1;
  const left = [...concerns];
  const out: string[] = [];
  while (out.length < count && left.length > 0) {
    const key = rng.weighted(left.map((k) => [k, boost(k) / (concerns.indexOf(k) + 1)] as const));
    out.push(key);
    left.splice(left.indexOf(key), 1);
  }
  return out;
}

/** Adds one confirmed top-3 meeting on `heldOn` to `rows`; `takenOverAs` is the plan version that took it over. */
export function holdMeeting(
  rng: SeededRandom,
  h: Household,
  rows: MeetingRows,
  heldOn: Date,
  takenOverAs: number | null,
): HeldMeeting {
  const f = h.family;
  const id = rng.uuid();
  const voices = tableOf(rng, h);
  const safetyAtStake = f.concerns.some((k) => specOf(k).safety);
  const concernIds = new Map(f.concerns.map((k) => [k, rng.uuid()]));
  const ballots: Array<{ participantId: string; ranking: string[] }> = [];
  const said = new Map<string, string[]>();
  const strengths: HeldMeeting['strengths'] = [];
  const safety: HeldMeeting['safety'] = [];
  const tag = `m-${id.slice(0, 8)}`;
  for (const [i, v] of voices.entries()) {
    const participantId = rng.uuid();
    const order = ranking(rng, f.concerns, v, i === 0 ? 3 : rng.int(2, 3));
    const rating =
      safetyAtStake && v.kind !== 'professional'
        ? Math.max(
            1,
            Math.min(9, (v.perspective === 'partner' ? 3 : v.perspective === 'parent' ? 6 : 5) + rng.int(-2, 2)),
          )
        : null;
    if (rating !== null) safety.push({ name: v.name, role: v.roleLabel, rating });
    const own = rng.chance(0.7) ? [fill(rng.pick(STRENGTHS[v.perspective]), h)] : [];
    own.forEach((text, k) => strengths.push({ id: `${tag}-s${i + 1}-${k + 1}`, text: `${text} (${v.name})` }));
    rows.participant.push({
      id: participantId,
      meeting_id: id,
      position: i + 1,
      kind: v.kind,
      name: v.name,
      role_label: v.roleLabel,
      user_id: v.userId,
      safety_rating: rating,
      strengths: own,
    });
    order.forEach((key, r) => {
      const words = fill(rng.pick(specOf(key)[v.perspective]), h);
      rows.ranking.push({
        participant_id: participantId,
        rank: r + 1,
        concern_id: concernIds.get(key),
        own_words: words,
      });
      said.set(key, [...(said.get(key) ?? []), `${v.name} (${v.roleLabel}): ${words}`]);
    });
    ballots.push({ participantId, ranking: order });
  }
  const result = computeTop3(ballots);
  let top3 = result.decided ? result.order.slice(0, 3) : result.tallies.slice(0, 3).map((t) => t.concernKey);
  let reason: string | null = result.decided ? null : 'Gelijke punten: de tafel heeft samen de volgorde gekozen.';
  if (safetyAtStake && top3.includes('veiligheid') && top3[0] !== 'veiligheid') {
    top3 = ['veiligheid', ...top3.filter((k) => k !== 'veiligheid')];
    reason = 'Veiligheid gaat voor: daar zijn ouders en Veilig Thuis het samen over eens.';
  }
  const used = new Set(rows.ranking.slice(-ballots.reduce((s, b) => s + b.ranking.length, 0)).map((r) => r.concern_id));
  for (const [key, concernId] of concernIds)
    if (used.has(concernId))
      rows.concern.push({ id: concernId, meeting_id: id, concern_key: key, label: specOf(key).label });
  top3.forEach((key, i) => rows.top3.push({ meeting_id: id, position: i + 1, concern_id: concernIds.get(key) }));
  const at = new Date(heldOn.getTime() + 15 * 3_600_000);
  rows.meeting.push({
    id,
    family_id: f.id,
    kind: f.concerns.includes('veiligheid') && rng.chance(0.3) ? 'met' : 'top3',
    held_on: today(heldOn),
    location: rng.pick([
      'Wijkcentrum',
      'Bij het gezin thuis',
      'Aan de keukentafel thuis',
      'Op school',
      'Gemeentehuis, spreekkamer 2',
    ]),
    created_by: f.regisseur.id,
    created_at: at,
    confirmed_at: at,
    confirmed_by: f.regisseur.id,
    confirmed_reason: reason,
    plan_version: takenOverAs,
  });
  return { id, top3, strengths, voices: said, safety };
}
