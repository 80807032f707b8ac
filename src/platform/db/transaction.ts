// One transaction per unit of work. Postgres SQLSTATEs are normalised into typed errors here, and
// denied-access audit entries are written after the rollback so a denial is never lost.
import { Kysely, Transaction } from 'kysely';
import { ConflictError, ForbiddenError, UnavailableError, ValidationError } from '../errors.js';
import type { DB, NewAuditEvent } from './schema.js';

export type Tx = Transaction<DB>;
/**
 * A transaction or the database itself: for reads of one statement each that need no transaction of
 * their own (a single statement is atomic), e.g. a need-to-know decision before an audited read.
 */
export type Queryable = Kysely<DB>;

interface PgError {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
}

// The database is gone or restarting (a crash, `pg_ctl stop -m immediate`, recovery): a 503 the client
// may retry, not a 500. Class 08 and 57P01-57P03 are PostgreSQL's; the rest are the socket's and pg's.
const UNREACHABLE_CODES = new Set(['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
const UNREACHABLE_MESSAGES =
  /Connection terminated|connection (?:is )?closed|Client has encountered a connection error/i;

function isUnreachable(err: unknown): boolean {
  const { code, message } = (err ?? {}) as PgError;
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (err instanceof AggregateError) return err.errors.some(isUnreachable); // a refused connect to each address
  return typeof message === 'string' && UNREACHABLE_MESSAGES.test(message);
}

export function normaliseDatabaseError(err: unknown): unknown {
  if (isUnreachable(err))
    return new UnavailableError('database_unavailable', { detail: 'The database cannot be reached right now.' });
  const code = (err as PgError | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return err;
  const constraint = typeof (err as PgError).constraint === 'string' ? String((err as PgError).constraint) : undefined;
  switch (code) {
    case '23505':
      return new ConflictError('already_exists', {
        detail: `This already exists${constraint ? ` (${constraint})` : ''}.`,
      });
    case '23503':
      return new ValidationError('unknown_reference', { detail: 'A referenced record does not exist.' });
    case '23514':
    case '23502':
      return new ValidationError('constraint_violation', {
        detail: `The input breaks a rule${constraint ? ` (${constraint})` : ''}.`,
      });
    case '40001':
    case '40P01':
      return new ConflictError('concurrent_update', {
        detail: 'Someone else changed this at the same time; try again.',
      });
    case '57014':
      return new UnavailableError('timeout', { detail: 'The database took too long to answer.' });
    default:
      return code.startsWith('22') ? new ValidationError('invalid_value', { detail: 'A value is not valid.' }) : err;
  }
}

export async function insertAuditEntries(db: Kysely<DB> | Tx, entries: NewAuditEvent[]): Promise<void> {
  if (entries.length > 0) await db.insertInto('audit_event').values(entries).execute();
}

export async function inTransaction<T>(db: Kysely<DB>, work: (trx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (err) {
    if (err instanceof ForbiddenError && err.options.auditEntries?.length) {
      await insertAuditEntries(db, err.options.auditEntries);
    }
    throw normaliseDatabaseError(err);
  }
}
