// Runs around every test file. Files share their worker process (`isolate: false` in vitest.config.ts:
// a fresh process per file cost more than half of the suite's time), so nothing a file fixed or stubbed
// may reach the next file.
import { afterAll, vi } from 'vitest';

afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
