// The plan's ability flags (edit, signOff) agree with the requests they stand for, over role ×
// relationship × trajectory state. The family's own sign-off runs under its agreement policy, a
// professional's under the family policy: the flag follows the same choice.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { ensureGeography } from '../../test-support/factories.js';
import { checkFamilyAbilityMatrix, type FamilyAbilityCase } from '../../test-support/family-ability-matrix.js';

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

const plan = (f: { familyId: string }) => `/api/families/${f.familyId}/plan`;
const withPlan: FamilyAbilityCase['prepare'] = async ({ familyId, regisseur }) => {
  const res = await t.app.inject({
    method: 'PUT',
    url: plan({ familyId }),
    headers: regisseur.headers,
    payload: { baseVersion: 0, content: { reviews: [{ date: '2026-03-01' }] } },
  });
  if (res.statusCode !== 200) throw new Error(`plan not created: ${res.statusCode} ${res.body}`);
  return {};
};
const currentVersion = (resource: unknown) =>
  (resource as { current: { version: number } | null }).current?.version ?? 0;

describe('plan abilities', () => {
  it(
    'edit and signOff are what the server then decides',
    async () => {
      await checkFamilyAbilityMatrix(t, [
        {
          flag: 'plan abilities.edit',
          prepare: withPlan,
          read: plan,
          path: 'abilities.edit',
          attempt: (f, resource) => ({
            method: 'PUT',
            url: plan(f),
            payload: { baseVersion: currentVersion(resource), content: { safetyAgreements: [{ text: 'Oma belt' }] } },
          }),
        },
        {
          flag: 'plan abilities.signOff',
          prepare: withPlan,
          read: plan,
          path: 'abilities.signOff',
          attempt: (f, resource) => ({
            method: 'POST',
            url: `${plan(f)}/versions/${currentVersion(resource)}/sign-off`,
            payload: { signedOn: '2026-01-05', signedByName: 'Vader' },
          }),
        },
      ]);
    },
    MATRIX_TIMEOUT,
  );
});
