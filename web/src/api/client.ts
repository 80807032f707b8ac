// The one HTTP client of the web app: openapi-fetch over the types generated from the server's
// OpenAPI document (schema.ts, `npm run api:types`), so a path, parameter, body or answer that
// no longer matches the server fails `npm run typecheck`.
import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, toProblem } from './problem';
import type { components, paths } from './schema';

/** A named schema of the API, as the server sends it. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

// The CSRF token arrives with login, TOTP and /me responses; every non-GET request echoes it.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const headers: Middleware = {
  onRequest({ request }) {
    if (!request.headers.has('accept')) request.headers.set('accept', 'application/json');
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** Empty form fields are left out of the query string rather than sent as `name=`. */
function querySerializer(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      if (value !== '') params.set(key, String(value));
    }
  }
  return params.toString();
}

export const client = createClient<paths>({ credentials: 'same-origin', querySerializer });
client.use(headers);

interface Settled<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

async function settle<T>(pending: Promise<Settled<T>>): Promise<Settled<T>> {
  try {
    return await pending;
  } catch {
    // fetch itself failed (offline, DNS, aborted): no HTTP status at all.
    throw new ApiError(toProblem(0, null));
  }
}

/** The answer's body; an error answer becomes an ApiError with the server's problem details. */
export async function read<T>(pending: Promise<Settled<T>>): Promise<T> {
  const { data, error, response } = await settle(pending);
  if (!response.ok) throw new ApiError(toProblem(response.status, error));
  if (data === undefined) throw new ApiError(toProblem(response.status, null));
  return data;
}

/** For answers without a body (204); an error answer becomes an ApiError as in `read`. */
export async function send(pending: Promise<Settled<unknown>>): Promise<void> {
  const { error, response } = await settle(pending);
  if (!response.ok) throw new ApiError(toProblem(response.status, error));
}
