// The portal's demo (issue 15): demo.family moves to the Zwolle family in progress (G-0193-0004: a signed
// plan, meetings, a team) as its mother with authority; that family gets a young person of 16 with a login of their own
// (demo.family.youth), a plan in which some parts are the mother's and some the young person's own, one
// item a professional shielded with a legal reason, and an open proposal of the family. Deterministic.
import { format, subDays, subYears, addMonths } from 'date-fns';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../platform/db/transaction.js';
import type { Household } from './families.js';

export interface PortalSeedContext {
  today: Date;
  parentUserId: string;
  youthUserId: string;
}

/** A fixed id from a name, so the demo region is the same on every machine. */
function deterministicUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const day = (d: Date) => format(d, 'yyyy-MM-dd');

export async function seedPortal(trx: Tx, households: Household[], ctx: PortalSeedContext): Promise<void> {
  const first = households.find((h) => h.family.municipalityCode === '0193' && h.family.status === 'in_progress');
  const parent = first?.people.find((p) => p.kind === 'parent' && p.hasAuthority === true);
  if (!first || !parent) return;
  const familyId = first.family.id;
  const parentId = parent.id;
  await trx
    .updateTable('family_account')
    .set({ family_id: familyId, person_id: parentId })
    .where('user_id', '=', ctx.parentUserId)
    .execute();
  const trajectory = await trx
    .selectFrom('trajectory')
    .innerJoin('app_user as u', 'u.id', 'trajectory.regisseur_id')
    .select(['regisseur_id', 'u.display_name'])
    .where('family_id', '=', familyId)
    .executeTakeFirstOrThrow();
  // The young person: an existing child of 16 or 17, or one more child of 16 in the household.
  const familyName = first.people[0]?.familyName ?? 'Demo';
  const existing = first.people.find((p) => p.kind === 'child' && p.age !== null && p.age >= 16 && p.age < 18);
  let youth = existing?.id;
  const youthName = existing?.givenName ?? 'Eva';
  const parentName = parent.roleLabel === 'vader' ? 'Vader' : 'Moeder';
  if (!youth) {
    const row = await trx
      .insertInto('person')
      .values({
        id: deterministicUuid(`portal-youth:${familyId}`),
        family_id: familyId,
        kind: 'child',
        given_name: 'Eva',
        family_name: familyName,
        birth_date: day(subDays(subYears(ctx.today, 16), 90)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    youth = row.id;
  } else {
    await trx
      .updateTable('person')
      .set({ birth_date: day(subDays(subYears(ctx.today, 16), 90)) })
      .where('id', '=', youth)
      .execute();
  }
  await trx
    .insertInto('family_account')
    .values({ user_id: ctx.youthUserId, family_id: familyId, person_id: youth })
    .execute();

  // The plan as the family reads it in the portal, on top of whatever the seed already wrote.
  const plan = await trx
    .selectFrom('plan')
    .select('current_version')
    .where('family_id', '=', familyId)
    .executeTakeFirst();
  const base = plan?.current_version ?? 0;
  const previous = base
    ? ((
        await trx
          .selectFrom('plan_version')
          .select('content')
          .where('family_id', '=', familyId)
          .where('version', '=', base)
          .executeTakeFirstOrThrow()
      ).content as Record<string, unknown[]>)
    : {};
  const list = (k: string) => (Array.isArray(previous[k]) ? previous[k] : []);
  const content = {
    strengths: [
      ...list('strengths'),
      { id: 'pStrength', kind: 'strength', text: 'We eten bijna elke avond samen en praten dan over de dag.' },
      { id: 'pShielded', kind: 'network', text: 'De buurvrouw let op als het thuis onrustig is.' },
    ],
    concerns: list('concerns').length
      ? list('concerns')
      : [
          {
            id: 'pConcern1',
            text: 'De rekeningen stapelen zich op.',
            priority: 1,
            voices: ['Moeder: ik durf de post niet meer open te maken.'],
            meetingId: null,
          },
          {
            id: 'pConcern2',
            text: `${youthName} gaat vaak niet naar school.`,
            priority: 2,
            voices: [`${youthName}: ik slaap slecht en kom dan niet op tijd.`],
            meetingId: null,
          },
          { id: 'pConcern3', text: 'Er is vaak ruzie in huis.', priority: 3, voices: [], meetingId: null },
        ],
    goals: [
      ...list('goals'),
      {
        id: 'pGoalMoney',
        domain: 'finances',
        what: 'Over drie maanden weten we precies welke schulden we hebben.',
        byWhen: day(addMonths(ctx.today, 3)),
        howWeKnow: 'Er is een overzicht van alle schulden.',
      },
      {
        id: 'pGoalYouth',
        domain: 'school_work',
        what: `${youthName} haalt een diploma.`,
        byWhen: day(addMonths(ctx.today, 8)),
        howWeKnow: `${youthName} is minder dan twee keer per maand afwezig.`,
      },
    ],
    actions: [
      ...list('actions'),
      {
        id: 'pActMum',
        goalId: 'pGoalMoney',
        what: 'Elke maandag de post openen, samen met de buurvrouw.',
        owner: { kind: 'family_member', name: parentName, userId: null },
        due: day(addMonths(ctx.today, 1)),
        status: 'open',
      },
      {
        id: 'pActHelp',
        goalId: 'pGoalMoney',
        what: 'Aanmelden bij de schuldhulp van de gemeente.',
        owner: { kind: 'professional', name: trajectory.display_name, userId: trajectory.regisseur_id },
        due: day(addMonths(ctx.today, 1)),
        status: 'in_progress',
      },
      {
        id: 'pActYouth',
        goalId: 'pGoalYouth',
        what: 'Een gesprek met de mentor over huiswerkbegeleiding.',
        owner: { kind: 'family_member', name: youthName, userId: null },
        due: day(addMonths(ctx.today, 1)),
        status: 'open',
      },
    ],
    safetyAgreements: [
      ...list('safetyAgreements'),
      { id: 'pSafe', text: `Als de ruzie hoog oploopt, gaat ${youthName} naar oma en wordt de regisseur gebeld.` },
    ],
    reviews: [
      ...list('reviews'),
      { id: 'pReview', date: day(addMonths(ctx.today, 2)), note: 'Samen kijken hoe het gaat.' },
    ],
  };
  if (base === 0) await trx.insertInto('plan').values({ family_id: familyId, current_version: 1 }).execute();
  else
    await trx
      .updateTable('plan')
      .set({ current_version: base + 1 })
      .where('family_id', '=', familyId)
      .execute();
  await trx
    .insertInto('plan_version')
    .values({
      family_id: familyId,
      version: base + 1,
      content: JSON.stringify(content),
      note: 'Plan met het gezin besproken',
      author_id: trajectory.regisseur_id,
      author_name: trajectory.display_name,
      created_at: subDays(ctx.today, 2),
    })
    .execute();
  await trx
    .insertInto('plan_item_person')
    .values([
      { family_id: familyId, item_id: 'pActMum', person_id: parentId },
      { family_id: familyId, item_id: 'pGoalYouth', person_id: youth },
      { family_id: familyId, item_id: 'pActYouth', person_id: youth },
    ])
    .execute();
  await trx
    .insertInto('family_shield')
    .values({
      family_id: familyId,
      item_kind: 'plan_item',
      item_ref: 'pShielded',
      reason: 'third_party_privacy',
      explanation: 'Gaat over de buurvrouw; zij heeft niet ingestemd dat het gezin dit leest.',
      review_on: day(addMonths(ctx.today, 3)),
      shielded_by: trajectory.regisseur_id,
      shielded_at: sql<Date>`${subDays(ctx.today, 2)}::timestamptz`,
    })
    .execute();
}
