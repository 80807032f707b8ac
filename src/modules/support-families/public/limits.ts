// Limits of the public Buurtgezinnen forms that hold across app instances (counted in PostgreSQL):
// submissions per source address per hour, and confirmation mails per recipient per day, so the
// forms cannot be used to flood someone's mailbox from many addresses.
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../../platform/db/transaction.js';
import type { RequestContext } from '../../../platform/access/context.js';
import { TooManyRequestsError } from '../../../platform/errors.js';
import { hitWindow, throttleKey } from '../../../platform/throttle.js';

const HOUR = 3600;
const DAY = 24 * HOUR;

export async function sharedPublicFormLimit(request: FastifyRequest): Promise<void> {
  const { db, config } = request.ctx;
  const hit = await hitWindow(
    db,
    throttleKey(config, 'public-form-ip', `${request.routeOptions.url ?? ''} ${request.ip}`),
    config.publicFormRateLimitPerHour,
    HOUR,
  );
  if (!hit.allowed)
    throw new TooManyRequestsError('rate_limited', {
      detail: 'Too many submissions from this address.',
      retryAfterSeconds: hit.retryAfterSeconds,
    });
}

/** Whether one more confirmation mail may go to this address today (counts it when it may). */
export async function mayMailConfirmation(trx: Tx, ctx: RequestContext, email: string): Promise<boolean> {
  const key = throttleKey(ctx.config, 'confirmation-mail', email.trim().toLowerCase());
  return (await hitWindow(trx, key, ctx.config.confirmationMailsPerDay, DAY)).allowed;
}
