import { basename } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// Browser journeys against one running server (started by e2e/run.mjs). They run one file at a
// time in a fixed order: the privacy officer looks for what the admin journey did before it.
const ORDER = ['login', 'admin-team', 'privacy-officer', 'totp'];

function rank(spec: TestSpecification): number {
  const index = ORDER.indexOf(basename(spec.moduleId).replace(/\.journey\.ts$/, ''));
  return index === -1 ? ORDER.length : index;
}

class JourneySequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  test: {
    include: ['e2e/**/*.journey.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    sequence: { sequencer: JourneySequencer },
    reporters: ['default'],
  },
});
