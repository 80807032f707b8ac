// The configured OpenID Connect providers as openid-client Configurations, discovered once per
// process and kept (discovery document and JWKS are cached by openid-client itself).
import * as client from 'openid-client';
import type { Config, OidcProviderConfig } from '../../../config.js';
import { now } from '../../../platform/clock.js';
import { hmacHex } from '../../../platform/crypto/tokens.js';

export const IDENTITY_PROVIDERS = ['citizen', 'professional'] as const;
export type IdentityProvider = (typeof IDENTITY_PROVIDERS)[number];

export const DEV_IDP_PATH = '/dev-idp';
export const DEV_IDP_CLIENT_ID = 'keukentafel-demo';

/** The development IdP's client secret: derived, so nothing needs configuring for the demo. */
export const devIdpClientSecret = (config: Config) => hmacHex(config.appSecret, 'dev-idp client secret');

export const callbackUrl = (config: Config, provider: IdentityProvider) =>
  `${config.oidcRedirectBase}/api/auth/oidc/${provider}/callback`;
export const postLogoutUrl = (config: Config) => `${config.oidcRedirectBase}/login?uitgelogd=1`;

/** The provider's settings: configured, or for citizens the development IdP when that is on. */
export function providerSettings(config: Config, provider: IdentityProvider): OidcProviderConfig | undefined {
  const configured = config.oidc[provider];
  if (configured) return configured;
  if (provider === 'citizen' && config.devIdp && config.env !== 'production')
    return {
      issuer: `${config.oidcRedirectBase}${DEV_IDP_PATH}`,
      clientId: DEV_IDP_CLIENT_ID,
      clientSecret: devIdpClientSecret(config),
      scope: 'openid',
      claim: 'bsn',
      mfa: { claim: 'none', values: [] },
    };
  return undefined;
}

export const configuredProviders = (config: Config) =>
  Object.fromEntries(IDENTITY_PROVIDERS.map((p) => [p, providerSettings(config, p) !== undefined])) as Record<
    IdentityProvider,
    boolean
  >;

/** Plain http only for a loopback provider outside production (tests, the development IdP). */
function insecureAllowed(config: Config, issuer: string): boolean {
  const url = new URL(issuer);
  return (
    config.env !== 'production' &&
    url.protocol === 'http:' &&
    ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  );
}

const discovered = new Map<string, Promise<client.ServerMetadata>>();

/**
 * A client for the provider. Discovery is done once per process and kept; the client itself is made
 * per login, so that token validation (exp, iat) runs at the app's one clock (platform/clock.ts).
 */
export async function clientFor(config: Config, settings: OidcProviderConfig): Promise<client.Configuration> {
  const insecure = insecureAllowed(config, settings.issuer);
  let pending = discovered.get(settings.issuer);
  if (!pending) {
    pending = client
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
        timeout: 10,
      })
      .then((c) => c.serverMetadata());
    discovered.set(settings.issuer, pending);
    // A failed discovery (provider down) is tried again on the next login, not cached.
    pending.catch(() => discovered.delete(settings.issuer));
  }
  const metadata = await pending;
  const oidc = new client.Configuration(
    metadata,
    settings.clientId,
    {
      client_secret: settings.clientSecret,
      [client.clockSkew]: Math.round((now().getTime() - Date.now()) / 1000),
    },
    client.ClientSecretPost(settings.clientSecret),
  );
  if (insecure) client.allowInsecureRequests(oidc);
  return oidc;
}
