// The family gives and withdraws consent per organisation and scope itself, on the existing consent
// records (families/consent.ts), so the professionals' consent view shows the change at once.
// The age rule (Jeugdwet 7.3.4, families/consent-rule.ts) decides who may: a parent with authority
// for a child under 16, a young person from 12 for themselves. Anyone else only reads.
import { sql } from 'kysely';
import type { RequestContext } from '../../platform/access/context.js';
import { today } from '../../platform/clock.js';
import { fetchAll } from '../../platform/db/bundle.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { BusinessRuleError, ConflictError, NotFoundError, ValidationError } from '../../platform/errors.js';
import { consentParts, presentConsent } from '../families/consent.js';
import type { ConsentOverview } from '../families/schemas.js';
import { familyRead, familyWrite } from './access.js';
import type { FamilyConsentOverview, PortalConsentBody } from './schemas.js';
import type { Viewer } from './viewer.js';

/** Whether the age rule names this person for at least one current child of the household. */
export function mayDecide(overview: ConsentOverview, viewer: Viewer): boolean {
  return overview.children.some((c) => c.required.some((r) => r.personId === viewer.personId));
}

/**
 * The overview as the family sees it: a consent record's `note` is the recording professional's internal
 * note (families/schemas.ts ConsentBody) and stays out; the withdrawal's note is the family's own words.
 */
export function forFamily(overview: ConsentOverview): FamilyConsentOverview {
  return {
    ...overview,
    // Named field by field: a field added to the professionals' overview stays out until it is chosen here.
    consents: overview.consents.map((c) => ({
      id: c.id,
      organisation: c.organisation,
      scopes: c.scopes,
      givenOn: c.givenOn,
      givenBy: c.givenBy,
      complete: c.complete,
      missing: c.missing,
    })),
  };
}

export function presentViewer(viewer: Viewer, overview: ConsentOverview) {
  return {
    scope: viewer.scope,
    kind: viewer.kind,
    age: viewer.age,
    hasAuthority: viewer.hasAuthority,
    mayDecideConsent: mayDecide(overview, viewer),
  };
}

export async function portalConsent(ctx: RequestContext) {
  const { read, viewer } = await familyRead(ctx, "the family's consents");
  const overview = presentConsent(await read.fetch(consentParts(read.db, viewer.familyId)), today());
  return { viewer: presentViewer(viewer, overview), overview: forFamily(overview) };
}

async function overviewFor(trx: Tx, viewer: Viewer) {
  return presentConsent(await fetchAll(trx, consentParts(trx, viewer.familyId)), today());
}

function requireDecider(overview: ConsentOverview, viewer: Viewer) {
  if (!mayDecide(overview, viewer))
    throw new BusinessRuleError('family_consent_not_yours', {
      detail: 'Under the age rule this person does not decide on consent for a child of this household.',
    });
}

export function giveConsent(ctx: RequestContext, body: PortalConsentBody) {
  return inTransaction(ctx.db, async (trx) => {
    const { viewer } = await familyWrite(
      trx,
      ctx,
      'family_rights.consent_given',
      `consent given by the family for organisation ${body.organisationId}: ${body.scopes.join(', ')}`,
    );
    const before = await overviewFor(trx, viewer);
    requireDecider(before, viewer);
    if (!before.organisations.some((o) => o.id === body.organisationId))
      throw new ValidationError('unknown_reference', {
        detail: 'Consent can be given to an organisation that works with the family.',
        errors: [{ path: 'organisationId', message: 'unknown_reference' }],
      });
    const wanted = [...body.scopes].sort().join(',');
    const same = before.consents.find(
      (c) => c.organisation.id === body.organisationId && [...c.scopes].sort().join(',') === wanted,
    );
    if (same?.givenBy.some((g) => g.personId === viewer.personId))
      throw new ConflictError('family_consent_already_given', { detail: 'You already gave this consent.' });
    const consentId =
      same?.id ??
      (
        await trx
          .insertInto('family_consent')
          .values({
            family_id: viewer.familyId,
            organisation_id: body.organisationId,
            scopes: body.scopes,
            given_on: today(),
            note: null,
            recorded_by: viewer.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    await trx
      .insertInto('family_consent_giver')
      .values({ consent_id: consentId, person_id: viewer.personId })
      .execute();
    const overview = await overviewFor(trx, viewer);
    return { viewer: presentViewer(viewer, overview), overview: forFamily(overview) };
  });
}

export function withdrawConsentByFamily(ctx: RequestContext, consentId: string, note: string | undefined) {
  return inTransaction(ctx.db, async (trx) => {
    const { viewer } = await familyWrite(
      trx,
      ctx,
      'family_rights.consent_withdrawn',
      `consent ${consentId} withdrawn by the family`,
    );
    const consent = await trx
      .selectFrom('family_consent')
      .select(['withdrawn_on', sql<string>`given_on::text`.as('given_on')])
      .where('id', '=', consentId)
      .where('family_id', '=', viewer.familyId)
      .forUpdate()
      .executeTakeFirst();
    if (!consent) throw new NotFoundError('consent_not_found', { detail: 'No such consent for this family.' });
    requireDecider(await overviewFor(trx, viewer), viewer);
    if (consent.withdrawn_on !== null)
      throw new ConflictError('consent_already_withdrawn', { detail: 'This consent has already been withdrawn.' });
    const on = today();
    await trx
      .updateTable('family_consent')
      .set({
        withdrawn_on: on < consent.given_on ? consent.given_on : on,
        withdrawn_by: viewer.userId,
        withdrawn_at: new Date(),
        withdrawal_note: note && note.length > 0 ? note : null,
      })
      .where('id', '=', consentId)
      .execute();
    const overview = await overviewFor(trx, viewer);
    return { viewer: presentViewer(viewer, overview), overview: forFamily(overview) };
  });
}
