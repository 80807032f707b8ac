// Which registered API routes no access matrix exercises. The matrices live in `*.access.test.ts`;
// a route counts as covered when one of them calls its path (a literal or template URL, parameters
// as `${…}` or a sample value) with its method. Routes open to everyone are listed below with why.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Public by design, or acting only on the caller's own sign-in: no need-to-know decision to test. */
export const PUBLIC_ROUTES: Readonly<Record<string, string>> = {
  'GET /api/health': 'liveness for load balancers and monitoring; tells only that the service and database answer',
  'POST /api/auth/login': 'signing in; guarded by the rate limit and per-account lock-out (auth tests)',
  'GET /api/auth/me': 'answers who is signed in, 401 when nobody is (auth tests)',
  'POST /api/auth/logout': 'ends the own session only',
  'POST /api/auth/totp': 'second sign-in step of a pending session; proves the code (auth tests)',
  'POST /api/auth/totp/enable': 'own second factor, proves a code from the own authenticator (auth tests)',
  'POST /api/auth/totp/disable': 'own second factor, proves the own password (auth tests)',
  'GET /api/public/buurtgezinnen/support-kinds': 'public sign-up form for Buurtgezinnen: the kinds of support offered',
  'POST /api/public/buurtgezinnen/support-families':
    'public sign-up form: stores an unconfirmed application, gives nothing back',
  'POST /api/public/buurtgezinnen/confirmations': 'e-mail confirmation link of the public form (random token)',
  'GET /api/auth/oidc/providers': 'which sign-in providers are configured (for the login page); no personal data',
  'GET /api/auth/oidc/:provider/start':
    'starts an OpenID Connect sign-in: stores state, nonce and PKCE verifier for this browser only (oidc tests)',
  'GET /api/auth/oidc/:provider/callback':
    'the provider returns the sign-in here; state is single-use and bound to the browser (oidc tests: replay, wrong issuer, expired token)',
  'GET /api/auth/oidc/pending': 'which second-factor step the own pending sign-in needs (oidc tests)',
  'POST /api/auth/oidc/logout': "ends the own session and answers the provider's logout address",
  'POST /api/public/password':
    'choosing the own password with the one-time link from the e-mail (random token, single use, expires; separation-of-duties tests)',
};

function accessTestSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return accessTestSources(path);
    return entry.name.endsWith('.access.test.ts') ? [inlinePrefixes(readFileSync(path, 'utf8'))] : [];
  });
}

/**
 * Writes URL prefixes out where they are used: `const B = '/api/x'` or
 * `const base = (f) => \`/api/families/${f.familyId}/plan\``, used as `${B}/y`, `${base(f)}/y` or `base`.
 */
function inlinePrefixes(source: string): string {
  let out = source;
  for (const m of source.matchAll(/const (\w+) = (?:\([^)]*\) => )?(['\x60])(\/api[^'\x60]*)\2;/g)) {
    const [, name, , path] = m as unknown as [string, string, string, string];
    out = out
      .replace(new RegExp(String.raw`\$\{${name}(?:\([^)]*\))?\}`, 'g'), path)
      .replace(new RegExp(String.raw`(?<![\w.$])${name}(?:\([^)]*\))?(?=[,\s})])`, 'g'), `'${path}'`);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A path pattern like /api/signals/:signalId/triage as it appears in test source. */
function pathPattern(path: string): RegExp {
  const segments = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? String.raw`(?:\$\{[^}]*\}|[^/'"\x60\s?$]+)` : escape(segment)));
  return new RegExp(String.raw`['"\x60]` + segments.join('/') + String.raw`(?=['"\x60?])`, 'g');
}

/** `METHOD /path` routes that are neither public by design nor called by an access matrix. */
export function routesWithoutAccessMatrix(registered: readonly string[], root = 'src'): string[] {
  const sources = accessTestSources(root);
  return registered.filter((route) => {
    if (route in PUBLIC_ROUTES) return false;
    const [method, path] = route.split(' ') as [string, string];
    const pattern = pathPattern(path);
    return !sources.some((source) =>
      [...source.matchAll(pattern)].some((m) => {
        if (method === 'GET') return true;
        // The method is named in the same case: within a few lines around the URL.
        const around = source.slice(Math.max(0, m.index - 800), m.index + 800);
        return around.includes(`'${method}'`);
      }),
    );
  });
}
