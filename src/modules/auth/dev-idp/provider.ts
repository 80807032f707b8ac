// A real OpenID Connect provider (oidc-provider) with its own Dutch pages: the demo's development
// identity provider (mounted under /dev-idp, see routes.ts) and the providers the tests start on
// loopback. Accounts are chosen from a list ("log in as"); there are no passwords.
import { generateKeyPairSync, createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { loginPage, logoutPage, messagePage, type PageAccount } from './pages.js';

export interface IdpAccount extends PageAccount {
  /** Claims for the ID token and userinfo (sub is added). */
  claims: Record<string, unknown>;
  amr?: string[];
  acr?: string;
}

export interface IdpClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface IdpOptions {
  issuer: string;
  clients: IdpClient[];
  /** The accounts on offer, read when a page needs them. */
  accounts: () => Promise<readonly IdpAccount[]>;
  /** Keys for the provider's cookies. */
  cookieSecret: string;
  providerName: string;
  heading: string;
  intro: string;
  /** The path the provider is mounted under in a larger app ('' on a server of its own). */
  mountPath?: string;
  trustProxy?: boolean;
}

export interface IdentityProviderServer {
  provider: Provider;
  /** Node request handler for everything under the mount path (mount path already stripped from req.url). */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: 'sig-1', alg: 'RS256', use: 'sig' };
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

function send(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(html);
}

export function createIdentityProvider(opts: IdpOptions): IdentityProviderServer {
  const mount = opts.mountPath ?? '';
  const subjectKey = createHmac('sha256', opts.cookieSecret).update('subject').digest();
  const subjectOf = (id: string) => createHmac('sha256', subjectKey).update(id).digest('base64url').slice(0, 32);
  const find = async (id: string) => (await opts.accounts()).find((a) => a.id === id);
  const claimNames = async () => {
    const names = new Set<string>(['sub']);
    for (const a of await opts.accounts()) for (const k of Object.keys(a.claims)) names.add(k);
    return [...names];
  };

  const provider = new Provider(opts.issuer, {
    clients: opts.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    jwks: { keys: [signingKey()] },
    cookies: { keys: [opts.cookieSecret] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 300, IdToken: 300 },
    // Every claim of the account in the ID token (as DigiD brokers do with the BSN).
    conformIdTokenClaims: false,
    claims: { openid: ['sub', 'bsn', 'preferred_username', 'email', 'name', 'given_name', 'family_name'] },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(opts.providerName, form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = messagePage(opts.providerName, 'Uitgelogd', 'U bent uitgelogd. U kunt dit venster sluiten.');
        },
      },
    },
    findAccount: async (_ctx, id) => {
      const account = await find(id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ ...account.claims, sub: subjectOf(id) }) };
    },
    // The Keukentafel clients are the provider's own: no consent screen.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile email');
      grant.addOIDCClaims(await claimNames());
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `${mount}/interaction/${interaction.uid}` },
    renderError: (ctx) => {
      ctx.type = 'html';
      ctx.body = messagePage(
        opts.providerName,
        'Er ging iets mis',
        'Het inloggen kon niet worden afgerond. Ga terug naar Keukentafel en probeer het opnieuw.',
      );
    },
  });
  provider.proxy = opts.trustProxy ?? false;
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, step: string | undefined) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid)
      return send(res, 400, messagePage(opts.providerName, 'Er ging iets mis', 'Onbekende sessie.'));
    if (step === undefined && req.method === 'GET') {
      return send(
        res,
        200,
        loginPage({
          providerName: opts.providerName,
          heading: opts.heading,
          intro: opts.intro,
          action: `${mount}/interaction/${uid}/login`,
          abortAction: `${mount}/interaction/${uid}/abort`,
          accounts: await opts.accounts(),
        }),
      );
    }
    if (req.method !== 'POST')
      return send(res, 405, messagePage(opts.providerName, 'Er ging iets mis', 'Niet toegestaan.'));
    if (step === '/abort') {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'De gebruiker heeft het inloggen afgebroken.' },
        { mergeWithLastSubmission: false },
      );
    }
    const account = await find((await formBody(req)).get('account') ?? '');
    if (!account) return send(res, 400, messagePage(opts.providerName, 'Er ging iets mis', 'Kies een persoon.'));
    return provider.interactionFinished(
      req,
      res,
      {
        login: {
          accountId: account.id,
          ...(account.amr ? { amr: account.amr } : {}),
          ...(account.acr ? { acr: account.acr } : {}),
        },
      },
      { mergeWithLastSubmission: false },
    );
  }

  return {
    provider,
    async handle(req, res) {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const match = /^\/interaction\/([A-Za-z0-9_-]{1,100})(\/login|\/abort)?$/.exec(path);
      if (!match) return callback(req, res);
      try {
        await interaction(req, res, match[1] ?? '', match[2]);
      } catch {
        send(
          res,
          400,
          messagePage(
            opts.providerName,
            'Er ging iets mis',
            'Deze inlogpoging is verlopen. Begin opnieuw bij Keukentafel.',
          ),
        );
      }
    },
  };
}
