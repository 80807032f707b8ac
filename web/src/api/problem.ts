// The API reports every error as application/problem+json with messages in both languages.

export interface FieldError {
  path: string;
  /** The server's developer text: never shown (see components/form/field-messages.ts). */
  message: string;
  /** What is wrong (`required`, `too_big`, `bsn`, `in_future`, …): picks the text shown. */
  kind?: string;
  limit?: number;
}

export interface Problem {
  status: number;
  code: string;
  title: string;
  detail?: string;
  messages?: { nl: string; en: string };
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.title}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get code(): string {
    return this.problem.code;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Accepts whatever came back and always returns a usable problem. */
export function toProblem(status: number, body: unknown): Problem {
  if (isRecord(body) && typeof body.code === 'string') {
    const messages = isRecord(body.messages) ? body.messages : undefined;
    const errors = Array.isArray(body.errors) ? body.errors.filter(isFieldError) : undefined;
    return {
      status,
      code: body.code,
      title: typeof body.title === 'string' ? body.title : body.code,
      ...(typeof body.detail === 'string' ? { detail: body.detail } : {}),
      ...(messages && typeof messages.nl === 'string' && typeof messages.en === 'string'
        ? { messages: { nl: messages.nl, en: messages.en } }
        : {}),
      ...(errors && errors.length > 0 ? { errors } : {}),
    };
  }
  return { status, code: status === 0 ? 'network_error' : 'unexpected_response', title: 'Request failed' };
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) &&
    typeof value.path === 'string' &&
    typeof value.message === 'string' &&
    (value.kind === undefined || typeof value.kind === 'string') &&
    (value.limit === undefined || typeof value.limit === 'number')
  );
}
