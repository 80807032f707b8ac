// Demo plans: from the plan stage on, a confirmed top-3 meeting taken over into plan version 1,
// then goals per life domain with actions owned by the family, its network, the regisseur and
// organisations (version 2), the family's sign-off when the trajectory moved to "in progress",
// and later versions as actions progress and reviews are held. Families at the plan stage have a
// draft nobody signed yet; some open families have a fresh meeting result not yet in the plan.
import type { PlanContent } from '../modules/plans/content.js';
import type { Tx } from '../platform/db/transaction.js';
import { bulkInsert } from './bulk.js';
import { fill, networkOf, parentsOf, type Household } from './families.js';
import { emptyMeetingRows, holdMeeting, specOf, type HeldMeeting } from './meetings.js';
import { dayOf, DAY, isoDay, stageIndex } from './population.js';
import { SeededRandom } from './random.js';

const PLAN_SEED = 20150104;
type Row = Record<string, unknown>;
type Action = PlanContent['actions'][number];

function versionOne(meeting: HeldMeeting): PlanContent {
  return {
    strengths: meeting.strengths.map((s) => ({ id: s.id, kind: 'strength' as const, text: s.text })),
    concerns: meeting.top3.map((key, i) => ({
      id: `m-${meeting.id.slice(0, 8)}-${key}`,
      text: specOf(key).label,
      priority: i + 1,
      meetingId: meeting.id,
      voices: meeting.voices.get(key) ?? [],
    })),
    goals: [],
    actions: [],
    safetyAgreements: [],
    reviews: [],
  };
}

function versionTwo(rng: SeededRandom, h: Household, v1: PlanContent, meeting: HeldMeeting, day: number): PlanContent {
  const f = h.family;
  const parent = parentsOf(h)[0];
  const network = networkOf(h)[0];
  const goals: PlanContent['goals'] = [];
  const actions: Action[] = [];
  for (const [g, key] of meeting.top3.entries()) {
    const spec = specOf(key);
    const goal = rng.pick(spec.goal);
    const goalId = `doel-${g + 1}`;
    goals.push({
      id: goalId,
      domain: spec.domain,
      what: fill(goal.what, h),
      byWhen: isoDay(dayOf(f, day + rng.int(60, 180))),
      howWeKnow: fill(goal.howWeKnow, h),
    });
    for (const a of rng.sample(spec.actions, rng.int(1, 3))) {
      const owner =
        a.owner === 'parent' && parent
          ? { kind: 'family_member' as const, name: parent.givenName, userId: null }
          : a.owner === 'network' && network
            ? { kind: 'network' as const, name: `${network.givenName} (${network.roleLabel})`, userId: null }
            : a.owner === 'organisation'
              ? { kind: 'organisation' as const, name: a.organisation ?? 'Jeugdhulp', userId: null }
              : { kind: 'professional' as const, name: f.regisseur.name, userId: f.regisseur.id };
      actions.push({
        id: `actie-${actions.length + 1}`,
        goalId,
        what: fill(a.what, h),
        owner,
        due: rng.chance(0.85) ? isoDay(dayOf(f, day + rng.int(14, 90))) : null,
        status: 'open',
      });
    }
  }
  const safety = meeting.top3.map((k) => specOf(k).safetyAgreement).filter((t): t is string => t !== undefined);
  return {
    ...v1,
    strengths: [
      ...v1.strengths,
      ...(network
        ? [
            {
              id: 'netwerk-1',
              kind: 'network' as const,
              text: `${network.givenName} (${network.roleLabel}) ${rng.pick(['haalt de kinderen op dinsdag uit school', 'kookt op woensdag', 'is er als het even niet gaat', 'helpt met de administratie'])}`,
            },
          ]
        : []),
      ...(rng.chance(0.5) && parent
        ? [
            {
              id: 'eigen-kracht-1',
              kind: 'own_strength' as const,
              text: `${parent.givenName} ${rng.pick(['vraagt zelf om hulp als het niet gaat', 'houdt een weekplanning bij', 'heeft de eerste stap al gezet'])}`,
            },
          ]
        : []),
    ],
    goals,
    actions,
    safetyAgreements: safety.map((text, i) => ({ id: `afspraak-${i + 1}`, text })),
    reviews: [{ id: 'evaluatie-1', date: isoDay(dayOf(f, day + 60)), note: 'Eerste evaluatie aan de keukentafel' }],
  };
}

/** Actions move on: what was due before `day` is mostly done by now. */
function progressed(
  rng: SeededRandom,
  v: PlanContent,
  versionDay: string,
  review: { id: string; date: string; note: string } | null,
): PlanContent {
  const actions = v.actions.map((a): Action => {
    if (a.status === 'done' || a.status === 'cancelled') return a;
    const due = a.due !== null && a.due <= versionDay;
    const status = due
      ? rng.weighted([
          ['done', 70],
          ['in_progress', 18],
          ['open', 8],
          ['cancelled', 4],
        ] as const)
      : rng.weighted([
          ['in_progress', 45],
          ['open', 45],
          ['done', 10],
        ] as const);
    return { ...a, status };
  });
  return {
    ...v,
    actions,
    reviews: review
      ? [...v.reviews.filter((r) => r.id !== review.id), review].sort((a, b) => (a.date < b.date ? -1 : 1))
      : v.reviews,
  };
}

export interface PlanSeedContext {
  today: Date;
}
export interface PlannedFamily {
  household: Household;
  meeting: HeldMeeting;
}

export async function seedMeetingsAndPlans(
  trx: Tx,
  households: Household[],
  ctx: PlanSeedContext,
): Promise<PlannedFamily[]> {
  const rows = emptyMeetingRows();
  const plan: Row[] = [];
  const versions: Row[] = [];
  const signOffs: Row[] = [];
  const planned: PlannedFamily[] = [];
  for (const h of households) {
    const f = h.family;
    if (f.at.plan === undefined) continue;
    const rng = SeededRandom.forItem(PLAN_SEED, f.index);
    const meeting = holdMeeting(rng, h, rows, dayOf(f, f.at.plan), 1);
    planned.push({ household: h, meeting });
    const end = f.at.closed ?? f.age;
    const list: Array<{ content: PlanContent; day: number; note: string | null; meeting: boolean }> = [];
    const v1 = versionOne(meeting);
    list.push({ content: v1, day: f.at.plan, note: null, meeting: true });
    const v2Day =
      f.at.inProgress !== undefined ? Math.max(f.at.plan, f.at.inProgress - rng.int(0, 3)) : f.at.plan + rng.int(2, 8);
    let latest = v1;
    if (f.at.inProgress !== undefined || (v2Day <= end && rng.chance(0.6))) {
      latest = versionTwo(rng, h, v1, meeting, v2Day);
      list.push({
        content: latest,
        day: v2Day,
        note: 'Doelen en acties samen met het gezin opgesteld',
        meeting: false,
      });
    }
    const sign = (version: number, day: number) => {
      const parent = parentsOf(h)[0];
      signOffs.push({
        id: rng.uuid(),
        family_id: f.id,
        version,
        signed_on: isoDay(dayOf(f, day)),
        signed_by_name: parent ? `${parent.givenName} ${parent.familyName}` : 'Ouder',
        note: rng.pick([
          'Getekend aan de keukentafel',
          'Samen doorgelezen en akkoord',
          'Akkoord, met de kinderen besproken',
        ]),
        recorded_by: f.regisseur.id,
        recorded_at: new Date(dayOf(f, day).getTime() + 16 * 3_600_000),
      });
    };
    if (f.at.inProgress !== undefined) {
      sign(list.length, f.at.inProgress);
      // Later versions, about every seven weeks, until today or the close.
      for (let day = f.at.inProgress + rng.int(30, 60); day < end && list.length < 6; day += rng.int(35, 70)) {
        const isEvaluation =
          f.at.evaluation !== undefined && day >= f.at.evaluation && !list.some((v) => v.note?.startsWith('Evaluatie'));
        const reviewDay = isEvaluation ? (f.at.evaluation ?? day) : day;
        latest = progressed(rng, latest, isoDay(dayOf(f, day)), {
          id: `evaluatie-${list.length}`,
          date: isoDay(dayOf(f, reviewDay)),
          note: isEvaluation ? 'Evaluatie met het hele netwerk' : 'Tussenevaluatie',
        });
        list.push({
          content: latest,
          day,
          note: isEvaluation
            ? 'Evaluatie: voortgang besproken en acties bijgesteld'
            : 'Voortgang van de acties bijgewerkt',
          meeting: false,
        });
        if (isEvaluation || rng.chance(0.3)) sign(list.length, Math.min(day + rng.int(0, 5), end));
      }
      if (f.status !== 'closed') {
        // The next review is planned ahead: the start page's "upcoming reviews".
        const next = {
          id: `evaluatie-${list.length + 1}`,
          date: isoDay(new Date(ctx.today.getTime() + rng.int(3, 56) * DAY)),
          note: 'Volgende evaluatie',
        };
        const last = list[list.length - 1];
        if (last && !last.meeting) last.content = { ...last.content, reviews: [...last.content.reviews, next] };
      }
    }
    plan.push({
      family_id: f.id,
      current_version: list.length,
      created_at: dayOf(f, f.at.plan),
      updated_at: dayOf(f, list[list.length - 1]?.day ?? f.at.plan),
    });
    for (const [i, v] of list.entries()) {
      const createdAt = new Date(
        Math.min(dayOf(f, v.day).getTime() + (15 + i) * 3_600_000 + 1_800_000, ctx.today.getTime() - 60_000),
      );
      versions.push({
        family_id: f.id,
        version: i + 1,
        content: v.content,
        note: v.note,
        source: v.meeting ? 'meeting' : 'edit',
        source_meeting_id: v.meeting ? meeting.id : null,
        author_id: f.regisseur.id,
        author_name: f.regisseur.name,
        created_at: createdAt,
      });
    }
    // A fresh meeting result, confirmed but not yet taken into the plan: "new top-3 results" on the start page.
    if (f.status !== 'closed' && stageIndex(f.status) >= 3 && rng.chance(0.08)) {
      const day = Math.max(f.at.inProgress ?? 0, f.age - rng.int(1, 12));
      holdMeeting(rng, h, rows, dayOf(f, day), null);
    }
  }
  await bulkInsert(trx, 'meeting', rows.meeting);
  await bulkInsert(trx, 'meeting_concern', rows.concern);
  await bulkInsert(trx, 'meeting_participant', rows.participant);
  await bulkInsert(trx, 'meeting_ranking', rows.ranking);
  await bulkInsert(trx, 'meeting_top3', rows.top3);
  await bulkInsert(trx, 'plan', plan);
  await bulkInsert(trx, 'plan_version', versions, 1000);
  await bulkInsert(trx, 'plan_sign_off', signOffs);
  return planned;
}
