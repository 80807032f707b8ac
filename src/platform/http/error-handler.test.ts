// The one field-path style: relative to the body, dotted, array indexes as numbers; query and
// path parameters keep their prefix so they cannot be mistaken for body fields.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldPath, issueKind } from './error-handler.js';

describe('fieldPath', () => {
  it('names body fields relative to the body', () => {
    expect(fieldPath('body', '/actions/2/owner')).toBe('actions.2.owner');
    expect(fieldPath('body', '/username')).toBe('username');
    expect(fieldPath('body', '')).toBe('');
  });

  it('prefixes query and path parameters', () => {
    expect(fieldPath('querystring', '/page')).toBe('query.page');
    expect(fieldPath('params', '/id')).toBe('params.id');
  });
});

describe('issueKind', () => {
  // The same shape fastify-type-provider-zod hands the error handler: code as keyword, the rest as params.
  const kinds = (schema: z.ZodType, input: unknown) => {
    const result = schema.safeParse(input);
    if (result.success) return [];
    return result.error.issues.map(({ code, message, path, ...params }) => ({
      path: path.join('.'),
      ...issueKind(code, params as Parameters<typeof issueKind>[1], message),
    }));
  };
  const Body = z.object({
    owner: z.string().trim().min(1).max(5),
    kind: z.enum(['a', 'b']),
    count: z.number().int().min(2),
    on: z.iso.date(),
    bsn: z
      .string()
      .refine((v) => v === '111222333', { message: 'not a valid BSN (elfproef)', params: { code: 'bsn' } }),
  });

  it('names a missing or empty field required, and gives bounds and enum misses their kind', () => {
    expect(kinds(Body, {})).toEqual(
      expect.arrayContaining([
        { path: 'owner', kind: 'required' },
        { path: 'kind', kind: 'invalid_enum' }, // an enum cannot tell absent from wrong: "choose one"
        { path: 'count', kind: 'required' },
      ]),
    );
    expect(kinds(Body, { owner: '', kind: 'c', count: 1, on: '2026-13-45', bsn: '123456789' })).toEqual([
      { path: 'owner', kind: 'required' },
      { path: 'kind', kind: 'invalid_enum' },
      { path: 'count', kind: 'too_small', limit: 2 },
      { path: 'on', kind: 'invalid_format' },
      { path: 'bsn', kind: 'bsn' },
    ]);
    expect(kinds(Body.pick({ owner: true }), { owner: 'abcdefg' })).toEqual([
      { path: 'owner', kind: 'too_big', limit: 5 },
    ]);
  });
});
