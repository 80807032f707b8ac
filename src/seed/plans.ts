// Demo top-3 meetings and plans for the families where demo.professional is regisseur:
// a confirmed top-3 taken over into the plan, then two or three plan versions, one signed.
// Deterministic: fixed texts, dates relative to each trajectory's start, no randomness.
import type { Tx } from '../platform/db/transaction.js';
import type { PlanContent } from '../modules/plans/content.js';

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

interface Voice { kind: 'family_member' | 'network' | 'chain_partner' | 'professional'; name: string; roleLabel: string; safety: number | null; strengths: string[]; concerns: Array<[string, string]> }

const CONCERNS: Record<string, string> = {
  schulden: 'Geldzorgen en schulden',
  opvoeding: 'Spanning en ruzie bij de opvoeding',
  veiligheid: 'Veiligheid van de kinderen thuis',
  school: 'Schoolverzuim van de oudste',
  huisvesting: 'Te kleine woning',
};

const TABLE: Voice[] = [
  { kind: 'family_member', name: 'Moeder', roleLabel: 'moeder', safety: 6, strengths: ['Ik sta er elke dag voor de kinderen'], concerns: [
    ['opvoeding', 'Ik krijg geen rust in huis, we schreeuwen te veel.'], ['schulden', 'De post durf ik niet meer open te maken.'], ['huisvesting', 'Met z\'n vijven in drie kamers.']] },
  { kind: 'family_member', name: 'Vader', roleLabel: 'vader', safety: 7, strengths: ['Ik kook graag met de kinderen'], concerns: [
    ['schulden', 'Het geld is altijd op voor het einde van de maand.'], ['opvoeding', 'We zijn het vaak oneens over de kinderen.'], ['school', 'Hij gaat niet graag naar school.']] },
  { kind: 'chain_partner', name: 'Medewerker Veilig Thuis', roleLabel: 'Veilig Thuis', safety: 4, strengths: [], concerns: [
    ['veiligheid', 'Er is twee keer politie geweest na ruzie.'], ['opvoeding', 'De ouders zijn overbelast.'], ['schulden', 'Schulden geven veel spanning.']] },
  { kind: 'network', name: 'Buurvrouw', roleLabel: 'buurvrouw', safety: null, strengths: ['De kinderen komen graag bij ons spelen'], concerns: [
    ['veiligheid', 'Ik hoor \'s avonds vaak geschreeuw.'], ['school', 'De oudste is overdag vaak thuis.']] },
];
/** The table settles the schulden/veiligheid tie (6–6) and puts safety first, with its reason. */
const CONFIRMED = ['veiligheid', 'opvoeding', 'schulden'];
const REASON = 'Veiligheid gaat voor: daar zijn ouders en Veilig Thuis het samen over eens.';

function planV1(meetingId: string): PlanContent {
  const tag = `m-${meetingId.slice(0, 8)}`;
  return {
    strengths: TABLE.flatMap((v, p) => v.strengths.map((text, i) => ({ id: `${tag}-s${p + 1}-${i + 1}`, kind: 'strength' as const, text: `${text} (${v.name})` }))),
    concerns: CONFIRMED.map((key, i) => ({
      id: `${tag}-${key}`, text: CONCERNS[key] ?? key, priority: i + 1, meetingId,
      voices: TABLE.flatMap((v) => v.concerns.filter(([k]) => k === key).map(([, words]) => `${v.name} (${v.roleLabel}): ${words}`)),
    })),
    goals: [], actions: [], safetyAgreements: [], reviews: [],
  };
}

function planV2(v1: PlanContent, start: Date): PlanContent {
  return {
    ...v1,
    strengths: [...v1.strengths, { id: 'netwerk-oma', kind: 'network', text: 'Oma haalt de kinderen op dinsdag en donderdag uit school' }],
    goals: [
      { id: 'doel-veilig', domain: 'safety', what: 'Geen ruzie meer waar de kinderen bij zijn', byWhen: iso(new Date(start.getTime() + 90 * DAY)), howWeKnow: 'Iedereen aan tafel geeft een 7 of hoger op veiligheid' },
      { id: 'doel-geld', domain: 'finances', what: 'Alle schulden op een rij en een vaste betaalregeling', byWhen: iso(new Date(start.getTime() + 120 * DAY)), howWeKnow: 'Er is een overzicht bij de schuldhulp en de huur wordt op tijd betaald' },
      { id: 'doel-school', domain: 'school_work', what: 'De oudste gaat elke dag naar school', byWhen: null, howWeKnow: 'Geen ongeoorloofd verzuim meer volgens school' },
    ],
    actions: [
      { id: 'actie-plan', goalId: 'doel-veilig', what: 'Samen een afkoelplan maken voor als de spanning oploopt', owner: { kind: 'family_member', name: 'Moeder', userId: null }, due: iso(new Date(start.getTime() + 30 * DAY)), status: 'open' },
      { id: 'actie-post', goalId: 'doel-geld', what: 'Elke week samen de post openen', owner: { kind: 'network', name: 'Oma', userId: null }, due: null, status: 'in_progress' },
      { id: 'actie-schuldhulp', goalId: 'doel-geld', what: 'Aanmelden bij de schuldhulpverlening', owner: { kind: 'professional', name: 'Regisseur', userId: null }, due: iso(new Date(start.getTime() + 21 * DAY)), status: 'open' },
      { id: 'actie-school', goalId: 'doel-school', what: 'Gesprek met de mentor en de leerplichtambtenaar', owner: { kind: 'organisation', name: 'School', userId: null }, due: null, status: 'open' },
    ],
    safetyAgreements: [{ id: 'afspraak-1', text: 'Als de ruzie oploopt, gaat vader een blokje om en belt moeder oma.' }],
    reviews: [{ id: 'evaluatie-1', date: iso(new Date(start.getTime() + 60 * DAY)), note: 'Eerste evaluatie aan de keukentafel' }],
  };
}

function planV3(v2: PlanContent): PlanContent {
  return { ...v2, actions: v2.actions.map((a) => (a.id === 'actie-schuldhulp' ? { ...a, status: 'done' as const } : a.id === 'actie-plan' ? { ...a, status: 'in_progress' as const } : a)) };
}

export async function seedMeetingsAndPlans(trx: Tx): Promise<void> {
  const families = await trx.selectFrom('trajectory as t').innerJoin('app_user as u', 'u.id', 't.regisseur_id').innerJoin('family as f', 'f.id', 't.family_id')
    .select(['f.id', 'f.reference', 't.opened_at', 'u.id as regisseur_id', 'u.display_name'])
    .where('u.username', '=', 'demo.professional').orderBy('f.reference').limit(3).execute();
  for (const [index, family] of families.entries()) {
    const start = family.opened_at;
    const at = (days: number) => new Date(start.getTime() + days * DAY);
    const meeting = await trx.insertInto('meeting').values({
      family_id: family.id, kind: 'top3', held_on: iso(at(10)), location: 'Wijkcentrum', created_by: family.regisseur_id, created_at: at(10),
      confirmed_at: at(10), confirmed_by: family.regisseur_id, confirmed_reason: REASON,
    }).returning('id').executeTakeFirstOrThrow();
    const concernIds = new Map<string, string>();
    for (const key of Object.keys(CONCERNS).sort()) {
      const row = await trx.insertInto('meeting_concern').values({ meeting_id: meeting.id, concern_key: key, label: CONCERNS[key] ?? key }).returning('id').executeTakeFirstOrThrow();
      concernIds.set(key, row.id);
    }
    for (const [position, voice] of TABLE.entries()) {
      const p = await trx.insertInto('meeting_participant').values({
        meeting_id: meeting.id, position: position + 1, kind: voice.kind, name: voice.name, role_label: voice.roleLabel, safety_rating: voice.safety, strengths: voice.strengths,
      }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('meeting_ranking').values(voice.concerns.map(([key, words], i) => ({ participant_id: p.id, rank: i + 1, concern_id: concernIds.get(key) ?? '', own_words: words }))).execute();
    }
    await trx.insertInto('meeting_top3').values(CONFIRMED.map((key, i) => ({ meeting_id: meeting.id, position: i + 1, concern_id: concernIds.get(key) ?? '' }))).execute();

    const v1 = planV1(meeting.id);
    const v2 = planV2(v1, start);
    const versions: Array<{ content: PlanContent; note: string | null; day: number; meeting: boolean }> = [
      { content: v1, note: null, day: 10, meeting: true },
      { content: v2, note: 'Doelen en acties samen met het gezin opgesteld', day: 18, meeting: false },
      ...(index === 0 ? [{ content: planV3(v2), note: 'Voortgang van de acties bijgewerkt', day: 25, meeting: false }] : []),
    ];
    await trx.insertInto('plan').values({ family_id: family.id, current_version: versions.length, created_at: at(10), updated_at: at(versions.at(-1)?.day ?? 10) }).execute();
    for (const [i, v] of versions.entries()) {
      await trx.insertInto('plan_version').values({
        family_id: family.id, version: i + 1, content: JSON.stringify(v.content), note: v.note, source: v.meeting ? 'meeting' : 'edit',
        source_meeting_id: v.meeting ? meeting.id : null, author_id: family.regisseur_id, author_name: family.display_name, created_at: at(v.day),
      }).execute();
    }
    await trx.updateTable('meeting').set({ plan_version: 1 }).where('id', '=', meeting.id).execute();
    // The family agreed to version 2 (in time for the first family, late for the second); the third has not signed yet.
    if (index < 2) {
      await trx.insertInto('plan_sign_off').values({
        family_id: family.id, version: 2, signed_on: iso(at(index === 0 ? 20 : 45)), signed_by_name: 'Moeder', note: 'Getekend aan de keukentafel', recorded_by: family.regisseur_id, recorded_at: at(index === 0 ? 20 : 45),
      }).execute();
    }
  }
}
