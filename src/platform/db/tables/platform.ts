// Audit log, jobs, notifications and mail (migrations 002 and 003).
import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp } from './columns.js';

export const AUDIT_ACTIONS = ['read', 'create', 'update', 'delete', 'login', 'logout', 'export', 'search'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditOutcome = 'allowed' | 'denied' | 'failed';

export interface AuditEventTable {
  id: Generated<number>;
  occurred_at: DefaultedTimestamp;
  request_id: string | null;
  event: string;
  action: AuditAction;
  outcome: AuditOutcome;
  actor_user_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  actor_organisation_id: string | null;
  on_behalf_of: string | null;
  purpose: string;
  subject_type: string;
  subject_id: string | null;
  client_ref: string | null;
  data_description: string | null;
  emergency: Generated<boolean>;
  emergency_reason: string | null;
  chain_seq: number | null;
  prev_hash: string | null;
  hash: string | null;
  sealed_at: Date | null;
}

export interface AuditSealTable {
  id: Generated<number>;
  up_to_seq: number;
  head_hash: string;
  entries: number;
  sealed_at: DefaultedTimestamp;
}

export interface JobTable {
  id: Generated<number>;
  kind: string;
  payload: ColumnType<unknown, string | undefined, string>;
  status: Generated<'queued' | 'done' | 'failed'>;
  run_at: DefaultedTimestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: DefaultedTimestamp;
  finished_at: Date | null;
  finished_by: string | null;
}
export interface JobScheduleTable {
  name: string;
  kind: string;
  interval_seconds: number;
  next_run_at: DefaultedTimestamp;
}
export interface JobProbeTable {
  job_id: number;
  instance_id: string;
  executed_at: DefaultedTimestamp;
}

export interface NotificationTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  link: string | null;
  created_at: DefaultedTimestamp;
  read_at: Date | null;
}
export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  body_text: string;
  transport: 'smtp' | 'local';
  created_at: DefaultedTimestamp;
  sent_at: Date | null;
  error: string | null;
}
