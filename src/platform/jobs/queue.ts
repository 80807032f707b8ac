// Enqueue durable jobs. Call with the caller's transaction so a job exists only if its cause committed.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Tx } from '../db/transaction.js';

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
  /** At most one queued job per (kind, dedupeKey). */
  dedupeKey?: string;
}

export async function enqueue(
  db: Kysely<DB> | Tx,
  kind: string,
  payload: object = {},
  opts: EnqueueOptions = {},
): Promise<void> {
  await db
    .insertInto('job')
    .values({
      kind,
      payload: JSON.stringify(payload),
      run_at: opts.runAt ?? new Date(),
      max_attempts: opts.maxAttempts ?? 5,
      dedupe_key: opts.dedupeKey ?? null,
    })
    .onConflict((oc) =>
      oc.columns(['kind', 'dedupe_key']).where('dedupe_key', 'is not', null).where('status', '=', 'queued').doNothing(),
    )
    .execute();
}
