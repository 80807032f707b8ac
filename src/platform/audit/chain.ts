// The canonical form of an audit entry and its link in the hash chain. Changing this changes
// every hash: add a new chain version instead of editing it.
import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AuditEventTable } from '../db/schema.js';

export const GENESIS_HASH = '0'.repeat(64);

export type SealableEntry = Omit<Selectable<AuditEventTable>, 'chain_seq' | 'prev_hash' | 'hash' | 'sealed_at'>;

export function canonicalEntry(seq: number, e: SealableEntry): string {
  return JSON.stringify([
    'v1',
    seq,
    e.id,
    new Date(e.occurred_at).toISOString(),
    e.request_id,
    e.event,
    e.action,
    e.outcome,
    e.actor_user_id,
    e.actor_username,
    e.actor_role,
    e.actor_organisation_id,
    e.on_behalf_of,
    e.purpose,
    e.subject_type,
    e.subject_id,
    e.client_ref,
    e.data_description,
    e.emergency,
    e.emergency_reason,
  ]);
}

export function linkHash(prevHash: string, seq: number, entry: SealableEntry): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalEntry(seq, entry)).digest('hex');
}
