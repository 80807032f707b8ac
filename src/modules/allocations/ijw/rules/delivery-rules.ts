// JW305 start / JW307 stop of care as a small state machine per allocated product, with the rules
// named by their codes. Each check answers the WJ001 return code of the violation, or null.
import type { IsoDate } from './dates.js';

/** JZ588 end reason 20: temporarily stopped. Every other reason is a definitive stop. */
export const TEMPORARY_STOP = '20';

export type DeliveryState =
  | { kind: 'none' }
  | { kind: 'started'; start: IsoDate }
  | { kind: 'temporarilyStopped'; start: IsoDate; end: IsoDate }
  | { kind: 'stopped'; start: IsoDate; end: IsoDate; reason: string };

export type DeliveryEvent =
  { kind: 'start'; start: IsoDate } | { kind: 'stop'; start: IsoDate; end: IsoDate; reason: string };

/** TR019: a start or stop must relate to an allocation by its ToewijzingNummer (effort/output variants). */
export function TR019(allocationNumber: string, knownAllocationNumbers: ReadonlySet<string>): '9019' | null {
  return knownAllocationNumbers.has(allocationNumber) ? null : '9019';
}

/** TR326: a start only when there is no current (unstopped) start for this allocated product. */
export function TR326(state: DeliveryState): '9326' | null {
  return state.kind === 'started' ? '9326' : null;
}

/** OP072: a stop only after a start (a stop without any start is refused: no current start). */
export function OP072(state: DeliveryState): '9069' | null {
  return state.kind === 'none' ? '9069' : null;
}

/**
 * OP377: a (temporary) stop follows a start; only a temporary stop may be followed by a definitive
 * stop without a new start in between. So after a definitive stop, another stop is refused (TR415's code).
 */
export function OP377(state: DeliveryState): '9415' | null {
  return state.kind === 'stopped' ? '9415' : null;
}

/**
 * OP378: after a temporary stop, without a new start, only a definitive stop is allowed: a second
 * temporary stop is refused (TR413's code), and the definitive stop's end date may not lie before
 * the temporary stop's (TR414's code).
 */
export function OP378(state: DeliveryState, reason: string, end: IsoDate): '9413' | '9414' | null {
  if (state.kind !== 'temporarilyStopped') return null;
  if (reason === TEMPORARY_STOP) return '9413';
  return end < state.end ? '9414' : null;
}

/** OP379: after a temporary or definitive stop a new start is allowed (never refused by itself). */
export function OP379(state: DeliveryState): boolean {
  return state.kind === 'temporarilyStopped' || state.kind === 'stopped' || state.kind === 'none';
}

/** The return codes a start would get in this state (empty: accepted). */
export function checkStart(state: DeliveryState): string[] {
  const code = TR326(state);
  return code ? [code] : [];
}

/** The return codes a stop would get in this state (empty: accepted). */
export function checkStop(state: DeliveryState, reason: string, end: IsoDate): string[] {
  const codes = [OP072(state), OP377(state), OP378(state, reason, end)].filter((c): c is NonNullable<typeof c> => !!c);
  if (codes.length === 0 && state.kind === 'started' && end < state.start) codes.push('9414');
  return codes;
}

/** The state after an accepted event. */
export function applyDelivery(state: DeliveryState, event: DeliveryEvent): DeliveryState {
  if (event.kind === 'start') return { kind: 'started', start: event.start };
  const start = state.kind === 'none' ? event.start : state.start;
  return event.reason === TEMPORARY_STOP
    ? { kind: 'temporarilyStopped', start, end: event.end }
    : { kind: 'stopped', start, end: event.end, reason: event.reason };
}

/** Replays accepted events (oldest first) into the current state. */
export function deliveryState(events: readonly DeliveryEvent[]): DeliveryState {
  return events.reduce<DeliveryState>(applyDelivery, { kind: 'none' });
}
