// The one import point for database types. The table types and value lists are generated from the
// migrated schema (database.generated.ts, `npm run db:types`); a test fails when they drift from the
// migrations. What is written by hand here builds on them.
import type { Insertable, Selectable } from 'kysely';
import type { AppUserTable, AuditEventTable, SignalCategory } from './database.generated.js';

export * from './database.generated.js';
export * from './column-types.js';

export type AppUser = Selectable<AppUserTable>;
export type NewAuditEvent = Insertable<AuditEventTable>;

export const ARREARS_CATEGORIES = [
  'rent_arrears',
  'energy_arrears',
  'water_arrears',
  'health_insurance_arrears',
] as const satisfies readonly SignalCategory[];
