// Browser journeys (e2e/*.journey.ts) with Playwright Test, in Debian's Chromium (never a browser
// download), against the built app on a database of its own (e2e/serve.mjs: embedded PGlite, or a
// fresh database on the server DATABASE_URL points at). `npm run test:e2e` builds first.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// The runner loads this file first and every worker loads it again; the workers inherit the
// runner's environment, so the port chosen here once is the one they all use.
const FREE_PORT = `const s = require('node:net').createServer();
s.listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });`;
process.env.KT_E2E_PORT ??= execFileSync(process.execPath, ['-e', FREE_PORT], { encoding: 'utf8' }).trim();
const baseURL = `http://127.0.0.1:${process.env.KT_E2E_PORT}`;
process.env.KT_E2E_BASE_URL = baseURL;
// Where this run's server log, mail drop, screenshots, report and failure traces go. scripts/journeys.mjs
// runs the journeys as parallel shards, each with its own server and database, and gives each shard a
// directory of its own (artifacts/e2e/shard-<n>); a plain `npx playwright test` uses artifacts/e2e.
process.env.KT_E2E_ARTIFACTS ??= resolve('artifacts', 'e2e');
const ARTIFACTS = process.env.KT_E2E_ARTIFACTS;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.journey.ts',
  // One server, one database, one journey at a time: journeys share demo accounts and seeded
  // families, and the privacy officer looks for what the admin journey did (files run in
  // alphabetical order with one worker: admin-team before privacy-officer; see e2e/README.md).
  workers: 1,
  fullyParallel: false,
  // The custom runner never retried: a journey that fails, fails.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // 90 s a step: the overall Buurtgezinnen assignment step takes ~50 s on a loaded 2-core machine.
  timeout: 90_000,
  // Traces and screenshots of failed steps; the journeys' own screenshots go to artifacts/e2e/<journey>/.
  outputDir: `${ARTIFACTS}/results`,
  reporter: [['list'], ['html', { outputFolder: `${ARTIFACTS}/report`, open: 'never' }]],
  use: {
    baseURL,
    headless: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    // Traces without their per-action screenshots: those cost 10–15 % of a run; the failure screenshot stays.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: 'node e2e/serve.mjs',
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    // Always a fresh server: a reused one would carry the previous run's data.
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    // Time for the server to stop and for the database to be dropped (e2e/serve.mjs).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
  },
});
