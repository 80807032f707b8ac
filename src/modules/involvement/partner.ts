// POST /api/partner/v1/registrations: a partner organisation's system registers involvement with
// its API key (scope registrations:submit). Same rules and matching as the web form; the receipt
// says only whether a match or history notice arose — details are for the organisation's
// signallers in the web app.
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../platform/access/context.js';
import { authorizePartner } from '../../platform/access/partner.js';
import { BsnVault } from '../../platform/bsn.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { ForbiddenError } from '../../platform/errors.js';
import { isDesignatedOrganisation } from './designation.js';
import { registerInvolvement } from './register.js';
import type { RegistrationBody } from './schemas.js';

export function submitPartnerRegistration(ctx: RequestContext, body: RegistrationBody) {
  return inTransaction(ctx.db, async (trx) => {
    const id = randomUUID();
    const { partner } = await authorizePartner(trx, ctx, {
      scope: 'registrations:submit',
      event: 'involvement_registration.submitted',
      subject: 'involvement_registration',
      id,
      data: `referral-index registration on risk ground ${body.riskGround}`,
    });
    // The key was checked when it was made (keys.ts), but an organisation's type can change since.
    if (!(await isDesignatedOrganisation(trx, partner.organisationId)))
      throw new ForbiddenError('organisation_not_designated', {
        detail: 'This organisation is not designated to register in the referral index.',
      });
    const result = await registerInvolvement(
      trx,
      new BsnVault(ctx.config.appSecret),
      {
        organisationId: partner.organisationId,
        userId: null,
        apiKeyId: partner.keyId,
        defaultMunicipality: partner.municipalityCode,
      },
      body,
      new Date(),
      id,
    );
    return {
      id: result.id,
      endsOn: result.endsOn,
      matched: result.matches.length > 0,
      historyNotice: result.historyNotice,
    };
  });
}
