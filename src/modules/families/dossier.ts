// Reading a family's dossier: story and intake first, then household, network, trajectory and
// consent. BSNs leave the server only masked; the full number only through the audited reveal.
import { abilities } from '../../platform/access/abilities.js';
import { authorize, authorizeRead } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { BsnVault } from '../../platform/bsn.js';
import type { StoryKind } from '../../platform/db/schema.js';
import { bundleTemplate, many, one } from '../../platform/db/bundle.js';
import { inTransaction, type Queryable } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';
import { presentTrajectory, trajectoryParts } from '../trajectories/queries.js';
import { today } from '../../platform/clock.js';
import { consentParts, presentConsent } from './consent.js';
import { peopleQuery, presentPerson } from './person-view.js';
import type { Dossier, Person } from './schemas.js';

function storyQuery(db: Queryable, familyId: string, kind: StoryKind) {
  return db
    .selectFrom('family_story as s')
    .innerJoin('app_user as u', 'u.id', 's.author_id')
    .select(['s.kind', 's.version', 's.body', 's.told_by', 's.in_own_words', 'u.display_name', 's.created_at'])
    .where('s.family_id', '=', familyId)
    .where('s.kind', '=', kind)
    .orderBy('s.version', 'desc')
    .limit(1);
}

type StoryRow = Awaited<ReturnType<ReturnType<typeof storyQuery>['executeTakeFirst']>>;
function presentStory(row: StoryRow) {
  return row
    ? {
        kind: row.kind,
        version: row.version,
        body: row.body,
        toldBy: row.told_by,
        inOwnWords: row.in_own_words,
        author: row.display_name,
        createdAt: row.created_at,
      }
    : null;
}

/** Everything the dossier shows, as parts of ONE statement (platform/db/bundle.ts). */
function dossierParts(db: Queryable, familyId: string) {
  return {
    family: one(
      db
        .selectFrom('family as f')
        .innerJoin('municipality as m', 'm.code', 'f.municipality_code')
        .leftJoin('neighbourhood as n', 'n.code', 'f.neighbourhood_code')
        .select([
          'f.id',
          'f.reference',
          'f.postcode',
          'f.house_number',
          'm.code as m_code',
          'm.name as m_name',
          'n.code as n_code',
          'n.name as n_name',
        ])
        .where('f.id', '=', familyId)
        .limit(1),
    ),
    people: many(peopleQuery(db, familyId)),
    story: one(storyQuery(db, familyId, 'story')),
    intake: one(storyQuery(db, familyId, 'intake')),
    ...trajectoryParts(db, familyId),
    ...consentParts(db, familyId),
  };
}

// One shape for every family: built and compiled once (platform/db/template.ts).
const DOSSIER = bundleTemplate((db, v: { familyId: string }) => dossierParts(db, v.familyId));

/**
 * The dossier: the need-to-know decision (one statement), then the data and its audit row (one
 * statement); with the session check, three in all, however big the family. The ability flags
 * reuse the decision's facts where their policy asks the same (edit, who is involved).
 */
export async function readDossier(ctx: RequestContext, familyId: string): Promise<Dossier> {
  const read = await authorizeRead(ctx, {
    subject: 'family',
    id: familyId,
    action: 'read',
    purpose: 'care',
    data: 'dossier: story, members, network, trajectory, consent',
  });
  const { grant } = read;
  const r = await read.fetchBundle(DOSSIER, { familyId: grant.subjectId });
  const family = r.family;
  if (!family) throw new NotFoundError('family_not_found', { detail: 'No such family.' });
  const vault = new BsnVault(ctx.config.appSecret);
  const on = today();
  const everyone: Person[] = r.people.map((p) => presentPerson(p, vault, on));
  const people = everyone.filter((p) => p.removedOn === null);
  const formerMembers = everyone
    .filter((p) => p.removedOn !== null)
    .sort((a, b) => (b.removedOn ?? '').localeCompare(a.removedOn ?? ''));
  const trajectory = presentTrajectory(r);
  return {
    id: family.id,
    reference: family.reference,
    postcode: family.postcode,
    houseNumber: family.house_number,
    municipality: { code: family.m_code, name: family.m_name },
    neighbourhood: family.n_code && family.n_name ? { code: family.n_code, name: family.n_name } : null,
    story: presentStory(r.story),
    intake: presentStory(r.intake),
    members: people.filter((p) => p.kind !== 'network'),
    network: people.filter((p) => p.kind === 'network'),
    formerMembers,
    trajectory,
    consent: presentConsent(r, on),
    emergency: grant.emergency,
    // Each flag is the decision of the policy that decides the request it stands for.
    abilities: await abilities(
      read.db,
      grant.actor,
      {
        // Story, people, consent and the trajectory's own actions: all written under the family policy.
        edit: { subject: 'family', id: familyId, action: 'update' },
        // A new trajectory only once the last one is closed; the team is chosen (and checked) on submit.
        openTrajectory: trajectory?.status === 'closed' && {
          subject: 'trajectory_reopening',
          id: familyId,
          action: 'create',
        },
        readInvolvement: { subject: 'family_involvement', id: familyId, action: 'read' },
      },
      read.memo,
    ),
  };
}

/** The one place a full BSN leaves the server: an explicit, separately audited read. */
export function revealBsn(ctx: RequestContext, familyId: string, personId: string): Promise<{ bsn: string }> {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'read',
      purpose: 'care',
      data: `BSN of person ${personId}`,
      event: 'family.bsn_revealed',
      // Break-the-glass reads the dossier to act in an emergency; the full BSN is not needed for that.
      refuseEmergency: {
        reason: 'break-the-glass gives read access to the dossier, not the full BSN',
        code: 'bsn_not_in_emergency',
      },
    });
    const row = await trx
      .selectFrom('person')
      .select('bsn_enc')
      .where('id', '=', personId)
      .where('family_id', '=', familyId)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('person_not_found', { detail: 'No such person in this family.' });
    if (!row.bsn_enc) throw new NotFoundError('bsn_not_recorded', { detail: 'No BSN is recorded for this person.' });
    return { bsn: new BsnVault(ctx.config.appSecret).open(row.bsn_enc) };
  });
}
