// Progress per person (or household) and instrument version: per item the first and latest
// score and every score over time. Where several participants rate one item (the safety scale)
// a measurement's point is their mean.
import type { MeasurementRow } from './queries.js';
import type { ProgressSeries } from './schemas.js';

const round = (n: number) => Math.round(n * 100) / 100;

export function progressSeries(
  rows: MeasurementRow[],
  itemOrder: (code: string, version: number) => string[],
): ProgressSeries[] {
  const groups = new Map<string, MeasurementRow[]>();
  for (const r of rows) {
    const key = `${r.person_id ?? ''}|${r.code}|${r.version}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((ms) => {
    const head = ms[0] as MeasurementRow;
    const items = itemOrder(head.code, head.version).map((item) => {
      const points = ms.flatMap((m) => {
        const scores = m.scores.filter((s) => s.item_code === item).map((s) => s.score);
        return scores.length
          ? [
              {
                measurementId: m.id,
                measuredOn: m.measured_on,
                score: round(scores.reduce((a, b) => a + b, 0) / scores.length),
              },
            ]
          : [];
      });
      const first = points[0] ?? null;
      const latest = points.at(-1) ?? null;
      return { item, first, latest, change: first && latest ? round(latest.score - first.score) : null, points };
    });
    return {
      personId: head.person_id,
      instrument: { code: head.code, version: head.version },
      measurements: ms.length,
      items,
    };
  });
}
