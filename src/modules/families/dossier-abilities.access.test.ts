// The dossier's ability flags agree with the requests they stand for, over role × relationship ×
// trajectory state (including a trajectory reopened without the user, where `edit` used to be true
// and every save a 403).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { ensureGeography } from '../../test-support/factories.js';
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

const dossier = (f: { familyId: string }) => `/api/families/${f.familyId}`;

describe('dossier abilities', () => {
  it(
    'edit, openTrajectory and readInvolvement are what the server then decides',
    async () => {
      await checkFamilyAbilityMatrix(t, [
        {
          flag: 'dossier abilities.edit',
          read: dossier,
          path: 'abilities.edit',
          attempt: (f) => ({
            method: 'PUT',
            url: `${dossier(f)}/stories/story`,
            payload: { body: 'Ons verhaal', baseVersion: 0 },
          }),
        },
        {
          flag: 'dossier abilities.openTrajectory',
          read: dossier,
          path: 'abilities.openTrajectory',
          attempt: (f) => ({
            method: 'POST',
            url: `${dossier(f)}/trajectories`,
            payload: { teamId: f.ownTeamId, entryPoint: 'self_referral', firstContactOn: '2026-11-02' },
          }),
        },
        {
          flag: 'dossier abilities.readInvolvement',
          read: dossier,
          path: 'abilities.readInvolvement',
          // It was false only for the family's own login, which no longer reads the dossier at all.
          constantBecause: 'whoever reads the dossier reads who is involved',
          attempt: (f) => ({ method: 'GET', url: `${dossier(f)}/involvement` }),
        },
      ]);
    },
    MATRIX_TIMEOUT,
  );
});
