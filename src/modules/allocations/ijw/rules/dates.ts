// Calendar arithmetic on ISO dates ('YYYY-MM-DD') for the iJw rules: pure, no time zones (the
// standard's dates are calendar dates).

export type IsoDate = string;

function parts(d: IsoDate): [number, number, number] {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return [y, m, day];
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function firstOfMonth(d: IsoDate): IsoDate {
  const [y, m] = parts(d);
  return `${pad(y, 4)}-${pad(m)}-01`;
}

export function lastOfMonth(d: IsoDate): IsoDate {
  const [y, m] = parts(d);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${pad(y, 4)}-${pad(m)}-${pad(last)}`;
}

export function sameMonth(a: IsoDate, b: IsoDate): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** Days from a to b inclusive (a ≤ b), 0 when b < a. */
export function daysInclusive(a: IsoDate, b: IsoDate): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  const diff = (Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000;
  return diff < 0 ? 0 : diff + 1;
}

/** Calendar months touched by [a, b] (a ≤ b). */
export function monthsTouched(a: IsoDate, b: IsoDate): number {
  const [ay, am] = parts(a);
  const [by, bm] = parts(b);
  return Math.max(0, (by - ay) * 12 + (bm - am) + 1);
}

export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

/** Whether two closed periods overlap; a missing end is open-ended. */
export function periodsOverlap(
  a: { start: IsoDate; end: IsoDate | null },
  b: { start: IsoDate; end: IsoDate | null },
): boolean {
  const aEnd = a.end ?? '9999-12-31';
  const bEnd = b.end ?? '9999-12-31';
  return a.start <= bEnd && b.start <= aEnd;
}
