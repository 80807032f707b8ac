// Bad input to the signal routes is a 4xx and stores nothing: random JSON for the form, random
// bytes and broken CSV for the upload (a refused file leaves no batch behind; an accepted file with
// only bad rows stores no signal), and junk triage and outreach decisions.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../test-support/app.js';
import { buildSignalWorld, csvHeaders, testBsn, type SignalWorld } from '../../test-support/signal-factories.js';

let t: TestApp;
let w: SignalWorld;
let housing: Session;
let member: Session;
let signalId: string;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildSignalWorld(t.db.kysely);
  housing = await login(t.app, w.housing.user.username);
  member = await login(t.app, w.member.username);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/signals',
    headers: housing.headers,
    payload: {
      bsn: testBsn(77),
      postcode: '8011AB',
      houseNumber: '1',
      category: 'rent_arrears',
      amountCents: 100,
      arrearsSince: '2026-01-01',
      signalDate: '2026-03-01',
    },
  });
  signalId = (
    await t.db.kysely
      .selectFrom('signal')
      .select('id')
      .where('reference', '=', res.json<{ reference: string }>().reference)
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => {
  await t.close();
});

async function fingerprint(): Promise<string> {
  const db = t.db.kysely;
  const parts = await Promise.all(
    (['signal', 'signal_contact_attempt', 'collective_activity'] as const).map((table) =>
      db
        .selectFrom(table)
        .selectAll()
        .execute()
        .then((rows) => rows.map((r) => JSON.stringify(r)).sort()),
    ),
  );
  return JSON.stringify(parts);
}

const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constantFrom(
    '',
    '2026-02-30',
    '123456789',
    '999999999',
    '8011 ab',
    '9999ZZ',
    'rent_arrears',
    'domestic_safety',
    '\u0000',
    "'; DROP TABLE signal; --",
    'x'.repeat(5000),
  ),
);
const FIELDS = [
  'bsn',
  'givenName',
  'familyName',
  'birthDate',
  'postcode',
  'houseNumber',
  'category',
  'urgency',
  'amountCents',
  'arrearsSince',
  'signalDate',
  'note',
];

describe('bad input to the signal routes is a 4xx and stores nothing', () => {
  it('random signals from the form', async () => {
    const before = await fingerprint();
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...FIELDS, 'extra'), junk, { maxKeys: 8 }), async (body) => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/signals',
          headers: housing.headers,
          payload: body,
        });
        expect(
          res.statusCode,
          `${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 200)}`,
        ).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
    expect(await fingerprint()).toBe(before);
  }, 120_000);

  it('random files and broken CSV', async () => {
    const before = await fingerprint();
    const header = 'bsn;voornaam;achternaam;geboortedatum;postcode;huisnummer;bedrag;achterstand_sinds;signaaldatum';
    const badRow = fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.constantFrom('"', '""', ';', '\r', '\n', '123456789', '8011AB', 'abc', '-5', '01-13-2026'),
        ),
        { minLength: 0, maxLength: 12 },
      )
      .map((cells) => cells.join(';'));
    const file = fc.oneof(
      fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
      fc.array(badRow, { maxLength: 6 }).map((rows) => [header, ...rows].join('\n')),
      fc.string({ maxLength: 300 }),
    );
    await fc.assert(
      fc.asyncProperty(file, async (body) => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/signals/uploads',
          headers: csvHeaders(housing),
          payload: body,
        });
        expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
        if (res.statusCode === 201) expect(res.json<{ rowsAccepted: number }>().rowsAccepted).toBe(0);
      }),
      { numRuns: 200 },
    );
    expect(await fingerprint()).toBe(before);
  }, 180_000);

  it('any x-file-name header: the upload is accepted and the stored name is safe (never a 500 on a bad escape)', async () => {
    const piece = fc.oneof(
      fc.constantFrom(...'%0123456789ABCDEFabcdefxyz/\\. _-é'.split('')),
      fc.constantFrom(
        '%E0',
        '%',
        '%%',
        '%C3%A9',
        '%00',
        '%0A',
        '%1F',
        '%2F',
        '%5C',
        '%2E%2E%2F',
        '%F0%9F%98%80',
        '%ED%A0%80',
        '%C0%AF',
        '%FF',
        '..',
        'lijst.csv',
      ),
    );
    const header = fc.array(piece, { minLength: 1, maxLength: 80 }).map((parts) => parts.join(''));
    const file = 'bsn;postcode;huisnummer;bedrag;achterstand_sinds;signaaldatum\n';
    await fc.assert(
      fc.asyncProperty(header, async (name) => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/signals/uploads',
          headers: csvHeaders(housing, name),
          payload: file,
        });
        expect(res.statusCode, `${name} → ${res.body.slice(0, 200)}`).toBe(201);
        const stored = res.json<{ fileName: string | null }>().fileName;
        if (stored !== null) {
          expect(stored).not.toMatch(/[/\\\p{Cc}]/u);
          expect(Array.from(stored).length).toBeLessThanOrEqual(200);
          expect(stored.trim()).toBe(stored);
          expect(stored).not.toBe('');
        }
      }),
      { numRuns: 150 },
    );
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/signals/uploads',
      headers: csvHeaders(housing, 'huur%E0lijst.csv'),
      payload: file,
    });
    expect([malformed.statusCode, malformed.json<{ fileName: string }>().fileName]).toEqual([201, 'huur%E0lijst.csv']);
    const encoded = await t.app.inject({
      method: 'POST',
      url: '/api/signals/uploads',
      headers: csvHeaders(housing, 'map%2Fhuurlijst%20m%C3%A4rz.csv'),
      payload: file,
    });
    expect(encoded.json<{ fileName: string }>().fileName).toBe('huurlijst märz.csv');
  }, 120_000);

  it('junk triage, contact attempts and outcomes', async () => {
    const before = await fingerprint();
    const paths = ['triage', 'contact-attempts', 'outreach-outcome'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.oneof(fc.constant('SIGNAL'), fc.uuid(), fc.string({ maxLength: 20 })),
        fc.dictionary(
          fc.constantFrom(
            'outcome',
            'reason',
            'referredTo',
            'meldcode',
            'familyId',
            'newTrajectory',
            'method',
            'attemptedOn',
            'partOfDay',
            'reached',
            'evictionPrevented',
            'note',
          ),
          junk,
          { maxKeys: 6 },
        ),
        async (path, rawId, body) => {
          const id = rawId === 'SIGNAL' ? signalId : encodeURIComponent(rawId);
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/signals/${id}/${path}`,
            headers: member.headers,
            payload: body,
          });
          expect(
            res.statusCode,
            `${path} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 200)}`,
          ).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 200 },
    );
    expect(await fingerprint()).toBe(before);
  }, 120_000);
});
