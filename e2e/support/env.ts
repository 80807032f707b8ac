// Where the journeys find the server and where they put what they leave behind.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** artifacts/e2e, or the shard's own directory (KT_E2E_ARTIFACTS, set by playwright.config.ts / scripts/journeys.mjs). */
export const ARTIFACTS_DIR = process.env.KT_E2E_ARTIFACTS || join(ROOT, 'artifacts', 'e2e');

/**
 * What one journey leaves for a later one. Inside Playwright's outputDir (playwright.config.ts),
 * which is emptied at the start of every run: nothing carries over from an earlier run.
 */
export const RUN_STATE_DIR = join(ARTIFACTS_DIR, 'results', 'run-state');

/**
 * Where the server delivers mail with a secret (links) when there is no SMTP server: the journeys read the links
 * there as the recipient would, because the administrator's outbox keeps such mail redacted. Set by e2e/serve.mjs.
 */
export const MAIL_DROP_DIR = join(ARTIFACTS_DIR, 'mail-drop');

/** e.g. http://127.0.0.1:41234 — chosen by playwright.config.ts, where e2e/serve.mjs listens. */
export const BASE_URL = (() => {
  const value = process.env.KT_E2E_BASE_URL;
  if (!value) throw new Error('KT_E2E_BASE_URL is not set: run the journeys with `npx playwright test`.');
  return value.replace(/\/$/, '');
})();

/** The server seeds the demo accounts with DEMO_PASSWORD; e2e/serve.mjs passes the environment on. */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'keukentafel';
