// Requests as the coordinator and referring professionals see them. Registration by a professional
// or coordinator is confirmed at once (they recorded the family's consent); a professional gets
// nothing back but "received", like the public form.
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { ConflictError, ForbiddenError } from '../../../platform/errors.js';
import { coordinatorMunicipalities } from '../area/area.js';
import { checkRegistration } from '../registration.js';
import { CONSENT_VERSION } from '../vocabulary.js';
import { presentRequest, presentRequestSummary } from './present.js';
import * as q from './queries.js';
import type { CoordinatorRequestBody, ReferralBody, RequestListSearch } from './schemas.js';

const PURPOSE = 'buurtgezinnen';

function requestRow(
  body: ReferralBody | CoordinatorRequestBody,
  location: Awaited<ReturnType<typeof checkRegistration>>,
) {
  const now = new Date();
  return {
    given_name: body.givenName,
    family_name: body.familyName,
    email: body.email ?? null,
    phone: body.phone ?? null,
    ...location,
    support_kinds: body.supportKinds,
    child_ages: body.childAges,
    languages: body.languages,
    availability: body.availability,
    upbringing: body.upbringing ?? null,
    offer_back: body.offerBack ?? null,
    referred_by: body.referredBy,
    consent_version: CONSENT_VERSION,
    consent_at: now,
    confirmed_at: now,
    status: 'open' as const,
  };
}

export function referFamily(ctx: RequestContext, body: ReferralBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_request',
      id: null,
      action: 'create',
      purpose: PURPOSE,
      data: 'referral to Buurtgezinnen',
      event: 'support_request.referred',
    });
    const location = await checkRegistration(trx, {
      postcode: body.postcode,
      kinds: body.supportKinds,
      kindsField: 'supportKinds',
    });
    await q.insertRequest(trx, {
      ...requestRow(body, location),
      channel: 'professional',
      referrer_user_id: grant.actor.userId,
    });
    return { status: 'received' as const };
  });
}

export function registerRequestByCoordinator(ctx: RequestContext, body: CoordinatorRequestBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_request',
      id: null,
      action: 'create',
      purpose: PURPOSE,
      data: 'request registered by the coordinator',
    });
    const location = await checkRegistration(trx, {
      postcode: body.postcode,
      kinds: body.supportKinds,
      kindsField: 'supportKinds',
    });
    if (!(await coordinatorMunicipalities(trx, grant.actor.userId)).includes(location.municipality_code)) {
      throw new ForbiddenError('outside_area', { detail: 'This postcode lies outside your area.' });
    }
    const { id } = await q.insertRequest(trx, {
      ...requestRow(body, location),
      channel: 'coordinator',
      referrer_user_id: grant.actor.userId,
    });
    const readGrant = await authorize(trx, ctx, {
      subject: 'support_request',
      id,
      action: 'read',
      purpose: PURPOSE,
      data: 'new request',
    });
    return presentRequest(await q.getRequest(trx, readGrant, id));
  });
}

export function listRequests(ctx: RequestContext, query: RequestListSearch) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_board',
      id: null,
      action: 'read',
      purpose: PURPOSE,
      data: 'support requests in the area',
    });
    const page = await q.listRequests(trx, grant, query);
    return { ...page, items: page.items.map(presentRequestSummary) };
  });
}

export function getRequest(ctx: RequestContext, id: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_request',
      id,
      action: 'read',
      purpose: PURPOSE,
      data: 'support request',
    });
    return presentRequest(await q.getRequest(trx, grant, id));
  });
}

export function closeRequest(ctx: RequestContext, id: string, reason: string) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_request',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: 'close support request',
    });
    const row = await q.getRequest(trx, grant, id);
    if (row.status !== 'open')
      throw new ConflictError('support_request_not_open', {
        detail: 'Only an open request can be closed; end its match first.',
      });
    await q.closeRequest(trx, grant, reason);
    return presentRequest(await q.getRequest(trx, grant, id));
  });
}
