// Who may open a new trajectory for a family, as a matrix: role × relationship with the family ×
// state of its trajectory. Expectation written from the rule, independently of policy.ts: a
// professional or team lead who was regisseur or trajectory member, or (with the team_lead role) led
// the trajectory's team, may open one in a team they belong to — 201 when the trajectory is closed,
// 409 trajectory_still_open while it is open. Everyone else: 403 and one denied audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../platform/db/schema.js';
import { createTestApp, login, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import { countDenied } from '../../test-support/audit.js';

const RELATIONS = [
  'none',
  'regisseur',
  'trajectory_member',
  'lead_of_team',
  'member_of_team_only',
  'own_family',
  'break_glass',
] as const;
type Relation = (typeof RELATIONS)[number];
const STATES = ['open', 'closed'] as const;
type State = (typeof STATES)[number];

function expected(role: Role, relation: Relation, state: State): 201 | 409 | 403 {
  const opener = role === 'professional' || role === 'team_lead';
  const involved =
    relation === 'regisseur' ||
    relation === 'trajectory_member' ||
    (relation === 'lead_of_team' && role === 'team_lead');
  if (!opener || !involved) return 403;
  return state === 'open' ? 409 : 201;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const url = (familyId: string) => `/api/families/${familyId}/trajectories`;
const deniedCount = () => countDenied(t.db.kysely);
const trajectoriesOf = (familyId: string) =>
  t.db.kysely
    .selectFrom('trajectory')
    .select(['id', 'status', 'team_id', 'regisseur_id'])
    .where('family_id', '=', familyId)
    .orderBy('opened_at')
    .execute();

describe('opening a new trajectory: role × relationship × state', () => {
  it('lets exactly those who knew the family open one, refuses it while one is open, and audits every decision', async () => {
    const db = t.db.kysely;
    const failures: string[] = [];
    for (const role of ROLES) {
      const user = await buildUser(db, role === 'team_lead' ? ['professional', 'team_lead'] : [role]);
      const session = await login(t.app, user.username);
      for (const relation of RELATIONS) {
        for (const state of STATES) {
          const oldTeam = await buildTeam(db);
          const newTeam = await buildTeam(db);
          await addToTeam(db, newTeam, user.id);
          const regisseur = relation === 'regisseur' ? user.id : (await buildUser(db, ['professional'])).id;
          if (relation === 'lead_of_team') await addToTeam(db, oldTeam, user.id, true);
          if (relation === 'member_of_team_only') await addToTeam(db, oldTeam, user.id, false);
          const { familyId, reference, trajectoryId } = await buildFamilyWithTrajectory(db, {
            teamId: oldTeam,
            regisseurId: regisseur,
            members: relation === 'trajectory_member' ? [user.id] : [],
            status: state === 'open' ? 'in_progress' : 'closed',
          });
          if (relation === 'own_family')
            await db.insertInto('family_account').values({ user_id: user.id, family_id: familyId }).execute();
          if (relation === 'break_glass') {
            await db
              .insertInto('break_glass')
              .values({
                user_id: user.id,
                family_id: familyId,
                reason: 'Crisis in de avond, regisseur onbereikbaar',
                expires_at: new Date(Date.now() + 3_600_000),
              })
              .execute();
          }
          const want = expected(role, relation, state);
          const before = await deniedCount();
          const res = await t.app.inject({
            method: 'POST',
            url: url(familyId),
            headers: session.headers,
            payload: { teamId: newTeam, entryPoint: 'self_referral', firstContactOn: '2026-11-02' },
          });
          const cell = `${role} × ${relation} × ${state} → ${res.statusCode}`;
          const after = await trajectoriesOf(familyId);
          if (res.statusCode !== want) failures.push(`${cell} (expected ${want}) ${res.body.slice(0, 200)}`);
          else if (want === 403 && (await deniedCount()) !== before + 1)
            failures.push(`${cell} (no denied audit entry)`);
          else if (want === 409 && res.json().code !== 'trajectory_still_open')
            failures.push(`${cell} code ${res.json().code}`);
          else if (want === 201) {
            const opened = after.find((x) => x.id === res.json().id);
            if (
              after.length !== 2 ||
              opened?.status !== 'registered' ||
              opened.team_id !== newTeam ||
              opened.regisseur_id !== user.id
            )
              failures.push(`${cell} trajectories ${JSON.stringify(after)}`);
            if (after.find((x) => x.id === trajectoryId)?.status !== 'closed')
              failures.push(`${cell} the closed trajectory changed`);
            const audit = await db
              .selectFrom('audit_event')
              .select(['client_ref', 'actor_role'])
              .where('event', '=', 'trajectory.reopened')
              .where('actor_user_id', '=', user.id)
              .where('subject_id', '=', familyId)
              .execute();
            if (audit.length !== 1 || audit[0]?.client_ref !== reference)
              failures.push(`${cell} audit ${JSON.stringify(audit)}`);
          }
          if (want !== 201 && after.length !== 1) failures.push(`${cell} wrote a trajectory`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000); // 9 roles × 7 relations × 2 states over HTTP: slow on a busy machine

  it('needs membership of the team that will run it; everyone named must be an active member of that team', async () => {
    const db = t.db.kysely;
    const [oldTeam, newTeam] = [await buildTeam(db), await buildTeam(db)];
    const past = await buildUser(db, ['professional']);
    const outsider = await buildUser(db, ['professional']);
    const colleague = await buildUser(db, ['professional']);
    await addToTeam(db, oldTeam, past.id);
    await addToTeam(db, newTeam, colleague.id);
    const { familyId } = await buildFamilyWithTrajectory(db, {
      teamId: oldTeam,
      regisseurId: past.id,
      status: 'closed',
    });
    const s = await login(t.app, past.username);
    const post = (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: url(familyId),
        headers: s.headers,
        payload: { entryPoint: 'school', firstContactOn: '2026-11-02', ...payload },
      });

    const before = await deniedCount();
    const notInTeam = await post({ teamId: newTeam });
    expect(notInTeam.statusCode).toBe(403);
    expect(await deniedCount()).toBe(before + 1);
    const denial = await db
      .selectFrom('audit_event')
      .select(['event', 'subject_id'])
      .where('actor_user_id', '=', past.id)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denial).toEqual([{ event: 'team_caseload.trajectory_reopened', subject_id: newTeam }]);

    await addToTeam(db, newTeam, past.id);
    const foreignRegisseur = await post({ teamId: newTeam, regisseurId: outsider.id });
    expect(foreignRegisseur.statusCode).toBe(400);
    expect(foreignRegisseur.json()).toMatchObject({ code: 'not_team_member', errors: [{ path: 'regisseurId' }] });
    const foreignMember = await post({ teamId: newTeam, memberIds: [colleague.id, outsider.id] });
    expect(foreignMember.json()).toMatchObject({ code: 'not_team_member', errors: [{ path: 'memberIds.1' }] });
    expect(await trajectoriesOf(familyId)).toHaveLength(1);

    // Naming a colleague as regisseur: the opener joins as a member, so they can keep writing.
    const ok = await post({ teamId: newTeam, regisseurId: colleague.id });
    expect(ok.statusCode, ok.body).toBe(201);
    const members = await db
      .selectFrom('trajectory_member')
      .select('user_id')
      .where('trajectory_id', '=', ok.json().id)
      .execute();
    expect(members).toEqual([{ user_id: past.id }]);
    expect((await trajectoriesOf(familyId)).map((x) => [x.status, x.regisseur_id])).toEqual([
      ['closed', past.id],
      ['registered', colleague.id],
    ]);
  });
});
