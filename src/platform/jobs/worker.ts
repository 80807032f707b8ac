// Claims due jobs with FOR UPDATE SKIP LOCKED and runs each inside the claiming transaction:
// a job's database effects commit together with its "done" mark, so across any number of
// instances a job runs to completion exactly once. Failures retry with exponential back-off.
import { sql, type Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { DB } from '../db/schema.js';
import type { Tx } from '../db/transaction.js';

export interface JobContext {
  trx: Tx;
  jobId: number;
  attempt: number;
  instanceId: string;
}
export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<void>;

export interface Schedule {
  name: string;
  kind: string;
  intervalSeconds: number;
}

export class JobWorker {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly schedules: Schedule[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly log: Logger,
    readonly instanceId: string,
  ) {}

  register(kind: string, handler: JobHandler): this {
    this.handlers.set(kind, handler);
    return this;
  }

  schedule(s: Schedule): this {
    this.schedules.push(s);
    return this;
  }

  async installSchedules(): Promise<void> {
    for (const s of this.schedules) {
      await this.db
        .insertInto('job_schedule')
        .values({ name: s.name, kind: s.kind, interval_seconds: s.intervalSeconds })
        .onConflict((oc) => oc.column('name').doUpdateSet({ kind: s.kind, interval_seconds: s.intervalSeconds }))
        .execute();
    }
  }

  /** Enqueue the runs of schedules that are due; the row update makes this once per period across instances. */
  async enqueueDueSchedules(): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const due = await sql<{ name: string; kind: string }>`
        UPDATE job_schedule SET next_run_at = now() + make_interval(secs => interval_seconds)
        WHERE next_run_at <= now() RETURNING name, kind`.execute(trx);
      for (const row of due.rows) {
        await trx
          .insertInto('job')
          .values({
            kind: row.kind,
            payload: JSON.stringify({ schedule: row.name }),
            dedupe_key: `schedule:${row.name}`,
          })
          .onConflict((oc) =>
            oc
              .columns(['kind', 'dedupe_key'])
              .where('dedupe_key', 'is not', null)
              .where('status', '=', 'queued')
              .doNothing(),
          )
          .execute();
      }
      return due.rows.length;
    });
  }

  /** Run one due job, if any. Returns whether a job was claimed. */
  async runOne(): Promise<boolean> {
    const trx = await this.db.startTransaction().execute();
    try {
      const job = await sql<{ id: number; kind: string; payload: unknown; attempts: number; max_attempts: number }>`
        SELECT id, kind, payload, attempts, max_attempts FROM job
        WHERE status = 'queued' AND run_at <= now()
        ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`.execute(trx);
      const row = job.rows[0];
      if (!row) {
        await trx.commit().execute();
        return false;
      }
      const attempt = row.attempts + 1;
      const handler = this.handlers.get(row.kind);
      const work = await trx.savepoint('job_work').execute();
      try {
        if (!handler) throw new Error(`no handler for job kind ${row.kind}`);
        await handler(row.payload, { trx: work, jobId: row.id, attempt, instanceId: this.instanceId });
        await work.releaseSavepoint('job_work').execute();
        await trx
          .updateTable('job')
          .set({
            status: 'done',
            attempts: attempt,
            finished_at: new Date(),
            finished_by: this.instanceId,
            last_error: null,
          })
          .where('id', '=', row.id)
          .execute();
      } catch (err) {
        await work.rollbackToSavepoint('job_work').execute();
        const final = attempt >= row.max_attempts;
        const backoffSeconds = Math.min(3600, 2 ** attempt * 5);
        this.log.warn({ jobId: row.id, kind: row.kind, attempt, final, err: errorMessage(err) }, 'job failed');
        await trx
          .updateTable('job')
          .set({
            status: final ? 'failed' : 'queued',
            attempts: attempt,
            last_error: errorMessage(err).slice(0, 2000),
            run_at: sql<Date>`now() + make_interval(secs => ${backoffSeconds})`,
            ...(final ? { finished_at: new Date(), finished_by: this.instanceId } : {}),
          })
          .where('id', '=', row.id)
          .execute();
      }
      await trx.commit().execute();
      return true;
    } catch (err) {
      await trx
        .rollback()
        .execute()
        .catch(() => {});
      throw err;
    }
  }

  /** Run due jobs until none are left (or `max` ran). */
  async drain(max = 1000): Promise<number> {
    let n = 0;
    while (n < max && (await this.runOne())) n++;
    return n;
  }

  start(pollMs: number): void {
    this.stopped = false;
    const tick = async () => {
      try {
        await this.enqueueDueSchedules();
        await this.drain(100);
      } catch (err) {
        this.log.error({ err: errorMessage(err) }, 'job worker tick failed');
      }
    };
    const loop = () => {
      if (this.stopped) return;
      this.running = tick().finally(() => {
        if (!this.stopped) this.timer = setTimeout(loop, pollMs);
      });
    };
    this.timer = setTimeout(loop, Math.min(pollMs, 250));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
