// Break the glass as a matrix: relationship with the family × state of its trajectory (the role-only
// refusal is in break-glass.int.test.ts). Expected: every care professional may break the glass for
// an existing family, open or closed — it is logged as emergency access and reviewed; for someone
// already involved it adds nothing (the relationship still decides, the dossier read is not flagged).
// The family's own portal login is refused with a denied, emergency-flagged audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/db/schema.js';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import {
  addToTeam,
  buildFamilyWithTrajectory,
  buildPerson,
  buildTeam,
  buildUser,
} from '../../test-support/factories.js';

const RELATIONS = [
  'regisseur',
  'trajectory_member',
  'lead_of_team',
  'member_of_team_only',
  'unrelated',
  'unrelated_consultant',
  'own_family',
] as const;
type Relation = (typeof RELATIONS)[number];
const STATES = ['open', 'closed'] as const;
const REASON = 'Acute melding via Veilig Thuis, regisseur niet bereikbaar';
const INVOLVED: Relation[] = ['regisseur', 'trajectory_member', 'lead_of_team'];

function rolesOf(relation: Relation): Role[] {
  if (relation === 'own_family') return ['family'];
  if (relation === 'lead_of_team') return ['professional', 'team_lead'];
  return relation === 'unrelated_consultant' ? ['consultant'] : ['professional'];
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function countDeniedReveals(userId: string): Promise<number> {
  const row = await t.db.kysely
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('actor_user_id', '=', userId)
    .where('event', '=', 'family.bsn_revealed')
    .where('outcome', '=', 'denied')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('break the glass: relationship × trajectory state', () => {
  it('opens emergency read access for care professionals only; the family login is refused and audited', async () => {
    const db = t.db.kysely;
    await buildUser(db, ['privacy_officer']);
    const failures: string[] = [];
    for (const relation of RELATIONS) {
      for (const state of STATES) {
        const user = await buildUser(db, rolesOf(relation));
        const team = await buildTeam(db);
        const regisseur = relation === 'regisseur' ? user.id : (await buildUser(db, ['professional'])).id;
        if (relation === 'lead_of_team') await addToTeam(db, team, user.id, true);
        if (relation === 'member_of_team_only') await addToTeam(db, team, user.id);
        const { familyId, reference } = await buildFamilyWithTrajectory(db, {
          teamId: team,
          regisseurId: regisseur,
          members: relation === 'trajectory_member' ? [user.id] : [],
          status: state === 'open' ? 'in_progress' : 'closed',
        });
        if (relation === 'own_family')
          await db.insertInto('family_account').values({ user_id: user.id, family_id: familyId }).execute();
        const s = await login(t.app, user.username);
        const cell = `${relation} × ${state}`;
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/access/break-glass',
          payload: { familyId, reason: REASON },
          headers: s.headers,
        });
        const rows = await db.selectFrom('break_glass').select('family_id').where('user_id', '=', user.id).execute();
        const audit = await db
          .selectFrom('audit_event')
          .select(['outcome', 'emergency', 'client_ref'])
          .where('actor_user_id', '=', user.id)
          .where('event', '=', 'family.break_glass')
          .execute();
        if (relation === 'own_family') {
          if (res.statusCode !== 403) failures.push(`${cell} → ${res.statusCode} (expected 403)`);
          if (rows.length !== 0) failures.push(`${cell}: a break-glass grant was written`);
          if (JSON.stringify(audit) !== JSON.stringify([{ outcome: 'denied', emergency: true, client_ref: reference }]))
            failures.push(`${cell}: audit ${JSON.stringify(audit)}`);
          continue;
        }
        if (res.statusCode !== 201) {
          failures.push(`${cell} → ${res.statusCode} (expected 201) ${res.body.slice(0, 200)}`);
          continue;
        }
        if (rows.length !== 1) failures.push(`${cell}: ${rows.length} grants`);
        if (JSON.stringify(audit) !== JSON.stringify([{ outcome: 'allowed', emergency: true, client_ref: reference }]))
          failures.push(`${cell}: audit ${JSON.stringify(audit)}`);
        // What the glass gives: read access, flagged — unless a relationship already gives it (then not flagged).
        const dossier = await t.app.inject({ url: `/api/families/${familyId}`, headers: s.headers });
        const involved = INVOLVED.includes(relation);
        if (dossier.statusCode !== 200) failures.push(`${cell}: dossier → ${dossier.statusCode}`);
        else if (dossier.json().emergency !== !involved)
          failures.push(`${cell}: dossier emergency=${dossier.json().emergency}`);
        const write = await t.app.inject({
          method: 'PUT',
          url: `/api/families/${familyId}/stories/story`,
          payload: { body: 'Noodnotitie', baseVersion: 0 },
          headers: s.headers,
        });
        const mayWrite = involved && state === 'open';
        if ((write.statusCode === 200) !== mayWrite)
          failures.push(`${cell}: story write → ${write.statusCode} (glass never gives write access)`);
        // Read access is not the full BSN: only a relationship reveals it; the glass is refused and audited.
        const personId = await buildPerson(db, familyId, { bsn: '111222333' });
        const deniedBefore = await countDeniedReveals(user.id);
        const reveal = await t.app.inject({
          method: 'POST',
          url: `/api/families/${familyId}/persons/${personId}/bsn`,
          headers: s.headers,
        });
        if (
          involved
            ? reveal.statusCode !== 200
            : reveal.statusCode !== 403 || reveal.json().code !== 'bsn_not_in_emergency'
        )
          failures.push(`${cell}: BSN reveal → ${reveal.statusCode} ${reveal.body.slice(0, 120)}`);
        if (!involved && (await countDeniedReveals(user.id)) !== deniedBefore + 1)
          failures.push(`${cell}: refused BSN reveal not audited`);
      }
    }
    const reviews = await db
      .selectFrom('notification')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'break_glass_review')
      .executeTakeFirstOrThrow();
    expect(Number(reviews.n), 'the privacy officer is asked to review each use').toBe(
      (RELATIONS.length - 1) * STATES.length,
    );
    expect(failures).toEqual([]);
  }, 120_000);
});
