// The consent record: which organisation may see what of the family, given by whom, and whether
// that is enough under the age rule for every child (consent-rule.ts).
import { sql } from 'kysely';
import { authorize, type Grant } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { missingConsenters, requiredConsenters, type ConsentPerson } from './consent-rule.js';
import type { ConsentBody, ConsentOverview, WithdrawConsentBody } from './schemas.js';
import { today } from '../../platform/clock.js';

/** The household, former members included (`current` false): they keep their name on old consents but no longer count. */
async function householdOf(trx: Tx, familyId: string) {
  const rows = await trx
    .selectFrom('person')
    .select([
      'id',
      'kind',
      'given_name',
      'family_name',
      sql<string | null>`birth_date::text`.as('birth_date'),
      'has_authority',
      'removed_at',
    ])
    .where('family_id', '=', familyId)
    .where('kind', '<>', 'network')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    birthDate: r.birth_date,
    hasAuthority: r.has_authority,
    name: `${r.given_name} ${r.family_name}`,
    current: r.removed_at === null,
  }));
}

/** Organisations that could be named: the team's own and the home organisations of the trajectory's people. */
async function candidateOrganisations(trx: Tx, familyId: string) {
  const [teamOrgs, memberOrgs] = await Promise.all([
    trx
      .selectFrom('trajectory as t')
      .innerJoin('team', 'team.id', 't.team_id')
      .innerJoin('organisation as o', 'o.id', 'team.organisation_id')
      .select(['o.id', 'o.name'])
      .where('t.family_id', '=', familyId)
      .execute(),
    trx
      .selectFrom('trajectory as t')
      .innerJoin('team_membership as tm', 'tm.team_id', 't.team_id')
      .innerJoin('app_user as u', 'u.id', 'tm.user_id')
      .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
      .select(['o.id', 'o.name'])
      .where('t.family_id', '=', familyId)
      .execute(),
  ]);
  const byId = new Map([...teamOrgs, ...memberOrgs].map((o) => [o.id, o]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export async function loadConsent(trx: Tx, grant: Grant<'family'>, on: string): Promise<ConsentOverview> {
  const familyId = grant.subjectId;
  const everyone = await householdOf(trx, familyId);
  const household = everyone.filter((p) => p.current);
  const nameOf = new Map(everyone.map((p) => [p.id, p.name]));
  const ref = (id: string) => ({ personId: id, name: nameOf.get(id) ?? '' });
  const all = await trx
    .selectFrom('family_consent as c')
    .innerJoin('organisation as o', 'o.id', 'c.organisation_id')
    .select([
      'c.id',
      'o.id as org_id',
      'o.name as org_name',
      'c.scopes',
      sql<string>`c.given_on::text`.as('given_on'),
      sql<string | null>`c.withdrawn_on::text`.as('withdrawn_on'),
      'c.note',
      'c.withdrawal_note',
    ])
    .where('c.family_id', '=', familyId)
    .orderBy('c.given_on', 'desc')
    .orderBy('c.recorded_at', 'desc')
    .execute();
  const consents = all.filter((c) => c.withdrawn_on === null);
  const givers =
    consents.length === 0
      ? []
      : await trx
          .selectFrom('family_consent_giver')
          .select(['consent_id', 'person_id'])
          .where(
            'consent_id',
            'in',
            consents.map((c) => c.id),
          )
          .execute();
  const presented = consents.map((c) => {
    const given = new Set(givers.filter((g) => g.consent_id === c.id).map((g) => g.person_id));
    const missing = missingConsenters(household, given, on);
    return {
      id: c.id,
      organisation: { id: c.org_id, name: c.org_name },
      scopes: c.scopes,
      givenOn: c.given_on,
      note: c.note,
      givenBy: [...given].map(ref),
      complete: missing.length === 0,
      missing: missing.map(ref),
    };
  });
  const children = household
    .filter((p) => p.kind === 'child')
    .map((child) => {
      const r = requiredConsenters(child, household, on);
      return { personId: child.id, name: child.name, age: r.age, rule: r.rule, required: r.personIds.map(ref) };
    });
  const noOneToAsk = children.some((c) => c.required.length === 0);
  return {
    complete: presented.length > 0 && !noOneToAsk && presented.every((c) => c.complete),
    children,
    consents: presented,
    withdrawn: all.flatMap((c) =>
      c.withdrawn_on === null
        ? []
        : [
            {
              id: c.id,
              organisation: { id: c.org_id, name: c.org_name },
              scopes: c.scopes,
              givenOn: c.given_on,
              withdrawnOn: c.withdrawn_on,
              note: c.withdrawal_note,
            },
          ],
    ),
    organisations: await candidateOrganisations(trx, familyId),
  };
}

export function recordConsent(ctx: RequestContext, familyId: string, body: ConsentBody): Promise<ConsentOverview> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'update',
      purpose: 'care',
      data: `consent recorded for organisation ${body.organisationId}: ${body.scopes.join(', ')}`,
      event: 'family.consent_recorded',
    });
    const household: ConsentPerson[] = (await householdOf(trx, familyId)).filter((p) => p.current);
    const ids = new Set(household.map((p) => p.id));
    const stranger = body.givenByPersonIds.findIndex((id) => !ids.has(id));
    if (stranger >= 0)
      throw new ValidationError('consent_giver_not_in_family', {
        detail: 'Consent can only be given by members of this household.',
        errors: [{ path: `givenByPersonIds.${stranger}`, message: 'not a member of this household' }],
      });
    const org = await trx
      .selectFrom('organisation')
      .select('id')
      .where('id', '=', body.organisationId)
      .executeTakeFirst();
    if (!org)
      throw new ValidationError('unknown_reference', {
        detail: 'No such organisation.',
        errors: [{ path: 'organisationId', message: 'unknown organisation' }],
      });
    const row = await trx
      .insertInto('family_consent')
      .values({
        family_id: familyId,
        organisation_id: body.organisationId,
        scopes: body.scopes,
        given_on: body.givenOn,
        note: body.note ?? null,
        recorded_by: grant.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('family_consent_giver')
      .values([...new Set(body.givenByPersonIds)].map((person_id) => ({ consent_id: row.id, person_id })))
      .execute();
    return loadConsent(trx, grant, today());
  });
}

/**
 * The family withdraws a consent from a given day on. The record stays (and shows as withdrawn);
 * it no longer counts for completeness. Withdrawing twice is a conflict, not a silent no-op.
 */
export function withdrawConsent(
  ctx: RequestContext,
  familyId: string,
  consentId: string,
  body: WithdrawConsentBody,
): Promise<ConsentOverview> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'family',
      id: familyId,
      action: 'update',
      purpose: 'care',
      data: `consent ${consentId} withdrawn`,
      event: 'family.consent_withdrawn',
    });
    const consent = await trx
      .selectFrom('family_consent')
      .select([sql<string>`given_on::text`.as('given_on'), 'withdrawn_on'])
      .where('id', '=', consentId)
      .where('family_id', '=', familyId)
      .forUpdate()
      .executeTakeFirst();
    if (!consent) throw new NotFoundError('consent_not_found', { detail: 'No such consent for this family.' });
    if (consent.withdrawn_on !== null)
      throw new ConflictError('consent_already_withdrawn', { detail: 'This consent has already been withdrawn.' });
    if (body.withdrawnOn < consent.given_on) {
      throw new ValidationError('withdrawn_before_given', {
        detail: 'A consent cannot be withdrawn before the day it was given.',
        errors: [{ path: 'withdrawnOn', message: 'before the day the consent was given' }],
      });
    }
    await trx
      .updateTable('family_consent')
      .set({
        withdrawn_on: body.withdrawnOn,
        withdrawn_by: grant.actor.userId,
        withdrawn_at: new Date(),
        withdrawal_note: body.note ?? null,
      })
      .where('id', '=', consentId)
      .execute();
    return loadConsent(trx, grant, today());
  });
}
