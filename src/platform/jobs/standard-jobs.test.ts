// Module jobs join the platform's; two owners of one job kind would silently replace each other.
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import type { DB } from '../db/schema.js';
import { createLogger } from '../http/logger.js';
import { createWorker } from './standard-jobs.js';

const db = {} as Kysely<DB>; // creating a worker touches no database
const log = createLogger('silent');
const testConfig = () => loadConfig({ NODE_ENV: 'test', APP_SECRET: 'test-secret-test-secret-test-secret-!' });
const noop = async () => {};

describe('createWorker', () => {
  it('refuses a job kind that the platform or another module already registers', () => {
    expect(() =>
      createWorker(db, testConfig(), log, [{ name: 'm', jobs: () => ({ handlers: { probe: noop } }) }]),
    ).toThrow('Job kind "probe" is registered by both platform and m');
    const twice = { name: 'n', jobs: () => ({ handlers: { 'n.run': noop } }) };
    expect(() => createWorker(db, testConfig(), log, [twice, { ...twice, name: 'o' }])).toThrow('both n and o');
    expect(() => createWorker(db, testConfig(), log, [twice])).not.toThrow();
  });
});
