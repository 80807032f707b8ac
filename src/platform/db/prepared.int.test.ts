// Named statements for the hot ones (prepareHotStatements, connect.ts): a parameterised statement is
// named from its third use, so PostgreSQL parses and plans it once per connection; ON CONFLICT and
// statements without parameters stay unnamed. PostgreSQL only (the embedded backend does not use it).
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { prepareHotStatements } from './connect.js';
import { testBackend } from '../../test-support/database.js';

describe.skipIf(testBackend() !== 'postgres')('prepareHotStatements', () => {
  it('names a parameterised statement from its third use, never ON CONFLICT or one without parameters', async () => {
    const url = loadConfig({ ...process.env, APP_SECRET: 'x'.repeat(32) }).databaseUrl as string;
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    prepareHotStatements(pool);
    const client = await pool.connect();
    try {
      const prepared = async () =>
        (await client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')).rows.map(
          (r) => r.statement,
        );
      await client.query('SELECT $1::int + 1 AS n', [1]);
      await client.query('SELECT $1::int + 1 AS n', [2]);
      expect(await prepared()).toEqual([]);
      const third = await client.query<{ n: number }>('SELECT $1::int + 1 AS n', [3]);
      expect(third.rows[0]?.n).toBe(4);
      await client.query('CREATE TEMP TABLE prepared_probe (k int PRIMARY KEY)');
      for (let i = 0; i < 4; i++) {
        await client.query('INSERT INTO prepared_probe VALUES ($1) ON CONFLICT (k) DO NOTHING', [i % 2]);
        await client.query('SELECT 2');
      }
      expect(await prepared()).toEqual(['SELECT $1::int + 1 AS n']);
      expect((await client.query('SELECT $1::int + 1 AS n', [41])).rows[0]).toEqual({ n: 42 });
    } finally {
      client.release();
      await pool.end();
    }
  });
});
