// Small numbers (1–4) could point at a family in a small village: outside the coordinator role
// they are shown as "fewer than 5", and averages over fewer than 5 records are not shown at all.
export const SMALL = 5;

export function suppressCount(n: number, suppress: boolean): number | null {
  return suppress && n > 0 && n < SMALL ? null : n;
}

export function suppressAverage(avg: number | null, basedOn: number, suppress: boolean): number | null {
  if (avg === null) return null;
  return suppress && basedOn < SMALL ? null : Math.round(avg * 10) / 10;
}
