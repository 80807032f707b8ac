// "All my data" (Jeugdwet 7.3.10, AVG art. 15/20): what this viewer may see of the family's file, as
// JSON and as a readable PDF, in ONE audited statement (action 'export'). What the authority policy
// lets this viewer see: the records of the household members they see (their own, their minors'), and
// the shared file (plan, meetings, story) when they see it — a parent with authority, a young person
// from 12; a parent without authority gets what concerns themselves. No BSN (the dossier shows its own masked; a copy travels), no internal notes of
// professionals, nothing of the referral index. The download's URL names nothing personal.
import { sql } from 'kysely';
import type { RequestContext } from '../../platform/access/context.js';
import { many, one } from '../../platform/db/bundle.js';
import type { Queryable } from '../../platform/db/transaction.js';
import { now, today } from '../../platform/clock.js';
import { familyRead } from './access.js';
import * as q from './queries.js';
import type { Viewer } from './viewer.js';

function exportParts(db: Queryable, v: Viewer) {
  const household = v.scope === 'household';
  const persons = db
    .selectFrom('person')
    .select([
      'given_name',
      'family_name',
      'kind',
      sql<string | null>`birth_date::text`.as('birth_date'),
      'has_authority',
      'network_relation',
    ])
    .where('family_id', '=', v.familyId)
    .where('removed_at', 'is', null)
    .where('id', 'in', v.visiblePersonIds)
    .orderBy('kind')
    .orderBy('given_name');
  return {
    family: one(
      db.selectFrom('family').select(['reference', 'postcode', 'house_number']).where('id', '=', v.familyId).limit(1),
    ),
    persons: many(persons),
    plan: one(
      db
        .selectFrom('plan as p')
        .innerJoin('plan_version as pv', (j) =>
          j.onRef('pv.family_id', '=', 'p.family_id').onRef('pv.version', '=', 'p.current_version'),
        )
        .select(['pv.version', 'pv.content', 'pv.created_at'])
        .where('p.family_id', '=', v.familyId)
        .$if(!household, (x) => x.where(sql<boolean>`false`))
        .limit(1),
    ),
    signOffs: many(
      db
        .selectFrom('plan_sign_off')
        .select(['version', 'signed_by_name', sql<string>`signed_on::text`.as('signed_on')])
        .where('family_id', '=', v.familyId)
        .$if(!household, (x) => x.where('signed_by_user_id', '=', v.userId))
        .orderBy('signed_on'),
    ),
    meetings: many(
      db
        .selectFrom('meeting')
        .select([sql<string>`held_on::text`.as('held_on'), 'kind', 'location'])
        .where('family_id', '=', v.familyId)
        .$if(!household, (x) => x.where(sql<boolean>`false`))
        .orderBy('held_on'),
    ),
    story: many(
      db
        .selectFrom('family_story as s')
        .select(['s.kind', 's.version', 's.body', 's.created_at'])
        .where('s.family_id', '=', v.familyId)
        .where(
          's.version',
          '=',
          sql<number>`(select max(s2.version) from family_story s2 where s2.family_id = s.family_id and s2.kind = s.kind)`,
        )
        .$if(!household, (x) => x.where(sql<boolean>`false`)),
    ),
    decisions: many(
      db
        .selectFrom('decision')
        .select(['reference', 'outcome', 'decided_at', 'motivation'])
        .where('family_id', '=', v.familyId)
        .where('person_id', 'in', v.visiblePersonIds)
        .orderBy('decided_at'),
    ),
    consents: many(
      db
        .selectFrom('family_consent as c')
        .innerJoin('organisation as o', 'o.id', 'c.organisation_id')
        .select([
          'o.name as organisation',
          'c.scopes',
          sql<string>`c.given_on::text`.as('given_on'),
          sql<string | null>`c.withdrawn_on::text`.as('withdrawn_on'),
        ])
        .where('c.family_id', '=', v.familyId)
        .$if(!household, (x) =>
          x.where((eb) =>
            eb.exists(
              eb
                .selectFrom('family_consent_giver as g')
                .select(sql.lit(1).as('one'))
                .whereRef('g.consent_id', '=', 'c.id')
                .where('g.person_id', 'in', v.visiblePersonIds),
            ),
          ),
        )
        .orderBy('c.given_on'),
    ),
    statements: many(q.statementsQuery(db, v)),
    requests: many(q.requestsQuery(db, v)),
  };
}

export interface FamilyExport {
  exportedAt: string;
  scope: Viewer['scope'];
  sections: Record<string, unknown>;
}

export async function exportData(ctx: RequestContext): Promise<FamilyExport> {
  const { read, viewer } = await familyRead(
    ctx,
    "all the family's data this person may see (copy, Jeugdwet 7.3.10)",
    'export',
  );
  const d = await read.fetch(exportParts(read.db, viewer));
  return {
    exportedAt: now().toISOString(),
    scope: viewer.scope,
    sections: {
      family: d.family
        ? { reference: d.family.reference, postcode: d.family.postcode, houseNumber: d.family.house_number }
        : null,
      persons: d.persons.map((p) => ({
        givenName: p.given_name,
        familyName: p.family_name,
        kind: p.kind,
        birthDate: p.birth_date,
        hasAuthority: p.has_authority,
        networkRelation: p.network_relation,
      })),
      plan: d.plan ? { version: d.plan.version, content: d.plan.content, since: d.plan.created_at } : null,
      planSignOffs: d.signOffs.map((s) => ({ version: s.version, signedBy: s.signed_by_name, signedOn: s.signed_on })),
      meetings: d.meetings.map((m) => ({ heldOn: m.held_on, kind: m.kind, location: m.location })),
      story: d.story.map((s) => ({ kind: s.kind, version: s.version, text: s.body, writtenAt: s.created_at })),
      decisions: d.decisions.map((x) => ({
        reference: x.reference,
        outcome: x.outcome,
        decidedAt: x.decided_at,
        motivation: x.motivation,
      })),
      consents: d.consents.map((c) => ({
        organisation: c.organisation,
        scopes: c.scopes,
        givenOn: c.given_on,
        withdrawnOn: c.withdrawn_on,
      })),
      statements: d.statements.map((s) => ({ title: s.title, text: s.body, by: s.given_name, at: s.created_at })),
      requests: d.requests.map((r) => ({
        kind: r.kind,
        about: r.about,
        text: r.body,
        submittedOn: r.submitted_on,
        dueOn: r.due_on,
        status: r.status,
        answer: r.answer,
      })),
    },
  };
}

/** The file name of a download: the date only, nothing personal. */
export function exportFileName(ext: 'json' | 'pdf'): string {
  return `mijn-gegevens-keukentafel-${today()}.${ext}`;
}
