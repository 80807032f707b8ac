// Support families as the coordinator works with them: register, list by screening state, read,
// record screening steps, note interest in fostering, set inactive.
import { authorize } from '../../../platform/access/authorize.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { inTransaction, type Tx } from '../../../platform/db/transaction.js';
import { ForbiddenError, ValidationError } from '../../../platform/errors.js';
import { coordinatorMunicipalities } from '../area/area.js';
import { checkRegistration } from '../registration.js';
import { getSettings, todayIso } from '../settings-store.js';
import { CONSENT_VERSION } from '../vocabulary.js';
import { presentFamily, presentFamilySummary } from './present.js';
import * as q from './queries.js';
import type { CoordinatorFamilyBody, FamilyListSearch, PublicFamilyBody, ScreeningBody } from './schemas.js';

const PURPOSE = 'buurtgezinnen';

export async function familyRow(trx: Tx, body: CoordinatorFamilyBody | PublicFamilyBody) {
  const location = await checkRegistration(trx, {
    postcode: body.postcode,
    kinds: body.offers,
    kindsField: 'offers',
    ages: { min: body.preferredAgeMin, max: body.preferredAgeMax },
  });
  const now = new Date();
  return {
    given_name: body.givenName,
    family_name: body.familyName,
    email: body.email ?? null,
    phone: body.phone ?? null,
    ...location,
    offers: body.offers,
    max_children: body.maxChildren,
    max_families: body.maxFamilies,
    frequency: body.frequency,
    languages: body.languages,
    availability: body.availability,
    max_travel_km: body.maxTravelKm,
    preferred_age_min: body.preferredAgeMin,
    preferred_age_max: body.preferredAgeMax,
    parenting_experience: body.parentingExperience ?? null,
    foster_interest_at: body.fosterInterest ? now : null,
    consent_version: CONSENT_VERSION,
    consent_at: now,
  };
}

async function readFamily(trx: Tx, ctx: RequestContext, id: string, data: string) {
  const grant = await authorize(trx, ctx, { subject: 'support_family', id, action: 'read', purpose: PURPOSE, data });
  const settings = await getSettings(trx);
  const today = todayIso();
  const row = await q.getFamily(trx, grant, id, { today, vogMonths: settings.vogValidityMonths });
  return presentFamily(row, await q.listScreening(trx, grant), settings.vogValidityMonths, today);
}

export function registerFamilyByCoordinator(ctx: RequestContext, body: CoordinatorFamilyBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_family',
      id: null,
      action: 'create',
      purpose: PURPOSE,
      data: 'support family registered by the coordinator',
    });
    const row = await familyRow(trx, body);
    if (!(await coordinatorMunicipalities(trx, grant.actor.userId)).includes(row.municipality_code)) {
      throw new ForbiddenError('outside_area', { detail: 'This postcode lies outside your area.' });
    }
    const { id } = await q.insertFamily(trx, {
      ...row,
      status: 'registered',
      channel: 'coordinator',
      confirmed_at: new Date(),
    });
    return readFamily(trx, ctx, id, 'new support family');
  });
}

export function listFamilies(ctx: RequestContext, query: FamilyListSearch) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_board',
      id: null,
      action: 'read',
      purpose: PURPOSE,
      data: 'support families in the area',
    });
    const settings = await getSettings(trx);
    const page = await q.listFamilies(trx, grant, {
      ...query,
      today: todayIso(),
      vogMonths: settings.vogValidityMonths,
    });
    return { ...page, items: page.items.map(presentFamilySummary) };
  });
}

export function getFamily(ctx: RequestContext, id: string) {
  return inTransaction(ctx.db, (trx) => readFamily(trx, ctx, id, 'support family with screening'));
}

export function recordScreening(ctx: RequestContext, id: string, body: ScreeningBody) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_family',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: `screening: ${body.step}`,
      event: 'support_family.screening_recorded',
    });
    if (body.doneOn > todayIso())
      throw new ValidationError('invalid_input', {
        detail: 'A screening step cannot be dated in the future.',
        errors: [{ path: 'doneOn', message: 'in_future' }],
      });
    await q.insertScreeningStep(trx, grant, { step: body.step, doneOn: body.doneOn, note: body.note ?? null });
    return readFamily(trx, ctx, id, 'support family with screening');
  });
}

export function noteFosterInterest(ctx: RequestContext, id: string, note: string | undefined) {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_family',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: 'interest in becoming a foster family',
      event: 'support_family.foster_interest',
    });
    await q.updateFamily(trx, grant, { foster_interest_at: new Date(), foster_interest_note: note ?? null });
    return readFamily(trx, ctx, id, 'support family with screening');
  });
}

export function setFamilyStatus(ctx: RequestContext, id: string, status: 'registered' | 'inactive') {
  return inTransaction(ctx.db, async (trx) => {
    const grant = await authorize(trx, ctx, {
      subject: 'support_family',
      id,
      action: 'update',
      purpose: PURPOSE,
      data: `status: ${status}`,
    });
    await q.updateFamily(trx, grant, { status });
    return readFamily(trx, ctx, id, 'support family with screening');
  });
}
