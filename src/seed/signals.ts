// Demo early signals: 18 months of partner signals of every category across the region, with a
// few neighbourhoods where rent arrears cluster (the pattern a team answers with a budgeting course),
// triage outcomes, outreach with contact attempts, escalations, and partner signallers per partner
// type. It reads the families, teams and postcodes that exist (the families seed may change) and
// inserts in bulk. Deterministic apart from "today", which anchors the 18 months.
import { createHash } from 'node:crypto';
import type { Insertable } from 'kysely';
import { BsnVault } from '../platform/bsn.js';
import type { SignalCategory, SignalTable, TriageOutcome } from '../platform/db/schema.js';
import type { Tx } from '../platform/db/transaction.js';
import { today as dutchDate } from '../platform/clock.js';
import { addWorkingDays } from '../platform/working-days.js';
import { FIRST_NAMES, LAST_NAMES } from './region.js';
import { SeededRandom, syntheticBsn } from './random.js';
import { ensurePartnerUsers, HOUSING, NOTES, outreachOutcome, PARTNERS, weightedCategory } from './signal-partners.js';

const SIGNAL_SEED = 20250201;
const DAY = 86_400_000;
const REF = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export async function seedSignals(trx: Tx, passwordHash: string, appSecret: string, now = new Date()): Promise<void> {
  const rng = new SeededRandom(SIGNAL_SEED);
  const vault = new BsnVault(appSecret);
  const partners = await ensurePartnerUsers(trx, passwordHash);
  const submitters = [HOUSING, ...PARTNERS].flatMap((p) => {
    const who = partners.get(p.username);
    return who ? [{ ...who, categories: p.categories }] : [];
  });
  const byCategory = (c: SignalCategory) => submitters.filter((s) => s.categories.includes(c));

  const teams = await trx
    .selectFrom('team_neighbourhood as tn')
    .innerJoin('team as t', 't.id', 'tn.team_id')
    .select(['tn.neighbourhood_code', 't.id', 't.municipality_code'])
    .where('t.type', '<>', 'multi_expertise_team')
    .execute();
  const teamOf = new Map(teams.map((t) => [t.neighbourhood_code, t.id]));
  const members = await trx.selectFrom('team_membership').select(['team_id', 'user_id', 'is_lead']).execute();
  const membersOf = (teamId: string) => members.filter((m) => m.team_id === teamId).map((m) => m.user_id);
  const postcodes = await trx
    .selectFrom('postcode_area')
    .select(['postcode', 'municipality_code', 'neighbourhood_code'])
    .where('neighbourhood_code', 'is not', null)
    .orderBy('postcode')
    .execute();
  const hoods = [...new Set(postcodes.map((p) => p.neighbourhood_code as string))].filter((h) => teamOf.has(h)).sort();
  if (hoods.length === 0) return;
  const postcodesOf = new Map<string, typeof postcodes>();
  for (const p of postcodes)
    postcodesOf.set(p.neighbourhood_code as string, [...(postcodesOf.get(p.neighbourhood_code as string) ?? []), p]);
  // Where rent arrears cluster: the first two neighbourhoods of Zwolle and one of Kampen.
  const hot = new Set([
    ...hoods.filter((h) => h.startsWith('BU0193')).slice(0, 2),
    ...hoods.filter((h) => h.startsWith('BU0166')).slice(0, 1),
  ]);
  // People already in an open trajectory: a signal about them goes to their regisseur.
  const known = await trx
    .selectFrom('person as p')
    .innerJoin('trajectory as t', 't.family_id', 'p.family_id')
    .innerJoin('family as f', 'f.id', 'p.family_id')
    .select([
      'p.bsn_enc',
      'p.bsn_hash',
      'p.given_name',
      'p.family_name',
      't.family_id',
      't.regisseur_id',
      't.team_id',
      'f.postcode',
      'f.house_number',
      'f.neighbourhood_code',
      'f.municipality_code',
    ])
    .where('t.status', '<>', 'closed')
    .where('p.kind', '=', 'parent')
    .where('p.bsn_hash', 'is not', null)
    .where('f.postcode', 'is not', null)
    .orderBy('p.bsn_hash')
    .limit(40)
    .execute();

  const today = dutchDate(now);
  const rows: Array<Insertable<SignalTable>> = [];
  const signalRows: Array<{
    category: SignalCategory;
    triage: TriageOutcome | null;
    signalDate: string;
    outreachClosed: boolean;
  }> = [];
  let n = 0;
  for (let dayBack = 540; dayBack >= 0; dayBack--) {
    const date = new Date(now.getTime() - dayBack * DAY);
    const iso = dutchDate(date);
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    // About 14 signals a working day across the region, Zwolle with the most.
    const perDay = 11 + rng.int(0, 6);
    for (let k = 0; k < perDay; k++) {
      const useKnown = known.length > 0 && rng.next() < 0.01;
      const hood = useKnown
        ? null
        : ((rng.next() < 0.45 ? rng.pick(hoods.filter((h) => h.startsWith('BU0193'))) : rng.pick(hoods)) ??
          rng.pick(hoods));
      const isHot = hood !== null && hot.has(hood);
      const category = weightedCategory(rng, isHot);
      const submitter = rng.pick(byCategory(category));
      if (!submitter) continue;
      n += 1;
      const person = useKnown ? rng.pick(known) : null;
      const pc = hood ? rng.pick(postcodesOf.get(hood) ?? []) : null;
      const teamId = person ? person.team_id : (teamOf.get(hood ?? '') ?? '');
      const bsn = !person && rng.next() < 0.5 ? syntheticBsn(rng) : null;
      const arrears = category.endsWith('_arrears');
      const ageDays = dayBack;
      const received = new Date(
        `${iso}T${String(8 + rng.int(0, 8)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+01:00`,
      );
      const due = addWorkingDays(iso, category === 'rent_arrears' ? 5 : 3);
      // Older signals are triaged; the last two weeks are still in the queue (some of them late).
      const triaged = ageDays > 14 || (ageDays > 3 && rng.next() < 0.5);
      const triage: TriageOutcome | null = !triaged
        ? null
        : person
          ? 'linked'
          : category === 'domestic_safety'
            ? rng.next() < 0.7
              ? 'referred'
              : 'outreach'
            : (() => {
                const r = rng.next();
                return r < 0.6 ? 'outreach' : r < 0.75 ? 'referred' : 'no_action';
              })();
      const triager = rng.pick(membersOf(teamId)) ?? null;
      const triagedAt = triaged ? new Date(received.getTime() + rng.int(1, 6) * DAY) : null;
      const outreachClosed = triage === 'outreach' && ageDays > 35;
      const outcome = outreachClosed ? outreachOutcome(rng) : null;
      const referredTo =
        triage === 'referred'
          ? category === 'domestic_safety'
            ? ('veilig_thuis' as const)
            : ('debt_help' as const)
          : null;
      const meldcode =
        referredTo === 'veilig_thuis' && triagedAt
          ? JSON.stringify({
              decision: 'report_and_help',
              steps: (['map_signals', 'consult', 'talk', 'weigh', 'decide'] as const).map((step, i) => ({
                step,
                on: dutchDate(new Date(received.getTime() + (i * DAY) / 2)),
                note: 'Vastgelegd in het dossier van het team.',
              })),
            })
          : null;
      const late = !triaged && today > due;
      rows.push({
        reference: `S-${Array.from({ length: 10 }, () => REF[rng.int(0, REF.length - 1)]).join('')}`,
        organisation_id: submitter.orgId,
        submitted_by: submitter.userId,
        api_key_id: null,
        channel: rng.next() < 0.6 && category === 'rent_arrears' ? 'csv' : 'form',
        batch_id: null,
        batch_line: null,
        idempotency_key: createHash('sha256').update(`seed-signal-${n}`).digest('hex'),
        category,
        urgency:
          category === 'domestic_safety'
            ? 'urgent'
            : rng.next() < 0.04
              ? 'crisis'
              : rng.next() < 0.15
                ? 'urgent'
                : 'normal',
        bsn_enc: person ? person.bsn_enc : bsn ? vault.seal(bsn) : null,
        bsn_hash: person ? person.bsn_hash : bsn ? vault.index(bsn) : null,
        given_name: person ? person.given_name : rng.pick(FIRST_NAMES),
        family_name: person ? person.family_name : rng.pick(LAST_NAMES),
        birth_date: person
          ? null
          : `${rng.int(1965, 2012)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
        postcode: person ? (person.postcode ?? '') : (pc?.postcode ?? ''),
        house_number: person ? (person.house_number ?? '1') : String(rng.int(1, 180)),
        municipality_code: person ? person.municipality_code : (pc?.municipality_code ?? ''),
        neighbourhood_code: person ? person.neighbourhood_code : hood,
        amount_cents: arrears ? rng.int(250, 3500) * 100 : null,
        arrears_since: arrears ? dutchDate(new Date(date.getTime() - rng.int(35, 120) * DAY)) : null,
        note: rng.next() < 0.5 ? rng.pick(NOTES[category] ?? ['Zorgen gedeeld met het buurtteam.']) : null,
        signal_date: iso,
        received_at: received,
        routed_to: person ? 'regisseur' : 'team',
        team_id: teamId,
        family_id: person ? person.family_id : null,
        regisseur_id: person ? person.regisseur_id : null,
        triage_due_on: due,
        escalated_at: late ? new Date(`${addWorkingDays(due, 1)}T08:00:00+01:00`) : null,
        status: !triaged ? 'received' : triage === 'outreach' && !outreachClosed ? 'picked_up' : 'closed',
        triage_outcome: triage,
        triage_reason:
          triage === 'no_action'
            ? 'Al opgelost of al bekend bij de schuldhulp.'
            : triage === 'referred'
              ? 'Doorverwezen na overleg in het team.'
              : null,
        referred_to: referredTo,
        meldcode,
        triaged_by: triaged ? (person ? person.regisseur_id : triager) : null,
        triaged_at: triagedAt,
        outreach_outcome: outcome,
        eviction_prevented: outcome && category === 'rent_arrears' ? rng.next() < 0.7 : null,
        outreach_note: null,
        outreach_closed_by: outreachClosed ? triager : null,
        outreach_closed_at: outreachClosed && triagedAt ? new Date(triagedAt.getTime() + rng.int(7, 30) * DAY) : null,
      });
      signalRows.push({ category, triage, signalDate: iso, outreachClosed });
    }
  }
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await trx
      .insertInto('signal')
      .values(rows.slice(i, i + 1000))
      .returning('id')
      .execute();
    ids.push(...inserted.map((r) => r.id));
  }
  // Contact attempts: one to three per outreach, the last reached unless "not reached".
  const attempts: Array<{
    signal_id: string;
    method: 'letter' | 'phone' | 'text_message' | 'home_visit' | 'via_partner';
    attempted_on: string;
    part_of_day: 'morning' | 'afternoon' | 'evening';
    reached: boolean;
    recorded_by: string;
  }> = [];
  rows.forEach((row, i) => {
    const r = { ...row, triaged_at: row.triaged_at ? new Date(row.triaged_at) : null };
    if (r.triage_outcome !== 'outreach' || !r.triaged_at || !r.triaged_by || !(signalRows[i]?.outreachClosed ?? false))
      return;
    const count = r.outreach_outcome === 'not_reached' ? rng.int(2, 3) : rng.int(1, 3);
    for (let a = 0; a < count; a++) {
      attempts.push({
        signal_id: ids[i] as string,
        method: rng.pick(['letter', 'phone', 'text_message', 'home_visit', 'via_partner'] as const),
        attempted_on: dutchDate(new Date(r.triaged_at.getTime() + (a + 1) * 2 * DAY)),
        part_of_day: rng.pick(['morning', 'afternoon', 'evening'] as const),
        reached: r.outreach_outcome !== 'not_reached' && a === count - 1,
        recorded_by: r.triaged_by,
      });
    }
  });
  for (let i = 0; i < attempts.length; i += 2000)
    await trx
      .insertInto('signal_contact_attempt')
      .values(attempts.slice(i, i + 2000))
      .execute();

  // Collective answers to the clearest patterns.
  const activity = async (
    hood: string | undefined,
    category: SignalCategory | null,
    title: string,
    description: string,
    monthsAgo: number,
    participants: number,
  ) => {
    if (!hood) return;
    const teamId = teamOf.get(hood);
    const creator = teamId ? membersOf(teamId)[0] : undefined;
    if (!teamId || !creator) return;
    const start = dutchDate(new Date(now.getTime() - monthsAgo * 30 * DAY));
    await trx
      .insertInto('collective_activity')
      .values({
        team_id: teamId,
        municipality_code: hood.slice(2, 6),
        neighbourhood_code: hood,
        category,
        title,
        description,
        starts_on: start,
        ends_on: dutchDate(new Date(now.getTime() - (monthsAgo - 2) * 30 * DAY)),
        participants,
        created_by: creator,
      })
      .execute();
  };
  const hotList = [...hot];
  await activity(
    hotList[0],
    'rent_arrears',
    'Budgetcursus "Rondkomen"',
    'Zes avonden met de schuldhulp en de woningcorporatie, in het buurthuis.',
    6,
    14,
  );
  await activity(
    hotList[1],
    'rent_arrears',
    'Inloopspreekuur geldzaken',
    'Elke dinsdagochtend in de bibliotheek.',
    3,
    38,
  );
  await activity(
    hotList[2],
    null,
    'Koffieochtenden voor alleenstaande ouders',
    'Met kinderopvang erbij; samen met welzijn.',
    4,
    11,
  );
}
