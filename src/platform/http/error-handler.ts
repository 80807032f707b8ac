// The single place where errors become HTTP: application/problem+json with a stable code and
// Dutch/English messages. Client mistakes are 4xx; only our own faults are 500.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ForbiddenError, type ErrorCode, type FieldError } from '../errors.js';
import { refusalBeforeValidation } from '../access/decide-first.js';
import { normaliseDatabaseError } from '../db/transaction.js';
import type { ErrorCatalogue } from './messages.js';

export interface Problem {
  status: number;
  code: ErrorCode;
  /** English for developers; the catalogue's English text when absent. */
  detail?: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_input',
  FST_ERR_VALIDATION: 'invalid_input',
};

/** Refused input: answered only after the need-to-know check on routes with a subject id. */
const INPUT_PROBLEMS = new Set([
  'invalid_input',
  'invalid_json',
  'body_too_large',
  'unsupported_media_type',
  'invalid_value',
]);

/**
 * The one field-path style (see FieldError): relative to the body, dotted, array indexes as
 * numbers (`/actions/2/owner` → `actions.2.owner`); query and path parameters keep a prefix.
 */
export function fieldPath(context: string | undefined, instancePath: string): string {
  const segments = instancePath.split('/').filter(Boolean);
  if (!context || context === 'body') return segments.join('.');
  return [context === 'querystring' ? 'query' : context, ...segments].join('.');
}

interface IssueParams {
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  input?: unknown;
  params?: { code?: unknown };
}

const bound = (value: number | bigint | undefined) =>
  typeof value === 'number' || typeof value === 'bigint' ? { limit: Number(value) } : {};

/**
 * A stable kind for a zod issue, so the web shows its own text and never the validator's English:
 * an absent value or an empty string is `required`; an enum miss is `invalid_enum`; a refinement
 * names its own kind with `params: { code }` (the BSN elfproef: `bsn`).
 */
export function issueKind(
  keyword: string,
  params: IssueParams | undefined,
  message: string,
): Pick<FieldError, 'kind' | 'limit'> {
  const p = params ?? {};
  switch (keyword) {
    case 'invalid_type':
      return { kind: p.input === undefined && /received undefined/.test(message) ? 'required' : 'invalid_type' };
    case 'too_small':
      return p.origin === 'string' && Number(p.minimum) === 1
        ? { kind: 'required' }
        : { kind: 'too_small', ...bound(p.minimum) };
    case 'too_big':
      return { kind: 'too_big', ...bound(p.maximum) };
    case 'invalid_value':
      return { kind: 'invalid_enum' };
    case 'invalid_format':
    case 'not_multiple_of':
      return { kind: 'invalid_format' };
    case 'custom':
      return { kind: typeof p.params?.code === 'string' ? p.params.code : 'custom' };
    default:
      return { kind: keyword };
  }
}

/** A module's field error names its kind by a code-like message (`in_future`); anything else is `custom`. */
function withKind(error: FieldError): FieldError {
  return error.kind ? error : { ...error, kind: /^[a-z][a-z0-9_]*$/.test(error.message) ? error.message : 'custom' };
}

function toProblem(raw: unknown): Problem {
  const err = normaliseDatabaseError(raw);
  if (err instanceof AppError) {
    const { detail, errors, retryAfterSeconds } = err.options;
    return { status: err.status, code: err.code, detail, errors: errors?.map(withKind), retryAfterSeconds };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const errors = err.validation.map((v) => ({
      path: fieldPath(err.validationContext, String(v.instancePath)),
      message: v.message ?? 'invalid',
      ...issueKind(String(v.keyword), v.params as IssueParams, v.message ?? ''),
    }));
    return { status: 400, code: 'invalid_input', errors };
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
  const messages = catalogue.messagesFor(problem.code, problem.detail ?? 'The request could not be processed.');
  if (problem.retryAfterSeconds) reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send({
      type: `https://keukentafel.dev/problems/${problem.code}`,
      status: problem.status,
      code: problem.code,
      title: messages[preferredLanguage(request)],
      detail: problem.detail ?? messages.en,
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
  app.setErrorHandler(async (error, request, reply) => {
    let problem = toProblem(error);
    if (INPUT_PROBLEMS.has(problem.code)) {
      // Need-to-know comes before telling anyone what is wrong with their input (decide-first.ts).
      const refusal = await refusalBeforeValidation(
        request.ctx,
        request.routeOptions.url,
        request.method,
        request.params,
      ).catch((err: unknown) => {
        // Fail closed: without a decision the details are not shown.
        request.log.error({ err }, 'need-to-know check before validation failed');
        return new ForbiddenError('forbidden');
      });
      if (refusal) problem = toProblem(refusal);
    }
    if (problem.status >= 500) {
      const serialization = isResponseSerializationError(error);
      request.log.error({ err: error, serialization }, 'request failed');
    }
    return sendProblem(request, reply, problem, catalogue);
  });
}
