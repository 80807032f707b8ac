// The one field-path style: relative to the body, dotted, array indexes as numbers; query and
// path parameters keep their prefix so they cannot be mistaken for body fields.
import { describe, expect, it } from 'vitest';
import { fieldPath } from './error-handler.js';

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
