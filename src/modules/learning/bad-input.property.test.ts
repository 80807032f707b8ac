// Bad input to the learning routes is a 4xx and changes nothing: random bodies for positions,
// meetlat definitions (JSON and CSV), entries, meetings, discussions and action status.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { assessment, buildLearningWorld, type LearningWorld } from '../../test-support/learning.js';
import { today } from '../../platform/clock.js';

let t: TestApp;
let w: LearningWorld;
let policy: Session;
let meetingId = '';
let actionId = '';

beforeAll(async () => {
  t = await createTestApp();
  w = await buildLearningWorld(t.db.kysely);
  policy = await login(t.app, w.zwolle.policy.username);
  const call = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: policy.headers, payload });
  const entry = await call('/api/learning/entries', {
    kind: 'went_well',
    title: 'Goed',
    body: 'Goed.',
    municipality: '0193',
  });
  const meeting = await call('/api/learning/meetings', { municipality: '0193', heldOn: today(), title: 'Reflectie' });
  meetingId = meeting.json<{ id: string }>().id;
  await call(`/api/learning/meetings/${meetingId}/discussions`, {
    entryId: entry.json<{ id: string }>().id,
    decision: 'Ja.',
    actions: [{ description: 'Doen wat nodig is', ownerId: w.zwolle.policy.id, dueOn: '2999-01-01' }],
  });
  actionId = (await t.db.kysely.selectFrom('reflection_action').select('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await t.close();
});

const TABLES = [
  'meetlat',
  'meetlat_step',
  'meetlat_assessment',
  'meetlat_position',
  'learning_entry',
  'reflection_meeting',
  'reflection_discussion',
  'reflection_action',
] as const;
async function fingerprint(): Promise<string> {
  const parts = await Promise.all(
    TABLES.map((table) =>
      t.db.kysely
        .selectFrom(table)
        .selectAll()
        .execute()
        .then((rows) => rows.map((r) => JSON.stringify(r)).sort()),
    ),
  );
  return JSON.stringify(parts);
}

const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constantFrom(
    '',
    '0193',
    '2026-02-30',
    '2999-01-01',
    'chafed',
    'done',
    '111222333',
    'x'.repeat(5000),
    '\u0000',
    '00000000-0000-0000-0000-000000000000',
  ),
);

/** A valid body with one field replaced by junk, a field removed, or an unknown field added. */
function spoiled(valid: () => Record<string, unknown>) {
  return fc.tuple(fc.nat(), junk, fc.constantFrom('replace', 'drop', 'extra')).map(([n, value, how]) => {
    const body = valid();
    const keys = Object.keys(body);
    const key = keys[n % keys.length] as string;
    if (how === 'drop') delete body[key];
    else if (how === 'extra') body.unexpected = value;
    else body[key] = value;
    return { body, key, how, value };
  });
}

const ROUTES: Array<[string, 'POST' | 'PATCH', () => string, () => Record<string, unknown>]> = [
  ['assessment', 'POST', () => '/api/learning/meetlat/assessments', () => assessment(w, '0193', '2026-02-01')],
  [
    'import',
    'POST',
    () => '/api/learning/meetlat/import',
    () => ({ format: 'csv', content: 'titel\nA\nB\nC\n', name: 'Eigen' }),
  ],
  [
    'entry',
    'POST',
    () => '/api/learning/entries',
    () => ({ kind: 'chafed', title: 'Schuurt', body: 'Hier.', municipality: '0193' }),
  ],
  [
    'meeting',
    'POST',
    () => '/api/learning/meetings',
    () => ({ municipality: '0193', heldOn: '2026-01-05', title: 'Overleg' }),
  ],
  ['action', 'PATCH', () => `/api/learning/actions/${actionId}`, () => ({ status: 'done' })],
];

describe('bad input to the learning routes', () => {
  it.each(ROUTES)(
    '%s: a spoiled body is a 4xx (or, when still valid, a success) and a refusal changes nothing',
    async (_name, method, url, valid) => {
      await fc.assert(
        fc.asyncProperty(spoiled(valid), async ({ body }) => {
          const before = await fingerprint();
          const res = await t.app.inject({ method, url: url(), headers: policy.headers, payload: body });
          expect(res.statusCode, res.body).toBeLessThan(500);
          if (res.statusCode >= 400) expect(await fingerprint()).toBe(before);
        }),
        { numRuns: 30 },
      );
    },
  );

  it('any meetlat definition is checked without a 5xx; a refusal comes with a report; a check stores nothing', async () => {
    const line = fc.array(
      fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('drop_out', '1', '99', '', 'titel', 'positie')),
      {
        maxLength: 5,
      },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 6 }), fc.constantFrom('csv', 'json'), async (rows, format) => {
        const content = rows.map((r) => r.join(';')).join('\n') || ' ';
        const before = await fingerprint();
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/learning/meetlat/import',
          headers: policy.headers,
          payload: { format, content: format === 'json' ? `{${content}` : content, name: 'X', dryRun: true },
        });
        expect([200, 400], res.body).toContain(res.statusCode);
        if (res.statusCode === 400) expect(res.json<{ errors: unknown[] }>().errors.length).toBeGreaterThan(0);
        expect(await fingerprint()).toBe(before);
      }),
      { numRuns: 20 },
    );
  });

  it('junk discussions at a meeting are refused and change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        spoiled(() => ({ entryId: '00000000-0000-4000-8000-000000000000', decision: 'Ja.', actions: [] })),
        async ({ body }) => {
          const before = await fingerprint();
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/learning/meetings/${meetingId}/discussions`,
            headers: policy.headers,
            payload: body,
          });
          expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
          expect(await fingerprint()).toBe(before);
        },
      ),
      { numRuns: 30 },
    );
  });
});
