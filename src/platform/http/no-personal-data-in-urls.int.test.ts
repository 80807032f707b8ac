// Reverse proxies and access logs keep URLs: no query parameter may carry personal data. The
// OpenAPI document lists every route's parameters, so walking it covers routes added later too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** Parameter names that can hold a name, birth date, address, identifier or contact detail. */
const PERSONAL = [
  /name/i, // name, givenName, familyName, username …
  /birth|dob|^age$/i,
  /postcode|postal|zip/i,
  /address|street|house|city|residence/i,
  /bsn|ssn|citizen/i,
  /mail/i,
  /phone|mobile|telephone/i,
  /iban|account/i,
  /^(q|query|search|term|text|free)$/i, // free text can be anything a user types
];

interface Operation {
  parameters?: Array<{ name: string; in: string }>;
}

describe('no personal data in URLs', () => {
  it('no query parameter of any documented route can carry personal data', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, Operation>>;
    }>();
    const queryParams = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => `${method.toUpperCase()} ${path} ?${p.name}`),
      ),
    );
    expect(queryParams.length).toBeGreaterThan(20); // the walk sees the real document
    const offending = queryParams.filter((q) => PERSONAL.some((re) => re.test(q.split('?')[1] ?? '')));
    expect(offending).toEqual([]);
  });

  it('the searches on personal data take a POST body', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>();
    expect(doc.paths['/api/families/search']?.post?.requestBody).toBeDefined();
    expect(doc.paths['/api/audit/events/search']?.post?.requestBody).toBeDefined();
    expect(doc.paths['/api/admin/users/search']?.post?.requestBody).toBeDefined();
  });
});
