// Families, trajectories and measurements for the outcome indicators' tests (the indicators against a
// hand-computed fixture, and the summary following its inputs): written straight to the tables, because
// those tests need exact instants (a closing at 22:30 on 30 June) that the services would stamp as now.
import type { Kysely } from 'kysely';
import type { DB } from '../platform/db/schema.js';

export interface OutcomeTrajectory {
  opened: string;
  firstContact?: string;
  closed?: string;
  ending?: '01' | '02' | '03' | '04' | '05';
  managing?: '01' | '02' | '03' | '04';
  satisfaction?: [number, 'youth' | 'parent'];
  entry?: 'gp_ojg' | 'school' | 'self_referral' | 'police';
  /** When the trajectory went from plan to in_progress (the moment help started). */
  helpOn?: string;
}

export interface OutcomeFixtures {
  /** A family in Zwolle (0193) with a random reference that starts with the prefix. */
  family(prefix?: string): Promise<string>;
  trajectory(familyId: string, o: OutcomeTrajectory): Promise<string>;
  /** One measurement with one item score; positive health unless another instrument is named. */
  measure(familyId: string, on: string, score: number, instrument?: string): Promise<string>;
}

export function outcomeFixtures(db: Kysely<DB>, by: { teamId: string; userId: string }): OutcomeFixtures {
  return {
    async family(prefix = 'FX') {
      const f = await db
        .insertInto('family')
        .values({
          reference: `G-${prefix}-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
          municipality_code: '0193',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return f.id;
    },

    async trajectory(familyId, o) {
      const row = await db
        .insertInto('trajectory')
        .values({
          family_id: familyId,
          team_id: by.teamId,
          regisseur_id: by.userId,
          status: o.closed ? 'closed' : 'in_progress',
          opened_at: new Date(o.opened),
          closed_at: o.closed ? new Date(o.closed) : null,
          first_contact_on: o.firstContact ?? null,
          entry_point: o.entry ?? null,
          ending_reason: o.ending ?? null,
          managing_without_help: o.managing ?? null,
          satisfaction: o.satisfaction?.[0] ?? null,
          satisfaction_informant: o.satisfaction?.[1] ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (o.helpOn)
        await db
          .insertInto('trajectory_status_change')
          .values({
            trajectory_id: row.id,
            from_status: 'plan',
            to_status: 'in_progress',
            changed_by: by.userId,
            changed_at: new Date(o.helpOn),
          })
          .execute();
      return row.id;
    },

    async measure(familyId, on, score, instrument = 'positive_health') {
      const i = await db.selectFrom('instrument').select('id').where('code', '=', instrument).executeTakeFirstOrThrow();
      const m = await db
        .insertInto('measurement')
        .values({ family_id: familyId, instrument_id: i.id, measured_on: on, recorded_by: by.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('measurement_score')
        .values({ measurement_id: m.id, position: 1, item_code: 'bodily_functions', score })
        .execute();
      return m.id;
    },
  };
}
