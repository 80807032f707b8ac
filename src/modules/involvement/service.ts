// Web use cases of the referral index: register, my organisation's registrations (and those whose
// informing is still open), withdraw, mark informed; the match list and "contact made"; who is
// involved with a family; the municipality's match coordinator. One transaction each, authorize() first.
import { sql } from 'kysely';
import { authorize, authorizeRead } from '../../platform/access/authorize.js';
import type { RequestContext } from '../../platform/access/context.js';
import { BsnVault } from '../../platform/bsn.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { archiveRegistrations } from './archive.js';
import { loadMatch, matchListQuery, presentListedMatch, type MatchFilter } from './match-queries.js';
import { getRegistration, presentRegistration, registrationListQuery, type RegistrationFilter } from './queries.js';
import { registerInvolvement } from './register.js';
import type {
  MatchList,
  RecordContactBody,
  RegistrationBody,
  RegistrationCreated,
  RegistrationList,
} from './schemas.js';
import type { Paging } from '../../platform/http/paging.js';
import { today } from '../../platform/clock.js';

const PURPOSE = 'referral index';
const vaultOf = (ctx: RequestContext) => new BsnVault(ctx.config.appSecret);

export function createRegistration(ctx: RequestContext, body: RegistrationBody): Promise<RegistrationCreated> {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'involvement_registration',
      id: null,
      action: 'create',
      purpose: PURPOSE,
      data: `registration on risk ground ${body.riskGround}`,
    });
    const org = await trx
      .selectFrom('organisation')
      .select('municipality_code')
      .where('id', '=', grant.actor.organisationId)
      .executeTakeFirstOrThrow();
    const vault = vaultOf(ctx);
    const result = await registerInvolvement(
      trx,
      vault,
      {
        organisationId: grant.actor.organisationId,
        userId: grant.actor.userId,
        apiKeyId: null,
        defaultMunicipality: org.municipality_code,
      },
      body,
      new Date(),
    );
    const readGrant = await authorize(trx, ctx, {
      subject: 'involvement_registration',
      id: result.id,
      action: 'read',
      purpose: PURPOSE,
      data: 'the new registration',
    });
    return {
      registration: await getRegistration(trx, readGrant, vault),
      matches: result.matches,
      historyNotice: result.historyNotice,
    };
  });
}

/**
 * One page of the organisation's registrations (GET and POST …/search alike): the session check and
 * one statement (page, real total, open matches, history notices and the audit row).
 */
export async function listMyRegistrations(
  ctx: RequestContext,
  filter: RegistrationFilter & Pick<Paging, 'page' | 'pageSize'>,
): Promise<RegistrationList> {
  // Listing one's own organisation's registrations is decided on the role alone: no statement.
  const read = await authorizeRead(ctx, {
    subject: 'involvement_registration',
    id: null,
    action: 'search',
    purpose: PURPOSE,
    data: `${filter.informingOpen ? 'registrations with informing open' : "own organisation's registrations"}${
      filter.q ? ', searched by BSN or contact name' : ''
    }`,
  });
  const vault = vaultOf(ctx);
  const on = today();
  return read.page(registrationListQuery(read.db, read.grant, vault, filter), filter, (r) =>
    presentRegistration(r, vault, on),
  );
}

export function readRegistration(ctx: RequestContext, id: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'involvement_registration',
      id,
      action: 'read',
      purpose: PURPOSE,
      data: 'registration',
    });
    return getRegistration(trx, grant, vaultOf(ctx));
  });
}

/** Removal on the registrant's request: the registration goes to the history archive at once. */
export function withdrawRegistration(ctx: RequestContext, id: string) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'involvement_registration',
      id,
      action: 'delete',
      purpose: PURPOSE,
      data: 'registration withdrawn by the registrant',
      event: 'involvement_registration.withdrawn',
    });
    await archiveRegistrations(trx, [{ id, reason: 'withdrawn' }], new Date());
  });
}

export function markInformed(ctx: RequestContext, id: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'involvement_registration',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: 'informing of parents/youth done',
      event: 'involvement_registration.informed',
    });
    const res = await trx
      .updateTable('involvement_registration')
      .set({ informed_at: new Date(), informed_by: grant.actor.userId })
      .where('id', '=', id)
      .where('informed_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0)
      throw new ConflictError('already_informed', { detail: 'Informing is already recorded for this registration.' });
    return getRegistration(trx, grant, vaultOf(ctx));
  });
}

/**
 * One page of the matches the caller coordinates or is a party to (GET and POST …/search alike): the
 * session check and one statement (page, real total, parties, follow-up count and the audit row).
 */
export async function listMatches(
  ctx: RequestContext,
  filter: MatchFilter & Pick<Paging, 'page' | 'pageSize'>,
): Promise<MatchList> {
  const read = await authorizeRead(ctx, {
    subject: 'involvement_match',
    id: null,
    action: 'search',
    purpose: PURPOSE,
    data: filter.q
      ? 'matches searched by organisation, contact or municipality: contact details only'
      : 'matches: contact details only',
  });
  let awaitingMe = 0;
  const page = await read.page(matchListQuery(read.db, read.grant, filter), filter, (r) => {
    awaitingMe = Number(r.awaiting_me_total);
    return presentListedMatch(r, read.grant.actor);
  });
  return { ...page, awaitingMe };
}

export function readMatch(ctx: RequestContext, id: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'involvement_match',
      id,
      action: 'read',
      purpose: PURPOSE,
      data: 'match: contact details; the young person by name and dossier number where you work with the family',
    });
    return loadMatch(trx, grant);
  });
}

/** The coordinator records that the professionals actually contacted each other. */
export function recordContact(ctx: RequestContext, id: string, contact: RecordContactBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'involvement_match',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: 'contact between professionals recorded',
      event: 'involvement_match.contact_recorded',
    });
    const res = await trx
      .updateTable('involvement_match')
      .set({
        contact_recorded_at: new Date(),
        contact_recorded_by: grant.actor.userId,
        contact_note: contact.note ?? null,
        contact_method: contact.method ?? null,
      })
      .where('id', '=', grant.subjectId)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw new ConflictError('match_closed', { detail: 'This match is closed.' });
    return loadMatch(trx, grant);
  });
}

/** "Who is involved": organisations and contacts of active registrations for the family's current members (a removed member no longer links the family). */
export function familyInvolvement(ctx: RequestContext, familyId: string) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'family_involvement',
      id: familyId,
      action: 'read',
      purpose: 'care',
      data: 'who is involved (referral index: organisations and contacts)',
      event: 'family.involvement_read',
    });
    const rows = await trx
      .selectFrom('person as p')
      .innerJoin('involvement_registration as r', 'r.youth_bsn_hash', 'p.bsn_hash')
      .innerJoin('organisation as o', 'o.id', 'r.organisation_id')
      .select([
        'p.id as person_id',
        'p.given_name',
        'o.name',
        'r.contact_name',
        'r.contact_phone',
        'r.contact_email',
        'r.registered_at',
        sql<string>`r.ends_on::text`.as('ends_on'),
      ])
      .where('p.family_id', '=', familyId)
      .where('p.bsn_hash', 'is not', null)
      .where('p.removed_at', 'is', null)
      .orderBy('p.given_name')
      .orderBy('r.registered_at')
      .execute();
    return {
      items: rows.map((r) => ({
        personId: r.person_id,
        personName: r.given_name,
        organisationName: r.name,
        contactName: r.contact_name,
        contactPhone: r.contact_phone,
        contactEmail: r.contact_email,
        registeredAt: r.registered_at,
        endsOn: r.ends_on,
      })),
    };
  });
}

export function listCoordinators(ctx: RequestContext) {
  return inTransaction(ctx.db, async (trx) => {
    await authorize(trx, ctx, {
      subject: 'involvement_coordinator',
      id: null,
      action: 'read',
      purpose: 'administration',
      data: 'match coordinators per municipality',
    });
    const rows = await trx
      .selectFrom('municipality as m')
      .leftJoin('involvement_coordinator as c', 'c.municipality_code', 'm.code')
      .leftJoin('app_user as u', 'u.id', 'c.user_id')
      .select(['m.code', 'm.name', 'u.id as user_id', 'u.display_name'])
      .orderBy('m.name')
      .execute();
    return {
      items: rows.map((r) => ({
        municipalityCode: r.code,
        municipalityName: r.name,
        user: r.user_id && r.display_name ? { id: r.user_id, displayName: r.display_name } : null,
      })),
    };
  });
}

export function setCoordinator(ctx: RequestContext, municipalityCode: string, userId: string | null) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'involvement_coordinator',
      id: municipalityCode,
      action: 'update',
      purpose: 'administration',
      data: userId ? 'match coordinator appointed' : 'match coordinator removed',
    });
    const municipality = await trx
      .selectFrom('municipality')
      .select('code')
      .where('code', '=', municipalityCode)
      .executeTakeFirst();
    if (!municipality) throw new NotFoundError('unknown_municipality', { detail: 'No such municipality.' });
    if (userId === null) {
      await trx.deleteFrom('involvement_coordinator').where('municipality_code', '=', municipalityCode).execute();
    } else {
      const user = await trx
        .selectFrom('app_user')
        .select('roles')
        .where('id', '=', userId)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!user || !user.roles.some((r) => r === 'professional' || r === 'team_lead'))
        throw new ValidationError('coordinator_not_eligible', {
          detail: 'A match coordinator must be an active professional or team lead.',
        });
      await trx
        .insertInto('involvement_coordinator')
        .values({ municipality_code: municipalityCode, user_id: userId, set_by: grant.actor.userId })
        .onConflict((oc) =>
          oc
            .column('municipality_code')
            .doUpdateSet({ user_id: userId, set_by: grant.actor.userId, set_at: new Date() }),
        )
        .execute();
    }
  });
}
