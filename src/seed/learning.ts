// The meetlat and the learning log in the demo region: the example meetlat (labelled "voorbeeld"),
// each municipality's positions at two or three moments in its own voice, and a learning log with
// reflection meetings. Deterministic; no random numbers taken from the other seeds' stream.
import { format, parseISO, subDays, subMonths } from 'date-fns';
import type { Tx } from '../platform/db/transaction.js';
import { today as dutchToday } from '../platform/clock.js';
import { storeMeetlat } from '../modules/learning/meetlat.js';
import { EXAMPLE_MEETLAT } from './learning-meetlat.js';
import { ENTRY_TEMPLATES } from './learning-log.js';
import { STEP_BANDS, VOICES, type Voice } from './learning-voices.js';
import { MUNICIPALITIES, REGION } from './region.js';

const MONTHS_BACK: Record<number, number[]> = { 2: [14, 3], 3: [20, 10, 2] };
const band = (level: number) => (level <= 2 ? 0 : level === 3 ? 1 : 2);

function levelsOver(voice: Voice): number[][] {
  const moments = [voice.start.slice()];
  voice.moves.forEach((count, m) => {
    const prev = moments[moments.length - 1] as number[];
    const next = prev.slice();
    // The lowest steps move first; ties broken by a fixed per-municipality order.
    const order = next
      .map((level, i) => ({ i, level, tie: (i * 7 + m * 3 + Number(voice.code)) % 9 }))
      .sort((a, b) => a.level - b.level || a.tie - b.tie);
    for (const { i } of order.slice(0, count)) next[i] = Math.min(5, (next[i] as number) + 1);
    moments.push(next);
  });
  return moments;
}

export async function seedLearning(trx: Tx, opts: { passwordHash: string; today: Date }): Promise<void> {
  const todayIso = dutchToday(opts.today);
  const orgs = await trx
    .selectFrom('organisation')
    .select(['id', 'municipality_code'])
    .where('type', '=', 'municipality')
    .execute();
  // Each municipality's policy advisor: demo.policy for Zwolle, <place>.beleid for the others.
  const advisors = new Map<string, string>();
  const demoPolicy = await trx
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'demo.policy')
    .executeTakeFirstOrThrow();
  advisors.set('0193', demoPolicy.id);
  for (const v of VOICES) {
    if (v.code === '0193') continue;
    const m = MUNICIPALITIES.find((x) => x.code === v.code);
    const org = orgs.find((o) => o.municipality_code === v.code);
    if (!m || !org) throw new Error(`municipality ${v.code} missing`);
    const row = await trx
      .insertInto('app_user')
      .values({
        username: `${v.slug}.beleid`,
        display_name: `Beleidsadviseur ${m.name}`,
        email: `${v.slug}.beleid@demo.keukentafel.invalid`,
        home_organisation_id: org.id,
        roles: ['policy'],
        password_hash: opts.passwordHash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    advisors.set(v.code, row.id);
  }

  const { stepIds } = await storeMeetlat(trx, REGION.code, EXAMPLE_MEETLAT, { isExample: true, createdBy: null });
  const meetlat = await trx
    .selectFrom('meetlat')
    .select('id')
    .where('region_code', '=', REGION.code)
    .where('active', '=', true)
    .executeTakeFirstOrThrow();

  for (const v of VOICES) {
    const levels = levelsOver(v);
    const back = MONTHS_BACK[levels.length] ?? [3];
    for (let m = 0; m < levels.length; m++) {
      const on = format(subMonths(parseISO(todayIso), back[m] ?? 1), 'yyyy-MM-01');
      const [focusStep, focusReason] = v.focus[Math.min(m, v.focus.length - 1)] ?? [1, ''];
      const a = await trx
        .insertInto('meetlat_assessment')
        .values({
          meetlat_id: meetlat.id,
          municipality_code: v.code,
          assessed_on: on,
          focus_step_id: stepIds[focusStep - 1] as string,
          focus_reason: focusReason,
          recorded_by: advisors.get(v.code) as string,
          recorded_at: parseISO(`${on}T10:00:00Z`),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const now = levels[m] as number[];
      const before = m > 0 ? (levels[m - 1] as number[]) : null;
      await trx
        .insertInto('meetlat_position')
        .values(
          now.map((level, s) => ({
            assessment_id: a.id,
            step_id: stepIds[s] as string,
            level,
            reflection: [
              before && level > (before[s] as number) ? 'Sinds de vorige keer een stap gezet.' : '',
              STEP_BANDS[s]?.[band(level)] ?? '',
              v.colour[(s + m) % v.colour.length] ?? '',
            ]
              .filter(Boolean)
              .join(' '),
          })),
        )
        .execute();
    }
  }

  // The learning log: four entries per municipality, by the team lead, a professional and the policy advisor.
  const users = new Map(
    (await trx.selectFrom('app_user').select(['id', 'username']).execute()).map((u) => [u.username, u.id] as const),
  );
  const teams = new Map(
    (
      await trx
        .selectFrom('team')
        .select(['id', 'municipality_code'])
        .where('type', '!=', 'multi_expertise_team')
        .execute()
    ).map((t) => [t.municipality_code, t.id] as const),
  );
  let n = 0;
  for (const v of VOICES) {
    const lead = v.code === '0193' ? users.get('demo.team_lead') : users.get(`${v.slug}.lead`);
    const prof = v.code === '0193' ? users.get('demo.professional') : users.get(`${v.slug}.prof1`);
    const advisor = advisors.get(v.code) as string;
    const authors = [lead, prof, advisor, prof ?? lead].map((id) => id ?? advisor);
    const teamId = teams.get(v.code) ?? null;
    const entries: Array<{ id: string; template: (typeof ENTRY_TEMPLATES)[number] }> = [];
    for (let i = 0; i < 4; i++) {
      const template = ENTRY_TEMPLATES[(n * 5 + i * 3) % ENTRY_TEMPLATES.length] as (typeof ENTRY_TEMPLATES)[number];
      const author = authors[i] as string;
      const row = await trx
        .insertInto('learning_entry')
        .values({
          kind: template.kind,
          title: template.title,
          body: template.body,
          municipality_code: v.code,
          team_id: author === advisor ? null : teamId,
          meetlat_step_id: template.step ? (stepIds[template.step - 1] ?? null) : null,
          author_id: author,
          created_at: subDays(opts.today, 150 - i * 35 - (n % 5) * 3),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      entries.push({ id: row.id, template });
    }
    n += 1;
    // One reflection meeting two months ago discussing the first two entries; the rest waits.
    const heldOn = format(subMonths(parseISO(todayIso), 2), 'yyyy-MM-15');
    const meeting = await trx
      .insertInto('reflection_meeting')
      .values({
        municipality_code: v.code,
        team_id: teamId,
        held_on: heldOn,
        title: 'Reflectieoverleg sociaal domein',
        created_by: advisor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [k, e] of entries.slice(0, 2).entries()) {
      await trx
        .insertInto('reflection_discussion')
        .values({ meeting_id: meeting.id, entry_id: e.id, decision: e.template.decision, created_by: advisor })
        .execute();
      // The first action is done; the second still open (for some municipalities already overdue).
      await trx
        .insertInto('reflection_action')
        .values({
          meeting_id: meeting.id,
          entry_id: e.id,
          description: e.template.action,
          owner_id: k === 0 ? advisor : (lead ?? advisor),
          due_on: format(subDays(parseISO(todayIso), k === 0 ? 20 : n % 3 === 0 ? 5 : -30), 'yyyy-MM-dd'),
          status: k === 0 ? 'done' : 'open',
          status_changed_at: k === 0 ? subDays(opts.today, 25) : null,
        })
        .execute();
    }
  }
}
