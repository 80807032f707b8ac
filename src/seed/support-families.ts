// Buurtgezinnen demo data: a few hundred requests and support families across the ten
// municipalities at demo postcodes, with every screening state (screened, in screening, VOG
// expired) and matches at every stage of the lifecycle. demo.coordinator works for the whole
// region (coordinator_area). Bulk inserts only: this runs inside the one seed transaction.

import type {
  EndReason,
  MatchStatus,
  ScreeningStep,
  SupportFamilyStatus,
  SupportRequestStatus,
} from '../platform/db/schema.js';
import type { Tx } from '../platform/db/transaction.js';
import { SeededRandom } from './random.js';
import { FIRST_NAMES, LAST_NAMES, REGION } from './region.js';
import { today } from '../platform/clock.js';

const KINDS = ['homework', 'play', 'day_out', 'weekend_stay', 'listening_ear', 'practical'] as const;
const LANGS = ['nl', 'nl', 'nl', 'fy', 'ar', 'tr', 'pl', 'ti', 'en', 'uk'] as const;
const SLOTS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((d) =>
  ['morning', 'afternoon', 'evening'].map((p) => `${d}_${p}`),
);
const STAGES: MatchStatus[] = [
  'proposed',
  'introductions',
  'joint_introduction',
  'trial',
  'active',
  'active',
  'active',
  'evaluated',
  'ended',
  'ended',
];
const END_REASONS: EndReason[] = [
  'goal_reached',
  'goal_reached',
  'no_click',
  'moved',
  'request_family_withdrew',
  'support_family_withdrew',
  'professional_care_needed',
];
const DAY = 86_400_000;

function some<T>(rng: SeededRandom, items: readonly T[], min: number, max: number): T[] {
  const n = rng.int(min, max);
  const out = new Set<T>();
  while (out.size < Math.min(n, new Set(items).size)) out.add(rng.pick(items));
  return [...out];
}
const iso = (d: Date) => today(d);
// Declared return types keep the column unions (a literal would narrow to one value).
const familyStatus = (i: number): SupportFamilyStatus => (i % 29 === 0 ? 'inactive' : 'registered');
const familyChannel = (i: number): 'self' | 'coordinator' => (i % 3 === 0 ? 'self' : 'coordinator');
const openStatus = (): SupportRequestStatus => 'open';

async function bulk<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 400) await insert(rows.slice(i, i + 400));
}

export async function seedSupportFamilies(trx: Tx, now = new Date()): Promise<void> {
  const rng = new SeededRandom(20_230_610);
  const coordinator = await trx
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'demo.coordinator')
    .executeTakeFirst();
  if (!coordinator) return;
  await trx
    .insertInto('coordinator_area')
    .values({ user_id: coordinator.id, municipality_code: null, region_code: REGION.code })
    .execute();
  const postcodes = await trx
    .selectFrom('postcode_area')
    .select(['postcode', 'municipality_code', 'neighbourhood_code', 'latitude', 'longitude'])
    .where('source', '=', 'demo')
    .orderBy('postcode')
    .execute();
  if (postcodes.length === 0) return;
  // Zwolle is by far the largest: give it a third of everything.
  const zwolle = postcodes.filter((p) => p.municipality_code === '0193');
  const place = () => (rng.next() < 0.33 && zwolle.length ? rng.pick(zwolle) : rng.pick(postcodes));
  const name = () => ({ given_name: rng.pick(FIRST_NAMES), family_name: rng.pick(LAST_NAMES) });
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

  const families = Array.from({ length: 260 }, (_, i) => {
    const p = place();
    const min = rng.int(0, 8);
    return {
      status: familyStatus(i),
      channel: familyChannel(i),
      ...name(),
      email: `steungezin${i + 1}@demo.keukentafel.invalid`,
      phone: null,
      ...p,
      offers: some(rng, KINDS, 1, 3),
      max_children: rng.int(1, 3),
      max_families: rng.int(1, 2),
      frequency: rng.pick(['weekly', 'weekly', 'biweekly', 'monthly'] as const),
      languages: ['nl', ...some(rng, LANGS, 0, 1)].filter((l, k, a) => a.indexOf(l) === k),
      availability: some(rng, SLOTS, 3, 8),
      max_travel_km: rng.pick([3, 5, 5, 8, 10, 15]),
      preferred_age_min: min,
      preferred_age_max: Math.min(17, min + rng.int(4, 10)),
      parenting_experience: rng.next() < 0.5 ? 'Drie eigen kinderen, nu het huis uit.' : null,
      foster_interest_at: i % 17 === 0 ? daysAgo(rng.int(5, 200)) : null,
      foster_interest_note: null,
      consent_version: 'buurtgezinnen-2026-1',
      consent_at: daysAgo(rng.int(60, 700)),
      created_at: daysAgo(rng.int(60, 700)),
      confirmed_at: daysAgo(rng.int(30, 60)),
    };
  });
  const familyIds: string[] = [];
  await bulk(families, async (chunk) =>
    familyIds.push(
      ...(await trx.insertInto('support_family').values(chunk).returning('id').execute()).map((r) => r.id),
    ),
  );

  // Screening: 70 % complete with a valid VOG, 10 % complete but the VOG expired, 20 % still in screening.
  const steps: Array<{
    family_id: string;
    step: ScreeningStep;
    done_on: string;
    note: string | null;
    recorded_by: string;
  }> = [];
  const eligible: number[] = [];
  familyIds.forEach((id, i) => {
    const r = rng.next();
    const all: ScreeningStep[] = ['vog', 'intake', 'references', 'approval'];
    const done = r < 0.8 ? all : all.slice(0, rng.int(0, 3));
    const vogOn = r >= 0.7 && r < 0.8 ? daysAgo(rng.int(1120, 1500)) : daysAgo(rng.int(20, 700));
    for (const step of done)
      steps.push({
        family_id: id,
        step,
        done_on: iso(step === 'vog' ? vogOn : daysAgo(rng.int(10, 300))),
        note: null,
        recorded_by: coordinator.id,
      });
    if (r < 0.7 && families[i]?.status === 'registered') eligible.push(i);
  });
  await bulk(steps, (chunk) => trx.insertInto('support_screening_step').values(chunk).execute());

  const requests = Array.from({ length: 320 }, (_, i) => {
    const p = place();
    const kids = rng.int(1, 3);
    const created = daysAgo(rng.int(3, 360));
    return {
      status: openStatus(),
      channel: rng.pick(['self', 'professional', 'coordinator'] as const),
      referred_by: rng.pick(['self', 'child_health_clinic', 'gp', 'school', 'neighbourhood_team'] as const),
      referrer_user_id: null,
      ...name(),
      email: `vraaggezin${i + 1}@demo.keukentafel.invalid`,
      phone: null,
      ...p,
      support_kinds: some(rng, KINDS, 1, 2),
      child_ages: Array.from({ length: kids }, () => rng.int(2, 15)),
      languages: some(rng, LANGS, 1, 2),
      availability: some(rng, SLOTS, 2, 6),
      upbringing: rng.next() < 0.4 ? 'Structuur en veel buiten spelen.' : null,
      offer_back: rng.next() < 0.3 ? 'Samen koken' : null,
      consent_version: 'buurtgezinnen-2026-1',
      consent_at: created,
      created_at: created,
      confirmed_at: created,
      closed_at: null as Date | null,
      close_reason: null as string | null,
    };
  });

  // Matches at every stage for the first 110 requests, each with a screened family that still has room.
  const load = new Map<number, number>();
  const matchPlan: Array<{
    request: number;
    family: number;
    status: MatchStatus;
    proposedAt: Date;
    startedAt: Date | null;
    endedAt: Date | null;
    endReason: EndReason | null;
  }> = [];
  for (let r = 0; r < 110 && eligible.length; r++) {
    const fi =
      eligible.find((f) => (load.get(f) ?? 0) < (families[f]?.max_families ?? 1) && rng.next() < 0.3) ??
      eligible.find((f) => (load.get(f) ?? 0) < (families[f]?.max_families ?? 1));
    if (fi === undefined) break;
    const status = STAGES[r % STAGES.length] ?? 'proposed';
    const proposedAt = new Date(
      Math.max(requests[r]?.created_at.getTime() ?? 0, daysAgo(340).getTime()) + rng.int(3, 20) * DAY,
    );
    const started =
      ['trial', 'active', 'evaluated', 'ended'].includes(status) && !(status === 'ended' && r % 4 === 0)
        ? new Date(proposedAt.getTime() + rng.int(14, 30) * DAY)
        : null;
    const endedAt = status === 'ended' ? new Date((started ?? proposedAt).getTime() + rng.int(20, 200) * DAY) : null;
    const capped = (d: Date | null) => (d && d > now ? daysAgo(1) : d);
    if (status !== 'ended') load.set(fi, (load.get(fi) ?? 0) + 1);
    matchPlan.push({
      request: r,
      family: fi,
      status,
      proposedAt: capped(proposedAt) ?? now,
      startedAt: capped(started),
      endedAt: capped(endedAt),
      endReason:
        status === 'ended' ? (started ? rng.pick(END_REASONS.filter((x) => x !== 'no_click')) : 'no_click') : null,
    });
    const req = requests[r];
    if (req) {
      req.status = status === 'ended' ? (started ? 'closed' : 'open') : 'matched';
      if (req.status === 'closed') {
        req.closed_at = capped(endedAt);
        req.close_reason = `match ended: ${matchPlan.at(-1)?.endReason ?? 'other'}`;
      }
    }
  }
  const requestIds: string[] = [];
  await bulk(requests, async (chunk) =>
    requestIds.push(
      ...(await trx.insertInto('support_request').values(chunk).returning('id').execute()).map((r) => r.id),
    ),
  );

  const order: MatchStatus[] = ['proposed', 'introductions', 'joint_introduction', 'trial', 'active', 'evaluated'];
  // How far a match got: an ended match that never started ended during the introductions.
  const reachedOf = (m: (typeof matchPlan)[number]) =>
    m.status === 'ended' ? (m.startedAt ? 4 : 1) : order.indexOf(m.status);
  // Both families said yes exactly when the match got to the joint introduction: the acceptance
  // events below are written for those matches only, and the flags must follow them.
  const matchRows = matchPlan.map((m) => ({
    request_id: requestIds[m.request] ?? '',
    family_id: familyIds[m.family] ?? '',
    status: m.status,
    score: Math.round((55 + rng.next() * 40) * 100) / 100,
    request_accepted_at: reachedOf(m) >= 2 ? m.proposedAt : null,
    family_accepted_at: reachedOf(m) >= 2 ? m.proposedAt : null,
    proposed_at: m.proposedAt,
    proposed_by: coordinator.id,
    started_at: m.startedAt,
    ended_at: m.endedAt,
    end_reason: m.endReason,
    end_note: null,
    evaluation: m.status === 'evaluated' ? 'Loopt goed; de kinderen kijken uit naar de woensdagmiddag.' : null,
    updated_at: m.endedAt ?? m.startedAt ?? m.proposedAt,
  }));
  const matchIds: string[] = [];
  await bulk(matchRows, async (chunk) =>
    matchIds.push(...(await trx.insertInto('support_match').values(chunk).returning('id').execute()).map((r) => r.id)),
  );

  const events: Array<{
    match_id: string;
    kind: 'status' | 'introduction_request' | 'introduction_family' | 'accepted_request' | 'accepted_family';
    to_status: string | null;
    happened_on: string;
    note: null;
    recorded_by: string;
  }> = [];
  const agreements: Array<{ match_id: string; what: string; how_often: string; recorded_by: string }> = [];
  matchPlan.forEach((m, i) => {
    const id = matchIds[i] ?? '';
    const reached = reachedOf(m);
    const on = iso(m.proposedAt);
    order.slice(0, reached + 1).forEach((s) =>
      events.push({
        match_id: id,
        kind: 'status',
        to_status: s,
        happened_on: on,
        note: null,
        recorded_by: coordinator.id,
      }),
    );
    if (reached >= 1) {
      events.push({
        match_id: id,
        kind: 'introduction_request',
        to_status: null,
        happened_on: on,
        note: null,
        recorded_by: coordinator.id,
      });
      if (m.status !== 'introductions')
        events.push({
          match_id: id,
          kind: 'introduction_family',
          to_status: null,
          happened_on: on,
          note: null,
          recorded_by: coordinator.id,
        });
    }
    if (reached >= 2) {
      events.push({
        match_id: id,
        kind: 'accepted_request',
        to_status: null,
        happened_on: on,
        note: null,
        recorded_by: coordinator.id,
      });
      events.push({
        match_id: id,
        kind: 'accepted_family',
        to_status: null,
        happened_on: on,
        note: null,
        recorded_by: coordinator.id,
      });
    }
    if (m.status === 'ended')
      events.push({
        match_id: id,
        kind: 'status',
        to_status: 'ended',
        happened_on: iso(m.endedAt ?? m.proposedAt),
        note: null,
        recorded_by: coordinator.id,
      });
    if (reached >= 4)
      agreements.push({
        match_id: id,
        what: rng.pick([
          'Huiswerk maken',
          'Samen spelen na school',
          'Eens per maand een dagje uit',
          'Logeren in het weekend',
        ]),
        how_often: rng.pick(['woensdag- en vrijdagmiddag', 'elke week', 'eens per maand']),
        recorded_by: coordinator.id,
      });
  });
  await bulk(events, (chunk) => trx.insertInto('support_match_event').values(chunk).execute());
  // A pair that did not click is never proposed again, as the lifecycle records it.
  const noClick = matchPlan.flatMap((m) =>
    m.endReason === 'no_click'
      ? [
          {
            request_id: requestIds[m.request] ?? '',
            family_id: familyIds[m.family] ?? '',
            rejected_by: coordinator.id,
            rejected_at: m.endedAt ?? now,
          },
        ]
      : [],
  );
  await bulk(noClick, (chunk) =>
    trx
      .insertInto('support_pair_rejection')
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .execute(),
  );
  await bulk(agreements, (chunk) => trx.insertInto('support_match_agreement').values(chunk).execute());
  // Reminders that fell due already (the job would have made them): six weeks into running matches.
  const due = matchPlan.flatMap((m, i) =>
    m.startedAt &&
    ['trial', 'active', 'evaluated'].includes(m.status) &&
    m.startedAt.getTime() + 42 * DAY < now.getTime()
      ? [
          {
            match_id: matchIds[i] ?? '',
            offset_days: 42,
            due_at: new Date(m.startedAt.getTime() + 42 * DAY),
            done_at: i % 3 === 0 ? null : new Date(m.startedAt.getTime() + 44 * DAY),
            done_by: i % 3 === 0 ? null : coordinator.id,
          },
        ]
      : [],
  );
  await bulk(due, (chunk) => trx.insertInto('support_match_reminder').values(chunk).execute());
}
