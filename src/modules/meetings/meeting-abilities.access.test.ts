// The top-3 table's ability flags agree with the requests they stand for, over role × relationship
// × trajectory state: `edit` on the list (a new meeting) and on one meeting, open or confirmed.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test-support/app.js';
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

const MEETING = {
  kind: 'top3',
  heldOn: '2026-03-12',
  participants: [
    {
      kind: 'family_member',
      name: 'Moeder',
      roleLabel: 'moeder',
      concerns: [{ concernKey: 'geld', concernLabel: 'Geldzorgen', ownWords: 'Schulden' }],
    },
  ],
};
const PARTICIPANT = { kind: 'network', name: 'Buurman', roleLabel: 'buurman' };
const meetings = (f: { familyId: string }) => `/api/families/${f.familyId}/meetings`;

async function meeting(familyId: string, regisseur: Session, confirm: boolean): Promise<{ meetingId: string }> {
  const created = await t.app.inject({
    method: 'POST',
    url: meetings({ familyId }),
    headers: regisseur.headers,
    payload: MEETING,
  });
  if (created.statusCode !== 201 && created.statusCode !== 200) throw new Error(`meeting: ${created.body}`);
  const meetingId = created.json<{ id: string }>().id;
  if (confirm)
    await t.app.inject({
      method: 'POST',
      url: `${meetings({ familyId })}/${meetingId}/confirm`,
      headers: regisseur.headers,
      payload: { order: ['geld'] },
    });
  return { meetingId };
}

describe('meeting abilities', () => {
  it(
    'edit is what the server then decides, on the list and on an open or confirmed meeting',
    async () => {
      await checkFamilyAbilityMatrix(t, [
        {
          flag: 'meetings abilities.edit',
          read: meetings,
          path: 'abilities.edit',
          attempt: (f) => ({ method: 'POST', url: meetings(f), payload: MEETING }),
        },
        ...[false, true].map((confirmed) => ({
          flag: 'meeting abilities.edit',
          prepare: ({ familyId, regisseur }: { familyId: string; regisseur: Session }) =>
            meeting(familyId, regisseur, confirmed),
          read: (f: { familyId: string; meetingId?: string }) => `${meetings(f)}/${f.meetingId ?? ''}`,
          path: 'abilities.edit',
          attempt: (f: { familyId: string; meetingId?: string }) => ({
            method: 'POST' as const,
            url: `${meetings(f)}/${f.meetingId ?? ''}/participants`,
            payload: PARTICIPANT,
          }),
        })),
      ]);
    },
    MATRIX_TIMEOUT,
  );
});
