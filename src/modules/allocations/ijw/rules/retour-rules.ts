// WJ001 return code selection (IV028, IV087): what a message class gets in a retour or claim answer.
import type { IsoDate } from './dates.js';

export const RETOUR = {
  /** 0001: the message is refused for technical reasons. */
  technical: '0001',
  /** 0200: no remarks on this message class. */
  ok: '0200',
  /** 0233: this message class was not assessed (a class above it was refused). */
  notAssessed: '0233',
  /** 8001: the claim is allocated in full (JW325 without refused lines). */
  claimAccepted: '8001',
  /** 8848: the message date lies after the system date (TR135). */
  futureDate: '8848',
} as const;

/** The codes one message class gets: its problems without duplicates, or 0200 when there are none. */
export function WJ001(problems: readonly string[]): string[] {
  const unique = [...new Set(problems)];
  return unique.length ? unique : [RETOUR.ok];
}

/** TR135 (WJ001 8848): the Dagtekening may not lie after the system date. */
export function TR135(dagtekening: IsoDate, today: IsoDate): '8848' | null {
  return dagtekening > today ? RETOUR.futureDate : null;
}
