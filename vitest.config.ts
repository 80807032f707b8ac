import { defineConfig } from 'vitest/config';

// Files that replace a module with vi.mock, or read global registries, get a process of their own; every other file shares its
// worker process with the files before it (no fresh process, module graph and PGlite compile per file:
// that was more than half of the suite's time). src/test-support/setup-file.ts undoes fixed clocks and stubs.
// api-types.test.ts compares the generated OpenAPI document with the checked-in one: schemas that other test
// files register in zod's global registry (paging.test.ts's 'TestSort') must not be in it.
const OWN_PROCESS = ['web/src/clock-midnight.test.ts', 'src/openapi/api-types.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['src/test-support/global-setup.ts'],
    setupFiles: ['src/test-support/setup-file.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: OWN_PROCESS,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'own-process', include: OWN_PROCESS, isolate: true } },
    ],
  },
});
