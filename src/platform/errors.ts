// Transport-neutral errors with stable machine codes. Services throw these; exactly one place
// (http/error-handler.ts) turns them into application/problem+json.
import type { NewAuditEvent } from './db/schema.js';

export interface FieldError {
  path: string;
  message: string;
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  constructor(
    readonly code: string,
    message: string,
    readonly details: { errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  readonly status = 400;
  constructor(code = 'invalid_input', message = 'The input is not valid.', errors?: FieldError[]) {
    super(code, message, errors ? { errors } : {});
  }
}
export class UnauthenticatedError extends AppError {
  readonly status = 401;
  constructor(code = 'unauthenticated', message = 'Log in first.') {
    super(code, message);
  }
}
/** Denied access. Carries the audit entries of the denial: they must outlive the rolled-back transaction. */
export class ForbiddenError extends AppError {
  readonly status = 403;
  constructor(
    code = 'forbidden',
    message = 'You may not do this.',
    readonly auditEntries: NewAuditEvent[] = [],
  ) {
    super(code, message);
  }
}
export class NotFoundError extends AppError {
  readonly status = 404;
  constructor(code = 'not_found', message = 'Not found.') {
    super(code, message);
  }
}
export class ConflictError extends AppError {
  readonly status = 409;
  constructor(code = 'conflict', message = 'This conflicts with the current state.') {
    super(code, message);
  }
}
export class LockedError extends AppError {
  readonly status = 423;
  constructor(code: string, message: string, retryAfterSeconds: number) {
    super(code, message, { retryAfterSeconds });
  }
}
/** Too many attempts: slowed down rather than locked, with the wait in Retry-After. */
export class TooManyRequestsError extends AppError {
  readonly status = 429;
  constructor(code: string, message: string, retryAfterSeconds: number) {
    super(code, message, { retryAfterSeconds });
  }
}
export class BusinessRuleError extends AppError {
  readonly status = 422;
}
export class UnavailableError extends AppError {
  readonly status = 503;
}
