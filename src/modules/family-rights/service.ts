// The family's statement (Jeugdwet 7.3.8 lid 2), its requests for correction or deletion (7.3.9) and
// its questions about the access log (NEN 7513): written by a household member through the portal,
// audited like a professional's access, and announced to who must answer (content-free).
import { sql } from 'kysely';
import { many as manyOf } from '../../platform/db/bundle.js';
import { authorizeRead } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { today } from '../../platform/clock.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/errors.js';
import { notify } from '../../platform/notify/notify.js';
import { familyRead, familyWrite } from './access.js';
import { answerDueOn } from './deadline.js';
import * as q from './queries.js';
import type { RightsRequest, RightsRequestBody, StatementBody } from './schemas.js';
import type { Viewer } from './viewer.js';

type StatementRow = Awaited<ReturnType<ReturnType<typeof q.statementsQuery>['execute']>>[number];
type RequestRow = Awaited<ReturnType<ReturnType<typeof q.requestsQuery>['execute']>>[number];

const presentStatement = (v: Viewer) => (s: StatementRow) => ({
  id: s.id,
  title: s.title,
  body: s.body,
  author: s.given_name,
  mine: s.person_id === v.personId,
  createdAt: s.created_at,
});

export const presentRequest =
  (v: Viewer) =>
  (r: RequestRow): RightsRequest => ({
    id: r.id,
    kind: r.kind,
    about: r.about,
    body: r.body,
    mine: r.person_id === v.personId,
    submittedOn: r.submitted_on,
    dueOn: r.due_on,
    status: r.status,
    answer: r.answer,
    answeredOn: r.answered_on,
    answeredByRole: r.answered_role,
  });

export async function listStatements(ctx: RequestContext) {
  const { read, viewer } = await familyRead(ctx, "the family's own statements");
  const { rows } = await read.fetch({ rows: manyOf(q.statementsQuery(read.db, viewer)) });
  return { items: rows.map(presentStatement(viewer)) };
}

/** The team reads the family's statements in the dossier: the family's need-to-know path (families/policy.ts). */
export async function statementsForTeam(ctx: RequestContext, familyId: string) {
  const read = await authorizeRead(ctx, {
    subject: 'family',
    id: familyId,
    action: 'read',
    purpose: 'care',
    data: "the family's own statements (Jeugdwet 7.3.8)",
  });
  const { rows } = await read.fetch({
    rows: manyOf(
      read.db
        .selectFrom('family_statement as s')
        .innerJoin('person as p', 'p.id', 's.person_id')
        .select(['s.id', 's.title', 's.body', 's.created_at', 'p.given_name'])
        .where('s.family_id', '=', read.grant.subjectId)
        .orderBy('s.created_at', 'desc')
        .orderBy('s.id'),
    ),
  });
  return {
    items: rows.map((s) => ({
      id: s.id,
      title: s.title,
      body: s.body,
      author: s.given_name,
      mine: false,
      createdAt: s.created_at,
    })),
  };
}

export function addStatement(ctx: RequestContext, body: StatementBody) {
  return inTransaction(ctx.db, async (trx) => {
    const { viewer } = await familyWrite(
      trx,
      ctx,
      'family_rights.statement_added',
      'own statement added to the file (Jeugdwet 7.3.8)',
    );
    const row = await trx
      .insertInto('family_statement')
      .values({
        family_id: viewer.familyId,
        person_id: viewer.personId,
        author_user_id: viewer.userId,
        title: body.title,
        body: body.body,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const added = await q.statementsQuery(trx, viewer).where('s.id', '=', row.id).executeTakeFirstOrThrow();
    return presentStatement(viewer)(added);
  });
}

export async function listRequests(ctx: RequestContext) {
  const { read, viewer } = await familyRead(ctx, "the family's own requests and their answers");
  const { rows } = await read.fetch({ rows: manyOf(q.requestsQuery(read.db, viewer)) });
  return { items: rows.map(presentRequest(viewer)) };
}

/** Who must answer: the family's regisseurs (open trajectories) unless it is a question about the log, and every privacy officer. */
async function announce(trx: Tx, familyId: string, kind: RightsRequest['kind']) {
  const people = await trx
    .selectFrom('app_user as u')
    .select('u.id')
    .where('u.active', '=', true)
    .where((eb) =>
      eb.or([
        sql<boolean>`'privacy_officer' = ANY(u.roles)`,
        ...(kind === 'access_question'
          ? []
          : [
              eb.exists(
                eb
                  .selectFrom('trajectory as t')
                  .select(sql.lit(1).as('one'))
                  .whereRef('t.regisseur_id', '=', 'u.id')
                  .where('t.family_id', '=', familyId)
                  .where('t.status', '<>', 'closed'),
              ),
            ]),
      ]),
    )
    .execute();
  for (const p of people) await notify(trx, p.id, 'family_rights_request', '/verzoeken-gezin');
}

async function insertRequest(
  trx: Tx,
  viewer: Viewer,
  values: { kind: RightsRequest['kind']; about: string; body: string; audit_event_id?: number },
) {
  const submitted = today();
  const row = await trx
    .insertInto('family_rights_request')
    .values({
      family_id: viewer.familyId,
      person_id: viewer.personId,
      requester_user_id: viewer.userId,
      kind: values.kind,
      about: values.about,
      body: values.body,
      audit_event_id: values.audit_event_id ?? null,
      submitted_on: submitted,
      due_on: answerDueOn(submitted),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await announce(trx, viewer.familyId, values.kind);
  const added = await q.requestsQuery(trx, viewer).where('r.id', '=', row.id).executeTakeFirstOrThrow();
  return presentRequest(viewer)(added);
}

export function addRequest(ctx: RequestContext, body: RightsRequestBody) {
  return inTransaction(ctx.db, async (trx) => {
    const { viewer } = await familyWrite(
      trx,
      ctx,
      `family_rights.${body.kind}_requested`,
      `request for ${body.kind} of data (Jeugdwet 7.3.9)`,
    );
    return insertRequest(trx, viewer, body);
  });
}

/** A question about one entry of the family's own access log: the entry must be one the viewer sees. */
export function askAboutEntry(ctx: RequestContext, entryId: string, body: string) {
  return inTransaction(ctx.db, async (trx) => {
    const { viewer } = await familyWrite(
      trx,
      ctx,
      'family_rights.access_question',
      'question about an access-log entry',
    );
    const entry = await q.accessLogQuery(trx, viewer).where('a.id', '=', Number(entryId)).executeTakeFirst();
    if (!entry) throw new NotFoundError('access_entry_not_found', { detail: 'No such entry in your access log.' });
    return insertRequest(trx, viewer, {
      kind: 'access_question',
      about: `access ${entry.occurred_at.toISOString()}`,
      body,
      audit_event_id: Number(entryId),
    });
  });
}
