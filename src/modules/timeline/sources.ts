// Where timeline events come from. Each capability contributes ONE source: the kinds it produces,
// the selects that read them for the granted family (as parts of one statement, platform/db/bundle.ts)
// and how their rows become events. To add events, add the kinds to TIMELINE_KINDS in schemas.ts,
// write a source here (its SQL in queries.ts or in the owning module's queries.ts, always taking the
// Grant) and append it to SOURCES. Merging, filtering and ordering happen in one place only:
// service.ts. A source is left out when none of its kinds is asked for, so a filtered timeline
// selects only what it needs — still in the one statement.
import type { Grant } from '../../platform/access/authorize.js';
import { many, type Part, type Results } from '../../platform/db/bundle.js';
import type { Queryable } from '../../platform/db/transaction.js';
import * as q from './queries.js';
import type { TimelineEvent, TimelineKind } from './schemas.js';

type Parts = Record<string, Part<unknown>>;

export interface TimelineSource {
  readonly name: string;
  readonly kinds: readonly TimelineKind[];
  parts(db: Queryable, grant: Grant<'family'>): Parts;
  present(rows: Record<string, unknown>): TimelineEvent[];
}

/** A source whose `present` sees its own parts' rows, typed. */
function source<P extends Parts>(def: {
  name: string;
  kinds: readonly TimelineKind[];
  parts(db: Queryable, grant: Grant<'family'>): P;
  present(rows: Results<P>): TimelineEvent[];
}): TimelineSource {
  return { ...def, present: (rows) => def.present(rows as Results<P>) };
}

/** A `date` column ('YYYY-MM-DD') as the start of that day, UTC: sorts before anything timed later that day. */
const day = (date: string): Date => new Date(`${date}T00:00:00.000Z`);

const trajectory = source({
  name: 'trajectory',
  kinds: ['trajectory_opened', 'status_changed', 'trajectory_closed', 'handover'],
  parts: (db, grant) => ({
    opened: many(q.trajectoriesOpened(db, grant)),
    changes: many(q.statusChanges(db, grant)),
    handovers: many(q.handovers(db, grant)),
  }),
  present({ opened, changes, handovers }) {
    return [
      ...opened.map((t): TimelineEvent => ({
        id: `trajectory_opened:${t.id}`,
        kind: 'trajectory_opened',
        at: t.opened_at,
        allDay: false,
        params: { entryPoint: t.entry_point },
        actor: t.actor,
        link: null,
      })),
      ...changes.map((c): TimelineEvent =>
        c.to_status === 'closed'
          ? {
              id: `trajectory_closed:${c.id}`,
              kind: 'trajectory_closed',
              at: c.changed_at,
              allDay: false,
              params: { endingReason: c.ending_reason },
              actor: c.actor,
              link: null,
            }
          : {
              id: `status_changed:${c.id}`,
              kind: 'status_changed',
              at: c.changed_at,
              allDay: false,
              params: { from: c.from_status, to: c.to_status },
              actor: c.actor,
              link: null,
            },
      ),
      ...handovers.map((h): TimelineEvent => ({
        id: `handover:${h.id}`,
        kind: 'handover',
        at: h.handed_over_at,
        allDay: false,
        params: { from: h.from_name, to: h.to_name },
        actor: h.actor,
        link: null,
      })),
    ];
  },
});

const meeting = source({
  name: 'meeting',
  kinds: ['meeting_held', 'top3_confirmed', 'meeting_taken_over'],
  parts: (db, grant) => ({ meetings: many(q.meetings(db, grant)) }),
  present({ meetings }) {
    return meetings.flatMap((m) => {
      const link = { to: 'meeting', meetingId: m.id } as const;
      const events: TimelineEvent[] = [
        {
          id: `meeting_held:${m.id}`,
          kind: 'meeting_held',
          at: day(m.held_on),
          allDay: true,
          params: { meetingKind: m.kind },
          actor: m.actor,
          link,
        },
      ];
      if (m.confirmed_at)
        events.push({
          id: `top3_confirmed:${m.id}`,
          kind: 'top3_confirmed',
          at: m.confirmed_at,
          allDay: false,
          params: { meetingKind: m.kind },
          actor: m.confirmed_by,
          link,
        });
      if (m.plan_version !== null && m.taken_over_at) {
        events.push({
          id: `meeting_taken_over:${m.id}`,
          kind: 'meeting_taken_over',
          at: m.taken_over_at,
          allDay: false,
          params: { meetingKind: m.kind, version: m.plan_version },
          actor: m.taken_over_by,
          link,
        });
      }
      return events;
    });
  },
});

const plan = source({
  name: 'plan',
  kinds: ['plan_version', 'plan_signed'],
  parts: (db, grant) => ({ versions: many(q.planVersions(db, grant)), signOffs: many(q.planSignOffs(db, grant)) }),
  present({ versions, signOffs }) {
    return [
      ...versions.map((v): TimelineEvent => ({
        id: `plan_version:${v.version}`,
        kind: 'plan_version',
        at: v.created_at,
        allDay: false,
        params: { version: v.version, source: v.source },
        actor: v.author_name,
        link: { to: 'plan', version: v.version },
      })),
      ...signOffs.map((s): TimelineEvent => ({
        id: `plan_signed:${s.id}`,
        kind: 'plan_signed',
        at: day(s.signed_on),
        allDay: true,
        params: { version: s.version, signedBy: s.signed_by_name },
        actor: s.actor,
        link: { to: 'plan', version: s.version },
      })),
    ];
  },
});

const instrument = source({
  name: 'instrument',
  kinds: ['measurement'],
  parts: (db, grant) => ({ measurements: many(q.measurements(db, grant)) }),
  present({ measurements }) {
    return measurements.map((m): TimelineEvent => ({
      id: `measurement:${m.id}`,
      kind: 'measurement',
      at: day(m.measured_on),
      allDay: true,
      params: { instrument: m.code, instrumentNl: m.name_nl, instrumentEn: m.name_en, person: m.given_name },
      actor: m.actor,
      link: null,
    }));
  },
});

const story = source({
  name: 'story',
  kinds: ['story_version', 'intake_version', 'family_statement'],
  parts: (db, grant) => ({
    versions: many(q.storyVersions(db, grant)),
    statements: many(q.familyStatements(db, grant)),
  }),
  present({ versions, statements }) {
    return [
      ...versions.map((s): TimelineEvent => {
        const kind = s.kind === 'story' ? 'story_version' : 'intake_version';
        return {
          id: `${kind}:${s.id}`,
          kind,
          at: s.created_at,
          allDay: false,
          params: { version: s.version },
          actor: s.actor,
          link: null,
        };
      }),
      // Marked as the family's own statement: written by the household member, not by a professional.
      ...statements.map((s): TimelineEvent => ({
        id: `family_statement:${s.id}`,
        kind: 'family_statement',
        at: s.created_at,
        allDay: false,
        params: { person: s.given_name },
        actor: null,
        link: { to: 'family_statements' },
      })),
    ];
  },
});

const people = source({
  name: 'people',
  kinds: ['person_added', 'person_removed', 'consent_withdrawn'],
  parts: (db, grant) => ({
    added: many(q.personsAdded(db, grant)),
    removed: many(q.personsRemoved(db, grant)),
    withdrawn: many(q.consentsWithdrawn(db, grant)),
  }),
  present({ added, removed, withdrawn }) {
    return [
      ...added.map((p): TimelineEvent => ({
        id: `person_added:${p.id}`,
        kind: 'person_added',
        at: p.created_at,
        allDay: false,
        params: { person: p.given_name, personKind: p.kind, relation: p.network_relation },
        actor: p.actor,
        link: null,
      })),
      ...removed.map((p): TimelineEvent => ({
        id: `person_removed:${p.id}`,
        kind: 'person_removed',
        at: day(p.removed_on),
        allDay: true,
        params: { person: p.given_name, personKind: p.kind, relation: p.network_relation },
        actor: p.actor,
        link: null,
      })),
      ...withdrawn.map((c): TimelineEvent => ({
        id: `consent_withdrawn:${c.id}`,
        kind: 'consent_withdrawn',
        at: day(c.withdrawn_on),
        allDay: true,
        params: { organisation: c.organisation },
        actor: c.actor,
        link: null,
      })),
    ];
  },
});

/** Care allocation: decisions, their allocated products, and care started and stopped by the provider. */
const allocation = source({
  name: 'allocation',
  kinds: ['decision_made', 'allocation_made', 'allocation_withdrawn', 'care_started', 'care_stopped'],
  parts: (db, grant) => ({
    decisions: many(q.decisions(db, grant)),
    allocations: many(q.allocations(db, grant)),
    periods: many(q.carePeriods(db, grant)),
  }),
  present({ decisions, allocations, periods }) {
    const to = (decisionId: string) => ({ to: 'decision', decisionId }) as const;
    return [
      ...decisions.map((d): TimelineEvent => ({
        id: `decision_made:${d.id}`,
        kind: 'decision_made',
        at: d.decided_at,
        allDay: false,
        params: { person: d.given_name, outcome: d.outcome, reference: d.reference },
        actor: d.actor,
        link: to(d.id),
      })),
      ...allocations.flatMap((a): TimelineEvent[] => {
        const params = {
          person: a.given_name,
          provider: a.provider,
          number: a.allocation_number,
          category: a.category,
          product: a.product_code,
          from: a.starts_on,
          until: a.ends_on,
        };
        const made: TimelineEvent = {
          id: `allocation_made:${a.id}`,
          kind: 'allocation_made',
          at: a.allocated_at,
          allDay: false,
          params,
          actor: null,
          link: to(a.decision_id),
        };
        if (a.status !== 'withdrawn') return [made];
        return [
          made,
          {
            ...made,
            id: `allocation_withdrawn:${a.id}`,
            kind: 'allocation_withdrawn',
            at: day(a.starts_on),
            allDay: true,
          },
        ];
      }),
      ...periods.flatMap((c): TimelineEvent[] => {
        const params = { person: c.given_name, provider: c.provider, reason: c.end_reason };
        const started: TimelineEvent = {
          id: `care_started:${c.id}`,
          kind: 'care_started',
          at: day(c.started_on),
          allDay: true,
          params,
          actor: null,
          link: to(c.decision_id),
        };
        if (!c.stopped_on) return [started];
        return [started, { ...started, id: `care_stopped:${c.id}`, kind: 'care_stopped', at: day(c.stopped_on) }];
      }),
    ];
  },
});

export const SOURCES: readonly TimelineSource[] = [trajectory, meeting, plan, instrument, story, people, allocation];
