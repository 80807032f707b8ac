// Real OIDC flows in tests: identity providers (oidc-provider) on loopback, and a small browser — fetch
// with manual redirects and a cookie jar — that follows the redirects between app and provider.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createIdentityProvider,
  type IdpAccount,
  type IdpClient,
  type IdentityProviderServer,
} from '../modules/auth/dev-idp/provider.js';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface TestIdp {
  issuer: string;
  idp: IdentityProviderServer;
  close(): Promise<void>;
}

/** An OpenID Connect provider on its own loopback port. */
export async function startTestIdp(opts: {
  accounts: IdpAccount[];
  clients: IdpClient[];
  name?: string;
}): Promise<TestIdp> {
  let handle: IdentityProviderServer['handle'] = async (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const idp = createIdentityProvider({
    issuer,
    clients: opts.clients,
    accounts: () => Promise.resolve(opts.accounts),
    cookieSecret: 'test-idp-cookie-secret',
    providerName: opts.name ?? 'Test-IdP',
    heading: 'Inloggen als…',
    intro: 'Test',
  });
  handle = (req, res) => idp.handle(req, res);
  return {
    issuer,
    idp,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface StoredCookie {
  value: string;
  path: string;
}

/** A browser: cookies per origin and path, redirects followed by hand so a test can stop and look. */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();
  readonly visited: string[] = [];

  cookies(origin: string): Map<string, StoredCookie> {
    let cookies = this.jar.get(origin);
    if (!cookies) this.jar.set(origin, (cookies = new Map()));
    return cookies;
  }

  private store(url: URL, response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const attr = new Map(attributes.map((a) => [a.split('=')[0]?.toLowerCase() ?? '', a.split('=')[1] ?? '']));
      const path = attr.get('path') || '/';
      const expired =
        attr.get('max-age') === '0' ||
        (attr.has('expires') && new Date(attr.get('expires') ?? '').getTime() < Date.now());
      const key = `${name}\u0000${path}`;
      if (expired || value === '') this.cookies(url.origin).delete(key);
      else this.cookies(url.origin).set(key, { value, path });
    }
  }

  cookieHeader(url: URL): string {
    return [...this.cookies(url.origin).entries()]
      .filter(([, c]) => url.pathname.startsWith(c.path))
      .map(([key, c]) => `${key.split('\u0000')[0]}=${c.value}`)
      .join('; ');
  }

  async request(
    url: URL,
    init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ) {
    this.visited.push(url.href);
    const headers: Record<string, string> = { ...init.headers };
    const cookie = this.cookieHeader(url);
    if (cookie) headers.cookie = cookie;
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      redirect: 'manual',
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    this.store(url, response);
    return response;
  }

  /**
   * Requests a URL and follows redirects; stops before a URL `stopBefore` matches (returning it in
   * `next`) or at the first answer that is not a redirect.
   */
  async go(
    start: string | URL,
    opts: { form?: Record<string, string>; stopBefore?: (url: URL) => boolean } = {},
  ): Promise<{ url: URL; response: Response; body: string; next?: URL }> {
    let url = new URL(start);
    let response = await this.request(url, opts.form ? { form: opts.form } : {});
    for (let hops = 0; hops < 20; hops++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) break;
      const next = new URL(location, url);
      if (opts.stopBefore?.(next)) return { url, response, body: '', next };
      url = next;
      response = await this.request(url);
    }
    return { url, response, body: await response.text() };
  }
}

/** The form action and the choice buttons of the provider's "log in as" page. */
export function loginForm(html: string): { action: string; accounts: string[] } {
  const action = /<form method="post" action="([^"]+\/login)"/.exec(html)?.[1];
  if (!action) throw new Error(`no login form in: ${html.slice(0, 300)}`);
  return {
    action: action.replace(/&amp;/g, '&'),
    accounts: [...html.matchAll(/name="account" value="([^"]+)"/g)].map((m) => m[1] ?? ''),
  };
}
