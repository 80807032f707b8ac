// The measurements list's `edit` flag agrees with recording a measurement, over role ×
// relationship × trajectory state.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { buildPerson, ensureGeography } from '../../test-support/factories.js';
import { checkFamilyAbilityMatrix } from '../../test-support/family-ability-matrix.js';

// Every cell builds its own records and asks twice over HTTP: far more than one route matrix.
const MATRIX_TIMEOUT = 600_000;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await ensureGeography(t.db.kysely);
});
afterAll(async () => {
  await t.close();
});

const measurements = (f: { familyId: string }) => `/api/families/${f.familyId}/measurements`;

describe('measurement abilities', () => {
  it(
    'edit is what the server then decides',
    async () => {
      await checkFamilyAbilityMatrix(t, [
        {
          flag: 'measurements abilities.edit',
          prepare: async ({ familyId }) => ({ personId: await buildPerson(t.db.kysely, familyId, { kind: 'parent' }) }),
          read: measurements,
          path: 'abilities.edit',
          attempt: (f) => ({
            method: 'POST',
            url: measurements(f),
            payload: {
              instrument: 'positive_health',
              personId: f.personId,
              measuredOn: '2026-01-05',
              scores: [{ item: 'meaningfulness', score: 6 }],
            },
          }),
        },
      ]);
    },
    MATRIX_TIMEOUT,
  );
});
