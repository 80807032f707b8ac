// TypeScript types for the few columns whose shape the database cannot state in a form the type
// generator reads: JSONB documents and a value checked by a pattern. The generated types
// (database.generated.ts) import these through the overrides in codegen/vocabularies.ts; every other
// column type, including each CHECK (col IN (…)) list, comes from the migrated schema itself.
import type { ColumnType, JSONColumnType } from 'kysely';

/** Jeugdwet §7.1 risk grounds a–l (see DOMAIN.md); the column is CHECK (risk_ground ~ '^[a-l]$'). */
export const RISK_GROUNDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'] as const;
export type RiskGround = (typeof RISK_GROUNDS)[number];

export const MELDCODE_STEPS = ['map_signals', 'consult', 'talk', 'weigh', 'decide'] as const;
export type MeldcodeStep = (typeof MELDCODE_STEPS)[number];
/** signal.meldcode: the steps of the Meldcode huiselijk geweld en kindermishandeling, validated on the way in. */
export interface MeldcodeRecord {
  steps: Array<{ step: MeldcodeStep; on: string; note: string }>;
  decision: 'report_veilig_thuis' | 'help' | 'report_and_help';
}

// JSONB columns are written as JSON text (JSON.stringify): pg would turn a JS array into a
// PostgreSQL array literal, not JSON.
export type MeldcodeColumn = JSONColumnType<MeldcodeRecord | null, string | null, string | null>;
/** plan_version.content: read back through readContent() (older versions are upgraded there); a version is never changed. */
export type PlanContentColumn = ColumnType<unknown, string, never>;
/** job.payload: each job kind parses its own payload. */
export type JobPayloadColumn = ColumnType<unknown, string | undefined, string>;
/** privileged_change.payload: what an approved change applies (roles, area, isLead …), never a secret. */
export type PrivilegedChangePayloadColumn = ColumnType<Record<string, unknown>, string | undefined, string>;
/** coordinator_weights.weights: criterion → weight. */
export type WeightsColumn = ColumnType<Record<string, number>, string, string>;
