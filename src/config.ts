// The only reader of process.env: configuration is validated once into a frozen, typed object.
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  /** A streaming read replica of DATABASE_URL for reporting queries (dashboards); optional. */
  DATABASE_READ_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Named statements for the hot ones (connect.ts); off behind a pooler that cannot keep them (PgBouncer transaction mode before 1.21). */
  DATABASE_PREPARED_STATEMENTS: bool.default(true),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  APP_SECRET: z.string().min(32).optional(),
  DEMO_PASSWORD: z.string().min(8).default('keukentafel'),
  SEED_DEMO: bool.default(true),
  /** The demo's care allocation history: full (about 1,500 decisions, `npm start`) or small (a few dozen: tests, journeys). */
  DEMO_ALLOCATIONS: z.enum(['full', 'small']).default('full'),
  PUBLIC_URL: z.string().url().optional(),
  TRUST_PROXY: bool.default(false),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_FIRST_WAIT_SECONDS: z.coerce.number().int().min(1).max(3600).default(1),
  LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(1_000_000).default(30),
  TOTP_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  TOTP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(10),
  CONFIRMATION_MAILS_PER_DAY: z.coerce.number().int().min(1).max(1_000_000).default(3),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(30),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(1200),
  PUBLIC_FORM_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(10_000_000).default(10),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Keukentafel <no-reply@keukentafel.local>'),
  MAIL_DROP_DIR: z.string().optional(),
  JOBS_ENABLED: bool.default(true),
  JOBS_POLL_MS: z.coerce.number().int().min(50).max(60000).default(1000),
  AUDIT_SEAL_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  INSTANCE_ID: z.string().max(64).optional(),
  OIDC_REDIRECT_BASE: z.string().url().optional(),
  OIDC_CITIZEN_ISSUER: z.string().url().optional(),
  OIDC_CITIZEN_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CITIZEN_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_CITIZEN_SCOPE: z.string().default('openid'),
  OIDC_CITIZEN_BSN_CLAIM: z.string().min(1).default('bsn'),
  OIDC_PROFESSIONAL_ISSUER: z.string().url().optional(),
  OIDC_PROFESSIONAL_CLIENT_ID: z.string().min(1).optional(),
  OIDC_PROFESSIONAL_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_PROFESSIONAL_SCOPE: z.string().default('openid profile email'),
  OIDC_PROFESSIONAL_ACCOUNT_CLAIM: z.string().min(1).default('preferred_username'),
  OIDC_PROFESSIONAL_MFA_CLAIM: z.enum(['none', 'amr', 'acr']).default('none'),
  OIDC_PROFESSIONAL_MFA_VALUES: z.string().default('mfa'),
  DEV_IDP: bool.optional(),
});

/** One configured OpenID Connect provider (see README, "Logging in with DigiD or the municipality's IdP"). */
export type OidcProviderConfig = Readonly<{
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  /** Citizens: the claim carrying the BSN. Professionals: the claim naming the account (`email` matches the e-mail address, anything else the username). */
  claim: string;
  /** Professionals: where the provider asserts a second factor, and the values that count as one. */
  mfa: Readonly<{ claim: 'none' | 'amr' | 'acr'; values: readonly string[] }>;
}>;

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseReadUrl: string | undefined;
  databasePoolSize: number;
  databasePreparedStatements: boolean;
  statementTimeoutMs: number;
  appSecret: string;
  demoPassword: string;
  seedDemo: boolean;
  demoAllocations: 'full' | 'small';
  publicUrl: string | undefined;
  secureCookies: boolean;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginRateLimitPerMinute: number;
  loginFirstWaitSeconds: number;
  loginIpMaxFailures: number;
  totpMaxFailures: number;
  totpRateLimitPerMinute: number;
  confirmationMailsPerDay: number;
  rateLimitPerMinute: number;
  publicFormRateLimitPerHour: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Without SMTP, mail that carries a secret (a one-time link) is written whole to files here — never to the database. */
  mailDropDir: string | undefined;
  jobsEnabled: boolean;
  jobsPollMs: number;
  auditSealIntervalSeconds: number;
  logLevel: string;
  instanceId: string;
  /** Where the OIDC callbacks and the post-logout page are reached (OIDC_REDIRECT_BASE, else PUBLIC_URL, else http://localhost:PORT). */
  oidcRedirectBase: string;
  oidc: Readonly<{ citizen?: OidcProviderConfig; professional?: OidcProviderConfig }>;
  /** The development identity provider under /dev-idp: never in production. */
  devIdp: boolean;
}>;

export class ConfigError extends Error {}

/** Outside production a missing secret is generated once and kept in DATA_DIR, so restarts keep sessions valid. */
function developmentSecret(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'app-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  // Two instances started at once on a fresh data directory must end up with the same secret (CSRF
  // tokens and sessions are checked against it on either). The secret is written to a file of its
  // own and then linked into place: link() fails when the name exists, so the first one wins and
  // the other reads the winner's secret, never a half-written file.
  const candidate = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(candidate, randomBytes(32).toString('base64url'), { mode: 0o600 });
  try {
    linkSync(candidate, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(candidate);
  }
  return readFileSync(file, 'utf8').trim();
}

function oidcProviders(e: z.infer<typeof EnvSchema>): Config['oidc'] {
  const provider = (kind: 'CITIZEN' | 'PROFESSIONAL'): OidcProviderConfig | undefined => {
    const issuer = e[`OIDC_${kind}_ISSUER`];
    if (!issuer) return undefined;
    const clientId = e[`OIDC_${kind}_CLIENT_ID`];
    const clientSecret = e[`OIDC_${kind}_CLIENT_SECRET`];
    if (!clientId || !clientSecret)
      throw new ConfigError(
        `OIDC_${kind}_ISSUER is set: OIDC_${kind}_CLIENT_ID and OIDC_${kind}_CLIENT_SECRET are required too.`,
      );
    if (e.NODE_ENV === 'production' && !issuer.startsWith('https:'))
      throw new ConfigError(`OIDC_${kind}_ISSUER must be an https URL in production.`);
    const professional = kind === 'PROFESSIONAL';
    return {
      issuer,
      clientId,
      clientSecret,
      scope: e[`OIDC_${kind}_SCOPE`],
      claim: professional ? e.OIDC_PROFESSIONAL_ACCOUNT_CLAIM : e.OIDC_CITIZEN_BSN_CLAIM,
      mfa: professional
        ? {
            claim: e.OIDC_PROFESSIONAL_MFA_CLAIM,
            values: e.OIDC_PROFESSIONAL_MFA_VALUES.split(',')
              .map((v) => v.trim())
              .filter(Boolean),
          }
        : { claim: 'none', values: [] },
    };
  };
  const citizen = provider('CITIZEN');
  const professional = provider('PROFESSIONAL');
  return { ...(citizen ? { citizen } : {}), ...(professional ? { professional } : {}) };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  if (e.NODE_ENV === 'production') {
    if (!e.APP_SECRET) throw new ConfigError('APP_SECRET (at least 32 characters) is required in production.');
    if (!e.DATABASE_URL)
      throw new ConfigError('DATABASE_URL is required in production: the embedded database does not fsync.');
  }
  if (e.DATABASE_READ_URL && !e.DATABASE_URL)
    throw new ConfigError('DATABASE_READ_URL is a read replica of DATABASE_URL: set DATABASE_URL too.');
  const oidcRedirectBase = (e.OIDC_REDIRECT_BASE ?? e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  // The development IdP: on by default in development (npm start's demo), on request in tests, never in production.
  const devIdp = e.NODE_ENV !== 'production' && (e.DEV_IDP ?? e.NODE_ENV === 'development') && !e.OIDC_CITIZEN_ISSUER;
  const config: Config = {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databasePreparedStatements: e.DATABASE_PREPARED_STATEMENTS,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    appSecret: e.APP_SECRET ?? overrides.appSecret ?? developmentSecret(dataDir),
    demoPassword: e.DEMO_PASSWORD,
    seedDemo: e.SEED_DEMO && e.NODE_ENV !== 'production',
    demoAllocations: e.DEMO_ALLOCATIONS,
    publicUrl: e.PUBLIC_URL,
    secureCookies: (e.PUBLIC_URL ?? '').startsWith('https:'),
    trustProxy: e.TRUST_PROXY,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    loginFirstWaitSeconds: e.LOGIN_FIRST_WAIT_SECONDS,
    loginIpMaxFailures: e.LOGIN_IP_MAX_FAILURES,
    totpMaxFailures: e.TOTP_MAX_FAILURES,
    totpRateLimitPerMinute: e.TOTP_RATE_LIMIT_PER_MINUTE,
    confirmationMailsPerDay: e.CONFIRMATION_MAILS_PER_DAY,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    publicFormRateLimitPerHour: e.PUBLIC_FORM_RATE_LIMIT_PER_HOUR,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailDropDir: e.MAIL_DROP_DIR
      ? resolve(e.MAIL_DROP_DIR)
      : e.NODE_ENV === 'development' && !e.SMTP_URL
        ? join(dataDir, 'mail-drop')
        : undefined,
    jobsEnabled: e.JOBS_ENABLED,
    jobsPollMs: e.JOBS_POLL_MS,
    auditSealIntervalSeconds: e.AUDIT_SEAL_INTERVAL_SECONDS,
    logLevel: e.LOG_LEVEL,
    instanceId: e.INSTANCE_ID ?? `${process.pid}-${randomBytes(3).toString('hex')}`,
    oidcRedirectBase,
    oidc: oidcProviders(e),
    devIdp,
    ...overrides,
  };
  // Not even an override turns the development IdP on in production.
  return Object.freeze({ ...config, devIdp: config.devIdp && config.env !== 'production' });
}
