// The family-rights SQL. Every query takes the Viewer the access decision resolved through the authority
// policy, and scopes by it: the rows of the household members this viewer sees (their own, and those of
// the minors under their authority), the family's shared file only for who sees it.
import { sql } from 'kysely';
import type { Queryable } from '../../platform/db/transaction.js';
import type { Viewer } from './viewer.js';

export function statementsQuery(db: Queryable, v: Viewer) {
  return db
    .selectFrom('family_statement as s')
    .innerJoin('person as p', 'p.id', 's.person_id')
    .select(['s.id', 's.title', 's.body', 's.person_id', 's.created_at', 'p.given_name'])
    .where('s.family_id', '=', v.familyId)
    .where('s.person_id', 'in', v.visiblePersonIds)
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id');
}

export function requestsQuery(db: Queryable, v: Viewer) {
  return db
    .selectFrom('family_rights_request as r')
    .select([
      'r.id',
      'r.kind',
      'r.about',
      'r.body',
      'r.person_id',
      sql<string>`r.submitted_on::text`.as('submitted_on'),
      sql<string>`r.due_on::text`.as('due_on'),
      'r.status',
      'r.answer',
      'r.answered_role',
      sql<string | null>`(r.answered_at at time zone 'Europe/Amsterdam')::date::text`.as('answered_on'),
    ])
    .where('r.family_id', '=', v.familyId)
    .where('r.person_id', 'in', v.visiblePersonIds)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id');
}

const REFERRAL_INDEX_SUBJECTS = [
  'family_involvement',
  'involvement_registration',
  'involvement_match',
  'involvement_coordinator',
];

/**
 * Professionals' allowed accesses to the family's data, newest first (audit_event_client_access_idx).
 * The family's own portal reads are left out. Accesses to a person's record show to who sees that
 * person's records; the rest (the dossier, plan, meetings) to who sees the family's shared file.
 */
export function accessLogQuery(db: Queryable, v: Viewer) {
  return (
    db
      .selectFrom('audit_event as a')
      .leftJoin('organisation as o', 'o.id', 'a.actor_organisation_id')
      .select([
        'a.id',
        'a.occurred_at',
        'a.action',
        'a.subject_type',
        'a.actor_role',
        'o.name as organisation',
        'a.purpose',
        'a.emergency',
        sql<boolean>`exists (select 1 from family_rights_request q where q.audit_event_id = a.id)`.as('asked'),
      ])
      .where('a.client_ref', '=', v.familyReference)
      .where('a.outcome', '=', 'allowed')
      .where('a.actor_role', '<>', 'family')
      // The referral index is for professionals: not even a look at it appears here.
      .where('a.subject_type', 'not in', REFERRAL_INDEX_SUBJECTS)
      .where((eb) =>
        eb.or([
          eb.and([eb('a.subject_type', '=', 'person'), eb('a.subject_id', 'in', v.visiblePersonIds)]),
          ...(v.scope === 'household' ? [eb('a.subject_type', '<>', 'person')] : []),
        ]),
      )
      .orderBy('a.occurred_at', 'desc')
      .orderBy('a.id', 'desc')
  );
}

/** The professionals' queue: the privacy officer sees every request, a regisseur those of their open trajectories. */
export function queueQuery(db: Queryable, userId: string, officer: boolean, status: 'open' | 'closed') {
  return db
    .selectFrom('family_rights_request as r')
    .innerJoin('family as f', 'f.id', 'r.family_id')
    .select([
      'r.id',
      'r.family_id',
      'f.reference',
      'r.kind',
      'r.about',
      'r.body',
      'r.audit_event_id',
      sql<string>`r.submitted_on::text`.as('submitted_on'),
      sql<string>`r.due_on::text`.as('due_on'),
      'r.status',
      'r.answer',
      sql<string | null>`(r.answered_at at time zone 'Europe/Amsterdam')::date::text`.as('answered_on'),
    ])
    .$if(status === 'open', (q) => q.where('r.status', '=', 'open'))
    .$if(status === 'closed', (q) => q.where('r.status', '<>', 'open'))
    .$if(!officer, (q) =>
      q
        .where('r.kind', '<>', 'access_question')
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('trajectory as t')
              .select(sql.lit(1).as('one'))
              .whereRef('t.family_id', '=', 'r.family_id')
              .where('t.regisseur_id', '=', userId)
              .where('t.status', '<>', 'closed'),
          ),
        ),
    );
}
