// Mounts the development identity provider under /dev-idp when config.devIdp is on — never with
// NODE_ENV=production (config.ts refuses it, and so does this file). It plays the municipality's DigiD
// broker for the demo: Keukentafel's citizen login reaches it through the same OIDC client flow.
import type { Config } from '../../../config.js';
import { hmacHex } from '../../../platform/crypto/tokens.js';
import type { Database } from '../../../platform/db/connect.js';
import type { App } from '../../../platform/http/types.js';
import { callbackUrl, DEV_IDP_CLIENT_ID, DEV_IDP_PATH, devIdpClientSecret, postLogoutUrl } from '../oidc/providers.js';
import { demoAccounts } from './accounts.js';
import type { IdentityProviderServer, IdpAccount } from './provider.js';

export function devIdpEnabled(config: Config): boolean {
  return config.devIdp && config.env !== 'production';
}

export function devIdpRoutes(app: App, { config, database }: { config: Config; database: Database }): void {
  if (!devIdpEnabled(config)) return;
  let cached: { at: number; accounts: IdpAccount[] } | null = null;
  const accounts = async () => {
    if (!cached || Date.now() - cached.at > 60_000)
      cached = { at: Date.now(), accounts: await demoAccounts(database.kysely, config) };
    return cached.accounts;
  };
  let idp: Promise<IdentityProviderServer> | null = null;
  // oidc-provider is loaded only here, only when the development IdP is on.
  const server = () =>
    (idp ??= import('./provider.js').then(({ createIdentityProvider }) =>
      createIdentityProvider({
        issuer: `${config.oidcRedirectBase}${DEV_IDP_PATH}`,
        mountPath: DEV_IDP_PATH,
        trustProxy: config.trustProxy,
        cookieSecret: hmacHex(config.appSecret, 'dev-idp cookies'),
        providerName: 'DigiD (demo)',
        heading: 'Inloggen als…',
        intro:
          'Dit is een nagebootste DigiD voor de demo: er wordt geen echte DigiD gebruikt. Kies wie u wilt zijn; Keukentafel krijgt dan het burgerservicenummer van die persoon.',
        accounts,
        clients: [
          {
            clientId: DEV_IDP_CLIENT_ID,
            clientSecret: devIdpClientSecret(config),
            redirectUris: [callbackUrl(config, 'citizen')],
            postLogoutRedirectUris: [postLogoutUrl(config)],
          },
        ],
      }),
    ));
  void app.register(async (scope) => {
    // oidc-provider reads its own request bodies: leave them unread here.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    const handler = async (
      request: { raw: import('node:http').IncomingMessage },
      reply: { hijack(): void; raw: import('node:http').ServerResponse },
    ) => {
      reply.hijack();
      const req = request.raw as typeof request.raw & { originalUrl?: string };
      req.originalUrl = req.url;
      req.url = (req.url ?? '').slice(DEV_IDP_PATH.length) || '/';
      await (await server()).handle(req, reply.raw);
    };
    scope.all(DEV_IDP_PATH, { schema: { hide: true } }, handler);
    scope.all(`${DEV_IDP_PATH}/*`, { schema: { hide: true } }, handler);
  });
}
