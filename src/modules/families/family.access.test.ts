// Need-to-know as a matrix: role × relationship with the family × trajectory state × action.
// The expectation below is written from DESIGN.md's access model, independently of policy.ts. The
// family's own login is refused even on its own family: it reads its file in the portal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorize } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { ROLES, type Role } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ForbiddenError } from '../../platform/errors.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { addToTeam, buildFamilyWithTrajectory, buildTeam, buildUser } from '../../test-support/factories.js';
import './policy.js';

const RELATIONS = [
  'none',
  'regisseur',
  'trajectory_member',
  'lead_of_team',
  'member_of_team_only',
  'own_family',
  'break_glass',
  'break_glass_expired',
] as const;
type Relation = (typeof RELATIONS)[number];
const STATES = ['open', 'closed'] as const;
const ACTIONS = ['read', 'update'] as const;
const CARE: Role[] = ['professional', 'team_lead', 'consultant'];

function expected(
  role: Role,
  relation: Relation,
  state: (typeof STATES)[number],
  action: (typeof ACTIONS)[number],
): { allowed: boolean; emergency?: boolean } {
  const write = action === 'update';
  if (role === 'family') return { allowed: false };
  if (!CARE.includes(role)) return { allowed: false };
  if (
    relation === 'regisseur' ||
    relation === 'trajectory_member' ||
    (relation === 'lead_of_team' && role === 'team_lead')
  ) {
    return { allowed: !write || state === 'open' };
  }
  if (relation === 'break_glass') return write ? { allowed: false } : { allowed: true, emergency: true };
  return { allowed: false };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('family dossier need-to-know', () => {
  it('follows the role × relationship × state × action matrix, and audits every decision', async () => {
    const db = t.db.kysely;
    const failures: string[] = [];
    for (const role of ROLES) {
      for (const relation of RELATIONS) {
        for (const state of STATES) {
          const user = await buildUser(db, role === 'team_lead' ? ['professional', 'team_lead'] : [role]);
          const regisseur = relation === 'regisseur' ? user.id : (await buildUser(db, ['professional'])).id;
          const team = await buildTeam(db);
          const { familyId, reference } = await buildFamilyWithTrajectory(db, {
            teamId: team,
            regisseurId: regisseur,
            members: relation === 'trajectory_member' ? [user.id] : [],
            status: state === 'open' ? 'in_progress' : 'closed',
          });
          if (relation === 'lead_of_team') await addToTeam(db, team, user.id, true);
          if (relation === 'member_of_team_only') await addToTeam(db, team, user.id, false);
          if (relation === 'own_family')
            await db.insertInto('family_account').values({ user_id: user.id, family_id: familyId }).execute();
          if (relation === 'break_glass' || relation === 'break_glass_expired') {
            const opened = relation === 'break_glass' ? new Date() : new Date(Date.now() - 6 * 3_600_000);
            await db
              .insertInto('break_glass')
              .values({
                user_id: user.id,
                family_id: familyId,
                reason: 'Crisis in de avond, regisseur onbereikbaar',
                opened_at: opened,
                expires_at: new Date(opened.getTime() + 4 * 3_600_000),
              })
              .execute();
          }
          const ctx: RequestContext = {
            requestId: `matrix-${role}-${relation}-${state}`,
            db,
            config: t.config,
            actor: {
              userId: user.id,
              username: user.username,
              roles: role === 'team_lead' ? ['professional', 'team_lead'] : [role],
              organisationId: (
                await db
                  .selectFrom('app_user')
                  .select('home_organisation_id')
                  .where('id', '=', user.id)
                  .executeTakeFirstOrThrow()
              ).home_organisation_id,
              sessionId: null,
            },
          };
          for (const action of ACTIONS) {
            const want = expected(role, relation, state, action);
            let allowed = false;
            let emergency = false;
            try {
              const grant = await inTransaction(db, (trx) =>
                authorize(trx, ctx, { subject: 'family', id: familyId, action, purpose: 'care' }),
              );
              allowed = true;
              emergency = grant.emergency;
            } catch (err) {
              if (!(err instanceof ForbiddenError)) throw err;
            }
            const entry = await db
              .selectFrom('audit_event')
              .select(['outcome', 'emergency', 'client_ref'])
              .where('request_id', '=', ctx.requestId)
              .where('action', '=', action)
              .executeTakeFirst();
            const cell = `${role} × ${relation} × ${state} × ${action}`;
            if (allowed !== want.allowed) failures.push(`${cell}: allowed=${allowed}, expected ${want.allowed}`);
            if (emergency !== (want.emergency ?? false)) failures.push(`${cell}: emergency=${emergency}`);
            if (entry?.outcome !== (want.allowed ? 'allowed' : 'denied'))
              failures.push(`${cell}: audit outcome ${entry?.outcome}`);
            if (entry && entry.client_ref !== reference) failures.push(`${cell}: audit client ${entry.client_ref}`);
            if (entry && entry.emergency !== (want.emergency ?? false))
              failures.push(`${cell}: audit emergency flag ${entry.emergency}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 180_000); // 10 roles × 8 relations × 2 states: slow on a busy machine

  it("lets a past regisseur of a closed trajectory write when they work in the family's new open trajectory", async () => {
    const db = t.db.kysely;
    const user = await buildUser(db, ['professional']);
    const team = await buildTeam(db);
    const { familyId } = await buildFamilyWithTrajectory(db, { teamId: team, regisseurId: user.id, status: 'closed' });
    const other = await buildUser(db, ['professional']);
    const open = await db
      .insertInto('trajectory')
      .values({ family_id: familyId, team_id: team, regisseur_id: other.id, status: 'in_progress' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const organisationId = (
      await db.selectFrom('app_user').select('home_organisation_id').where('id', '=', user.id).executeTakeFirstOrThrow()
    ).home_organisation_id;
    const ctx: RequestContext = {
      requestId: 'closed-then-open',
      db,
      config: t.config,
      actor: { userId: user.id, username: user.username, roles: ['professional'], organisationId, sessionId: null },
    };
    const write = () =>
      inTransaction(db, (trx) =>
        authorize(trx, ctx, { subject: 'family', id: familyId, action: 'update', purpose: 'care' }),
      );
    await expect(write()).rejects.toThrow(ForbiddenError);
    await db.insertInto('trajectory_member').values({ trajectory_id: open.id, user_id: user.id }).execute();
    await expect(write()).resolves.toMatchObject({ subjectId: familyId });
  });
});
