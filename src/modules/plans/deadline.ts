// The legal deadline (Jeugdwet 4.1.2): a plan made with youth and parents within 6 weeks of the
// start. Here "made" means the family agreed to a version (a sign-off) — a draft nobody signed
// does not count. The start is the trajectory's opened_at.
import { today } from '../../platform/clock.js';
export const PLAN_DEADLINE_DAYS = 42;
export const DUE_SOON_DAYS = 7;
const DAY = 86_400_000;

export const DEADLINE_STATES = ['no_trajectory', 'on_track', 'due_soon', 'late', 'met', 'met_late'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export interface DeadlineInput {
  startedAt: Date | null;
  /** Date (YYYY-MM-DD) of the family's first sign-off of any version, if any. */
  firstSignedOn: string | null;
  currentVersion: number | null;
  currentSigned: boolean;
  today: Date;
}

export interface Deadline {
  state: DeadlineState;
  startedOn: string | null;
  dueOn: string | null;
  daysLeft: number | null;
  firstSignedOn: string | null;
  currentVersion: number | null;
  currentSigned: boolean;
}

const isoDay = (d: Date) => today(d);

export function planDeadline(i: DeadlineInput): Deadline {
  const base = { firstSignedOn: i.firstSignedOn, currentVersion: i.currentVersion, currentSigned: i.currentSigned };
  if (!i.startedAt) return { state: 'no_trajectory', startedOn: null, dueOn: null, daysLeft: null, ...base };
  const startDay = Date.parse(isoDay(i.startedAt));
  const due = new Date(startDay + PLAN_DEADLINE_DAYS * DAY);
  const dueOn = isoDay(due);
  const daysLeft = Math.round((due.getTime() - Date.parse(isoDay(i.today))) / DAY);
  let state: DeadlineState;
  if (i.firstSignedOn) state = i.firstSignedOn <= dueOn ? 'met' : 'met_late';
  else if (daysLeft < 0) state = 'late';
  else if (daysLeft <= DUE_SOON_DAYS) state = 'due_soon';
  else state = 'on_track';
  return { state, startedOn: isoDay(i.startedAt), dueOn, daysLeft, ...base };
}
