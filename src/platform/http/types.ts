import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RequestContext } from '../access/context.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface PendingSession {
  id: string;
  userId: string;
  tokenHash: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    /** A session that passed the password but still owes its second factor. */
    pendingSession: PendingSession | null;
    sessionTokenHash: string | null;
    /** The problem code of an error response (set by sendProblem), else null. */
    problemCode: string | null;
  }
}
