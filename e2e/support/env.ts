// Where the journeys find the server and where they put what they leave behind.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS_DIR = join(ROOT, 'artifacts', 'e2e');

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run the journeys with \`node e2e/run.mjs\` (it starts the server and sets it).`,
    );
  }
  return value;
}

/** e.g. http://127.0.0.1:41234 — set by e2e/run.mjs. */
export const BASE_URL = required('KT_E2E_BASE_URL').replace(/\/$/, '');

/** A temp directory of this run, shared by the journeys (see state.ts). */
export const RUN_DIR = required('KT_E2E_RUN_DIR');

/** The server seeds the demo accounts with DEMO_PASSWORD; run.mjs passes its environment on. */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'keukentafel';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
