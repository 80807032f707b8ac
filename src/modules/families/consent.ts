// The consent record: which organisation may see what of the family, given by whom, and whether
// that is enough under the age rule for every child (consent-rule.ts).
import { sql } from 'kysely';
import { authorize, type Grant } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { fetchAll, many } from '../../platform/db/bundle.js';
import { inTransaction, type Queryable, type Tx } from '../../platform/db/transaction.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { missingConsenters, requiredConsenters, type ConsentPerson } from './consent-rule.js';
import type { ConsentBody, ConsentOverview, WithdrawConsentBody } from './schemas.js';
import { today } from '../../platform/clock.js';

/** The household, former members included (`current` false): they keep their name on old consents but no longer count. */
function householdQuery(db: Queryable, familyId: string) {
  return db
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
    .where('kind', '<>', 'network');
}

/** Organisations that could be named: the team's own and the home organisations of the trajectory's people. */
function teamOrganisations(db: Queryable, familyId: string) {
  return db
    .selectFrom('trajectory as t')
    .innerJoin('team', 'team.id', 't.team_id')
    .innerJoin('organisation as o', 'o.id', 'team.organisation_id')
    .select(['o.id', 'o.name'])
    .where('t.family_id', '=', familyId);
}
function memberOrganisations(db: Queryable, familyId: string) {
  return db
    .selectFrom('trajectory as t')
    .innerJoin('team_membership as tm', 'tm.team_id', 't.team_id')
    .innerJoin('app_user as u', 'u.id', 'tm.user_id')
    .innerJoin('organisation as o', 'o.id', 'u.home_organisation_id')
    .select(['o.id', 'o.name'])
    .where('t.family_id', '=', familyId);
}

/** The consent overview's parts, for one statement (platform/db/bundle.ts). */
export function consentParts(db: Queryable, familyId: string) {
  return {
    consentHousehold: many(householdQuery(db, familyId)),
    consents: many(
      db
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
        .orderBy('c.recorded_at', 'desc'),
    ),
    consentGivers: many(
      db
        .selectFrom('family_consent_giver as g')
        .innerJoin('family_consent as gc', 'gc.id', 'g.consent_id')
        .select(['g.consent_id', 'g.person_id'])
        .where('gc.family_id', '=', familyId)
        .where('gc.withdrawn_on', 'is', null),
    ),
    consentTeamOrgs: many(teamOrganisations(db, familyId)),
    consentMemberOrgs: many(memberOrganisations(db, familyId)),
  };
}

type Parts = Awaited<ReturnType<typeof fetchAll<ReturnType<typeof consentParts>>>>;

type HouseholdRow = Parts['consentHousehold'][number];
const presentHousehold = (rows: HouseholdRow[]) =>
  rows.map((p) => ({
    id: p.id,
    kind: p.kind,
    birthDate: p.birth_date,
    hasAuthority: p.has_authority,
    name: `${p.given_name} ${p.family_name}`,
    current: p.removed_at === null,
  }));

async function householdOf(trx: Tx, familyId: string) {
  return presentHousehold(await householdQuery(trx, familyId).execute());
}

export function presentConsent(parts: Parts, on: string): ConsentOverview {
  const everyone = presentHousehold(parts.consentHousehold);
  const household = everyone.filter((p) => p.current);
  const nameOf = new Map(everyone.map((p) => [p.id, p.name]));
  const ref = (id: string) => ({ personId: id, name: nameOf.get(id) ?? '' });
  const all = parts.consents;
  const consents = all.filter((c) => c.withdrawn_on === null);
  const givers = parts.consentGivers;
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
    organisations: [
      ...new Map([...parts.consentTeamOrgs, ...parts.consentMemberOrgs].map((o) => [o.id, o])).values(),
    ].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}

/** The consent overview (one statement). */
export async function loadConsent(trx: Tx, grant: Grant<'family'>, on: string): Promise<ConsentOverview> {
  return presentConsent(await fetchAll(trx, consentParts(trx, grant.subjectId)), on);
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
        errors: [{ path: `givenByPersonIds.${stranger}`, message: 'consent_giver_not_in_family' }],
      });
    const org = await trx
      .selectFrom('organisation')
      .select('id')
      .where('id', '=', body.organisationId)
      .executeTakeFirst();
    if (!org)
      throw new ValidationError('unknown_reference', {
        detail: 'No such organisation.',
        errors: [{ path: 'organisationId', message: 'unknown_reference' }],
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
        errors: [{ path: 'withdrawnOn', message: 'withdrawn_before_given' }],
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
