// The single place where errors become HTTP: application/problem+json with a stable code and
// Dutch/English messages. Client mistakes are 4xx; only our own faults are 500.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../errors.js';
import { normaliseDatabaseError } from '../db/transaction.js';
import type { ErrorCatalogue } from './messages.js';

interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
}

const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_input',
  FST_ERR_VALIDATION: 'invalid_input',
};

function toProblem(raw: unknown): Problem {
  const err = normaliseDatabaseError(raw);
  if (err instanceof AppError) {
    return { status: err.status, code: err.code, detail: err.message, ...err.details };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const errors = err.validation.map((v) => ({
      path: [err.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'invalid',
    }));
    return { status: 400, code: 'invalid_input', detail: 'The input is not valid.', errors };
  }
  const fe = err as Partial<FastifyError>;
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = fe.statusCode === 429 ? 'rate_limited' : (FASTIFY_CODES[fe.code ?? ''] ?? 'invalid_input');
    return { status: fe.statusCode, code, detail: fe.message ?? 'Bad request' };
  }
  return { status: 500, code: 'internal_error', detail: 'Something went wrong on our side.' };
}

export function preferredLanguage(request: FastifyRequest): 'nl' | 'en' {
  const header = String(request.headers['accept-language'] ?? '').toLowerCase();
  return header.startsWith('en') ? 'en' : 'nl';
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: Problem,
  catalogue: ErrorCatalogue,
): FastifyReply {
  // Kept for onSend hooks that record the outcome of a call (the partner API's audit hook).
  request.problemCode = problem.code;
  const messages = catalogue.messagesFor(problem.code, problem.detail);
  if (problem.retryAfterSeconds) reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send({
      type: `https://keukentafel.dev/problems/${problem.code}`,
      status: problem.status,
      code: problem.code,
      title: messages[preferredLanguage(request)],
      detail: problem.detail,
      messages,
      ...(problem.errors ? { errors: problem.errors } : {}),
      requestId: request.id,
    });
}

/**
 * Errors the router raises before any route or hook runs (Fastify's `frameworkErrors` option):
 * an over-long path parameter or a malformed URL. Answered like every other client error, and
 * without echoing the path, which could carry what someone typed.
 */
export function frameworkErrorHandler(
  catalogue: ErrorCatalogue,
): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, request, reply) => {
    const problem: Problem =
      error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? { status: 414, code: 'uri_too_long', detail: 'A part of the address is too long.' }
        : error.code === 'FST_ERR_BAD_URL'
          ? { status: 400, code: 'invalid_url', detail: 'The address is not valid.' }
          : toProblem(error);
    void sendProblem(request, reply, problem, catalogue);
  };
}

export function installErrorHandling(app: FastifyInstance, catalogue: ErrorCatalogue): void {
  app.decorateRequest('problemCode', null);
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) {
      const serialization = isResponseSerializationError(error);
      request.log.error({ err: error, serialization }, 'request failed');
    }
    return sendProblem(request, reply, problem, catalogue);
  });
}
