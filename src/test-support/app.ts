// An app on a fresh database for HTTP tests through app.inject, plus login helpers.
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../platform/db/connect.js';
import type { App } from '../platform/http/types.js';
import { MODULES } from '../modules/index.js';
import { createWorker } from '../platform/jobs/standard-jobs.js';
import { createLogger } from '../platform/http/logger.js';
import type { JobWorker } from '../platform/jobs/worker.js';
import { createTestDatabase } from './database.js';

export const TEST_PASSWORD = 'correct-horse-battery';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    APP_SECRET: 'test-secret-test-secret-test-secret-!',
    LOG_LEVEL: 'silent',
    DATA_DIR: '/nonexistent-test-data-dir',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    // Many tests fail logins from the one test address: the per-address slow-down has its own tests.
    LOGIN_IP_MAX_FAILURES: '100000',
    TOTP_RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_PER_MINUTE: '1000000',
    PUBLIC_FORM_RATE_LIMIT_PER_HOUR: '1000000',
    ...overrides,
  });
}

export interface TestApp {
  app: App;
  db: Database;
  config: Config;
  worker: JobWorker;
  close(): Promise<void>;
}

export async function createTestApp(opts: { config?: Config; database?: Database } = {}): Promise<TestApp> {
  const config = opts.config ?? testConfig();
  const db = opts.database ?? (await createTestDatabase());
  const app = await buildApp({ config, database: db, logger: false, serveWeb: false });
  await app.ready();
  const worker = createWorker(db.kysely, config, createLogger('silent'), MODULES);
  return {
    app,
    db,
    config,
    worker,
    async close() {
      await app.close();
      if (!opts.database) await db.close();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const set = res.cookies.find((c) => c.name === 'kt_session');
  if (!set) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  return `kt_session=${set.value}`;
}

export async function login(app: App, username: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const body = res.json<{ status: string; csrfToken: string }>();
  if (body.status !== 'ok') throw new Error(`login ${username} needs ${body.status}`);
  const cookie = sessionCookie(res);
  return { cookie, csrf: body.csrfToken, headers: { cookie, 'x-csrf-token': body.csrfToken } };
}
