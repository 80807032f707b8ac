// The family's plan in the portal: the current version, shown item by item as the law allows this
// household member (authority/policy.ts), with their comments and own proposals. One decision statement
// and one data statement (with its audit row): with the session check, three in all.
import { authorizeRead, requireActor } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { mayMarkDone, maySignOff, mayShieldFromParents, type PortalItem } from '../family-authority/index.js';
import { readContent, type PlanContent } from '../plans/content.js';
import { portalContext, type PortalContext } from './context.js';
import * as q from './queries.js';
import type { PortalPlan } from './schemas.js';
import { LEGACY_VIEWER_ID } from '../family-authority/viewer.js';

const PURPOSE = 'family portal';

type Rows = Awaited<ReturnType<typeof readRows>>;
function readRows(read: Awaited<ReturnType<typeof authorizePortalRead>>) {
  return read.fetch(q.planParts(read.db, read.grant));
}
export function authorizePortalRead(ctx: RequestContext, familyId: string, data: string) {
  return authorizeRead(ctx, { subject: 'portal_family', id: familyId, action: 'read', purpose: PURPOSE, data });
}

function meta(c: PortalContext, id: string, item: PortalItem) {
  const person = c.personOf(id);
  return {
    id,
    about: c.nameOf(person),
    mine: person !== null && person === c.viewer.personId,
    shieldedFromParents: item.kind === 'person_part' && item.youthShielded,
    canShield: mayShieldFromParents(c.viewer, item),
  };
}

/** The visible items of a plan section, each with whose it is. */
function visible<T extends { id: string }>(c: PortalContext, items: readonly T[]) {
  return items.flatMap((it) => {
    const item = c.planItem(it.id);
    return c.sees(item) ? [{ it, m: meta(c, it.id, item) }] : [];
  });
}

export function presentPlan(c: PortalContext, content: PlanContent, rows: Pick<Rows, 'comments'>, userId: string) {
  const comments = rows.comments;
  const byPriority = (a: { priority: number | null }, b: { priority: number | null }) =>
    (a.priority ?? 99) - (b.priority ?? 99);
  return {
    strengths: visible(c, content.strengths).map(({ it, m }) => ({ ...m, kind: it.kind, text: it.text })),
    concerns: visible(c, [...content.concerns].sort(byPriority)).map(({ it, m }) => ({
      ...m,
      text: it.text,
      priority: it.priority,
      voices: it.voices,
    })),
    goals: visible(c, content.goals).map(({ it, m }) => ({
      ...m,
      domain: it.domain,
      what: it.what,
      byWhen: it.byWhen,
      howWeKnow: it.howWeKnow,
    })),
    actions: visible(c, content.actions).map(({ it, m }) => ({
      ...m,
      // A goal the viewer may not see is not named (its id would point at nothing on their page).
      goalId: it.goalId !== null && c.sees(c.planItem(it.goalId)) ? it.goalId : null,
      what: it.what,
      ownerName: it.owner.name,
      ownerKind: it.owner.kind,
      due: it.due,
      status: it.status,
      canMarkDone: mayMarkDone(c.viewer, c.personOf(it.id)) && it.status !== 'done' && it.status !== 'cancelled',
      comments: comments
        .filter((r) => r.action_id === it.id)
        .map((r) => ({
          id: r.id,
          authorName: r.author_name,
          mine: r.author_id === userId,
          body: r.body,
          createdAt: r.created_at,
        })),
    })),
    safetyAgreements: visible(c, content.safetyAgreements).map(({ it, m }) => ({ ...m, text: it.text })),
    reviews: visible(c, content.reviews).map(({ it, m }) => ({ ...m, date: it.date, note: it.note })),
  };
}

export async function readPortalPlan(ctx: RequestContext, familyId: string): Promise<PortalPlan> {
  const actor = requireActor(ctx);
  const read = await authorizePortalRead(ctx, familyId, 'plan as the family sees it');
  const rows = await readRows(read);
  const c = await portalContext(read.db, read.grant, read.memo, rows);
  const current = rows.current;
  const signed = current
    ? rows.signOffs.find((s) => s.version === current.version && s.signed_by_user_id === actor.userId)
    : undefined;
  const me = c.viewer.personId === LEGACY_VIEWER_ID ? null : c.members.get(c.viewer.personId);
  const open = rows.openTrajectory !== undefined;
  const mayAgree = current !== undefined && open && maySignOff(c.viewer);
  return {
    familyId,
    viewer: { givenName: me?.givenName ?? null, band: c.viewer.band, hasAuthority: c.viewer.hasAuthority },
    plan: current
      ? {
          version: current.version,
          updatedAt: current.created_at,
          updatedBy: current.author_name,
          ...presentPlan(c, readContent(current.content), rows, actor.userId),
        }
      : null,
    signOff: { needed: mayAgree && !signed, signedOn: signed?.signed_on ?? null },
    proposals: rows.proposals.map((p) => ({
      id: p.id,
      kind: p.kind,
      body: p.body,
      proposedAt: p.proposed_at,
      status: p.status,
      answer: p.answer,
      answeredByName: p.answered_by_name,
      answeredAt: p.answered_at,
    })),
    abilities: { signOff: mayAgree, propose: open, comment: open },
  };
}
