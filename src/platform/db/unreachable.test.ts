// A database that cannot be reached answers 503 (retry later), not 500: the chaos test relies on it.
import { describe, expect, it } from 'vitest';
import { UnavailableError } from '../errors.js';
import { normaliseDatabaseError } from './transaction.js';

describe('normaliseDatabaseError: an unreachable database', () => {
  it.each([
    ['refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['refused on each address', new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })])],
    ['terminated', new Error('Connection terminated unexpectedly')],
    ['admin shutdown', Object.assign(new Error('terminating connection'), { code: '57P01' })],
    ['starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['connection exception', Object.assign(new Error('x'), { code: '08006' })],
  ])('%s → 503 database_unavailable', (_name, err) => {
    const out = normaliseDatabaseError(err);
    expect(out).toBeInstanceOf(UnavailableError);
    expect((out as UnavailableError).code).toBe('database_unavailable');
  });

  it('leaves other errors alone', () => {
    const err = new Error('syntax');
    expect(normaliseDatabaseError(err)).toBe(err);
    expect(normaliseDatabaseError(Object.assign(new Error('dup'), { code: '23505' }))).not.toBeInstanceOf(
      UnavailableError,
    );
  });
});
