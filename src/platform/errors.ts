// Transport-neutral errors with stable machine codes. Services throw these; exactly one place
// (http/error-handler.ts) turns them into application/problem+json.
//
// One shape for every error: `new XError(code, { detail?, errors?, … })`. The code is an
// `ErrorCode`: a key of the platform's texts (http/messages.ts) or of a module manifest's
// `errors`, each of which adds its keys to `ErrorCodes` below — so a code without Dutch and
// English text does not compile (and src/error-codes.test.ts reads every thrown code as well).
import type { NewAuditEvent } from './db/schema.js';

/**
 * The known problem codes, as keys. Extended by declaration merging: the platform's own in
 * http/messages.ts, each module's in its module.ts
 * (`interface ErrorCodes extends Record<keyof typeof LUNCH_ERRORS, true> {}`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ErrorCodes {}
export type ErrorCode = Extract<keyof ErrorCodes, string>;

/**
 * A field the problem concerns. `path` is relative to the request body, dotted, array indexes as
 * numbers (`actions.2.owner`, `persons.0.bsn`); a query or path parameter is prefixed with
 * `query.` or `params.` (`query.page`). The web marks the form field of exactly this path.
 */
export interface FieldError {
  path: string;
  /** For developers (English or a code); never shown to users as such. */
  message: string;
  /**
   * What is wrong, stable for the web to pick its own Dutch/English text: `required`, `too_small`,
   * `too_big`, `invalid_format`, `invalid_enum`, `invalid_type`, `bsn`, or a module's code
   * (`in_future`, `unknown_goal`, …). Set by the error handler when a module leaves it out.
   */
  kind?: string;
  /** The bound of a `too_small`/`too_big` (characters, items or value). */
  limit?: number;
}

export interface ErrorOptions {
  /** English for developers and logs (problem+json `detail`); the catalogue's English text when absent. */
  detail?: string;
  errors?: FieldError[];
  /** Sent as the Retry-After header (423, 429). */
  retryAfterSeconds?: number;
  /** Audit entries of a denial: they must outlive the rolled-back transaction (403). */
  auditEntries?: NewAuditEvent[];
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly options: ErrorOptions = {},
  ) {
    super(options.detail ?? code);
    this.name = new.target.name;
  }
}

/** 400: the input is not valid (with field errors when they concern fields). */
export class ValidationError extends AppError {
  readonly status = 400;
}
/** 401: not logged in, or the credentials are not valid. */
export class UnauthenticatedError extends AppError {
  readonly status = 401;
}
/** 403: denied access (a policy decision carries its audit entries in `auditEntries`). */
export class ForbiddenError extends AppError {
  readonly status = 403;
}
/** 404 */
export class NotFoundError extends AppError {
  readonly status = 404;
}
/** 409: conflicts with the current state (stale version, already exists, possible duplicate). */
export class ConflictError extends AppError {
  readonly status = 409;
}
/** 422: well-formed, but a business rule refuses it. */
export class BusinessRuleError extends AppError {
  readonly status = 422;
}
/** 423: locked for a while (`retryAfterSeconds`). */
export class LockedError extends AppError {
  readonly status = 423;
}
/** 429: too many requests (`retryAfterSeconds`). */
export class TooManyRequestsError extends AppError {
  readonly status = 429;
}
/** 503: a dependency (the database) did not answer in time. */
export class UnavailableError extends AppError {
  readonly status = 503;
}
