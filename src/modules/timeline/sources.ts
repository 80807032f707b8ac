// Where timeline events come from. Each capability contributes ONE source: the kinds it produces,
// the selects that read them for the granted family (as parts of one statement, platform/db/bundle.ts)
// and how their rows become events. To add events, add the kinds to TIMELINE_KINDS in schemas.ts,
// write a source here (its SQL in queries.ts or in the owning module's queries.ts, always taking the
// Grant) and append it to SOURCES. Merging, filtering, ordering and the bound happen in one place
// only: service.ts. A source is left out when none of its kinds is asked for, so a filtered timeline
// selects only what it needs — still in the one statement.
//
// The bound (service.ts) rests on three rules for every part: it yields events of ONE kind, ONE event
// per row, and its SQL orders the rows newest first by the column the event's `at` is made of, taking
// at most `take(kind)` rows. A row that would yield events at different times (a meeting: held,
// confirmed, taken over) is read by one part per event.
import type { Grant } from '../../platform/access/authorize.js';
import { many, type Part, type Results } from '../../platform/db/bundle.js';
import type { Queryable } from '../../platform/db/transaction.js';
import * as q from './queries.js';
import type { TimelineEvent, TimelineKind } from './schemas.js';

type Parts = Record<string, Part<unknown>>;
/** How many rows a part of this kind may read: limit + 1 when the kind is asked for, else 0 (a statement parameter). */
export type Take = (kind: TimelineKind) => number;

export interface TimelineSource {
  readonly name: string;
  readonly kinds: readonly TimelineKind[];
  parts(db: Queryable, grant: Grant<'family'>, take: Take): Parts;
  present(rows: Record<string, unknown>): TimelineEvent[];
}

/** A source whose `present` sees its own parts' rows, typed. */
function source<P extends Parts>(def: {
  name: string;
  kinds: readonly TimelineKind[];
  parts(db: Queryable, grant: Grant<'family'>, take: Take): P;
  present(rows: Results<P>): TimelineEvent[];
}): TimelineSource {
  return { ...def, present: (rows) => def.present(rows as Results<P>) };
}

/** A `date` column ('YYYY-MM-DD') as the start of that day, UTC: sorts before anything timed later that day. */
const day = (date: string): Date => new Date(`${date}T00:00:00.000Z`);

const trajectory = source({
  name: 'trajectory',
  kinds: ['trajectory_opened', 'status_changed', 'trajectory_closed', 'handover'],
  parts: (db, grant, take) => ({
    opened: many(q.trajectoriesOpened(db, grant, take('trajectory_opened'))),
    changes: many(q.statusChanges(db, grant, false, take('status_changed'))),
    closings: many(q.statusChanges(db, grant, true, take('trajectory_closed'))),
    handovers: many(q.handovers(db, grant, take('handover'))),
  }),
  present({ opened, changes, closings, handovers }) {
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
      ...changes.map((c): TimelineEvent => ({
        id: `status_changed:${c.id}`,
        kind: 'status_changed',
        at: c.changed_at,
        allDay: false,
        params: { from: c.from_status, to: c.to_status },
        actor: c.actor,
        link: null,
      })),
      ...closings.map((c): TimelineEvent => ({
        id: `trajectory_closed:${c.id}`,
        kind: 'trajectory_closed',
        at: c.changed_at,
        allDay: false,
        params: { endingReason: c.ending_reason },
        actor: c.actor,
        link: null,
      })),
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
  parts: (db, grant, take) => ({
    held: many(q.meetingsHeld(db, grant, take('meeting_held'))),
    confirmed: many(q.meetingsConfirmed(db, grant, take('top3_confirmed'))),
    takenOver: many(q.meetingsTakenOver(db, grant, take('meeting_taken_over'))),
  }),
  present({ held, confirmed, takenOver }) {
    const link = (meetingId: string) => ({ to: 'meeting', meetingId }) as const;
    return [
      ...held.map((m): TimelineEvent => ({
        id: `meeting_held:${m.id}`,
        kind: 'meeting_held',
        at: day(m.held_on),
        allDay: true,
        params: { meetingKind: m.kind },
        actor: m.actor,
        link: link(m.id),
      })),
      ...confirmed.map((m): TimelineEvent => ({
        id: `top3_confirmed:${m.id}`,
        kind: 'top3_confirmed',
        at: m.confirmed_at,
        allDay: false,
        params: { meetingKind: m.kind },
        actor: m.confirmed_by,
        link: link(m.id),
      })),
      ...takenOver.map((m): TimelineEvent => ({
        id: `meeting_taken_over:${m.id}`,
        kind: 'meeting_taken_over',
        at: m.taken_over_at,
        allDay: false,
        params: { meetingKind: m.kind, version: m.plan_version },
        actor: m.taken_over_by,
        link: link(m.id),
      })),
    ];
  },
});

const plan = source({
  name: 'plan',
  kinds: ['plan_version', 'plan_signed'],
  parts: (db, grant, take) => ({
    versions: many(q.planVersions(db, grant, take('plan_version'))),
    signOffs: many(q.planSignOffs(db, grant, take('plan_signed'))),
  }),
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
  parts: (db, grant, take) => ({ measurements: many(q.measurements(db, grant, take('measurement'))) }),
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
  parts: (db, grant, take) => ({
    stories: many(q.storyVersions(db, grant, 'story', take('story_version'))),
    intakes: many(q.storyVersions(db, grant, 'intake', take('intake_version'))),
    statements: many(q.familyStatements(db, grant, take('family_statement'))),
  }),
  present({ stories, intakes, statements }) {
    const version =
      (kind: 'story_version' | 'intake_version') =>
      (s: (typeof stories)[number]): TimelineEvent => ({
        id: `${kind}:${s.id}`,
        kind,
        at: s.created_at,
        allDay: false,
        params: { version: s.version },
        actor: s.actor,
        link: null,
      });
    return [
      ...stories.map(version('story_version')),
      ...intakes.map(version('intake_version')),
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
  parts: (db, grant, take) => ({
    added: many(q.personsAdded(db, grant, take('person_added'))),
    removed: many(q.personsRemoved(db, grant, take('person_removed'))),
    withdrawn: many(q.consentsWithdrawn(db, grant, take('consent_withdrawn'))),
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
  parts: (db, grant, take) => ({
    decisions: many(q.decisions(db, grant, take('decision_made'))),
    made: many(q.allocationsMade(db, grant, take('allocation_made'))),
    withdrawn: many(q.allocationsWithdrawn(db, grant, take('allocation_withdrawn'))),
    started: many(q.careStarted(db, grant, take('care_started'))),
    stopped: many(q.careStopped(db, grant, take('care_stopped'))),
  }),
  present({ decisions, made, withdrawn, started, stopped }) {
    const to = (decisionId: string) => ({ to: 'decision', decisionId }) as const;
    const allocationEvent = (a: (typeof made)[number]): TimelineEvent => ({
      id: `allocation_made:${a.id}`,
      kind: 'allocation_made',
      at: a.allocated_at,
      allDay: false,
      params: {
        person: a.given_name,
        provider: a.provider,
        number: a.allocation_number,
        category: a.category,
        product: a.product_code,
        from: a.starts_on,
        until: a.ends_on,
      },
      actor: null,
      link: to(a.decision_id),
    });
    const careEvent = (c: (typeof started)[number]): TimelineEvent => ({
      id: `care_started:${c.id}`,
      kind: 'care_started',
      at: day(c.started_on),
      allDay: true,
      params: { person: c.given_name, provider: c.provider, reason: c.end_reason },
      actor: null,
      link: to(c.decision_id),
    });
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
      ...made.map(allocationEvent),
      ...withdrawn.map((a): TimelineEvent => ({
        ...allocationEvent(a),
        id: `allocation_withdrawn:${a.id}`,
        kind: 'allocation_withdrawn',
        at: day(a.starts_on),
        allDay: true,
      })),
      ...started.map(careEvent),
      ...stopped.map((c): TimelineEvent => ({
        ...careEvent(c),
        id: `care_stopped:${c.id}`,
        kind: 'care_stopped',
        at: day(c.stopped_on),
      })),
    ];
  },
});

export const SOURCES: readonly TimelineSource[] = [trajectory, meeting, plan, instrument, story, people, allocation];
