// Lines over months as accessible SVG (role="img" with <title> and <desc>); the table beside it carries the
// same numbers. Months are "yyyy-MM" strings, so a chart never does date maths of its own; a month with
// no value (null) breaks the line instead of drawing a false zero.
import { useId } from 'react';
import { useFormat } from '../../i18n/format';

export interface LinePoint {
  /** yyyy-MM */
  month: string;
  value: number | null;
}

export interface LineSeries {
  name: string;
  points: readonly LinePoint[];
}

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { left: 70, right: 16, top: 16, bottom: 48 };
// Distinguishable for colour-blind readers (Okabe–Ito), and dashed from the second line on.
const COLOURS = ['#01689b', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];

function segments(points: readonly { x: number; y: number | null }[]): string[] {
  const paths: string[] = [];
  let current = '';
  for (const p of points) {
    if (p.y === null) {
      if (current) paths.push(current);
      current = '';
      continue;
    }
    // SVG path coordinates, not numbers for a reader: one decimal is enough.
    current += `${current ? 'L' : 'M'}${Math.round(p.x * 10) / 10},${Math.round(p.y * 10) / 10}`;
  }
  if (current) paths.push(current);
  return paths;
}

export function LineChart({
  title,
  desc,
  series,
  format,
}: {
  title: string;
  desc: string;
  series: readonly LineSeries[];
  format?: (n: number) => string;
}) {
  const formats = useFormat();
  const show = format ?? formats.integer;
  const id = useId();
  const months = [...new Set(series.flatMap((s) => s.points.map((p) => p.month)))].sort();
  const values = series.flatMap((s) => s.points.map((p) => p.value ?? 0));
  const max = Math.max(1, ...values);
  const min = Math.min(0, ...values);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (month: string) =>
    PAD.left + (months.length <= 1 ? plotWidth / 2 : (plotWidth * months.indexOf(month)) / (months.length - 1));
  const y = (v: number) => PAD.top + plotHeight - (plotHeight * (v - min)) / (max - min || 1);
  const ticks = [min, min + (max - min) / 2, max];
  const labelEvery = Math.max(1, Math.ceil(months.length / 8));
  return (
    <figure className="kt-chart-figure">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="kt-chart kt-chart--lines"
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        <g aria-hidden="true">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke="#d0d0d0" />
              <text x={PAD.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle" fontSize={11} fill="#1a1a1a">
                {show(t)}
              </text>
            </g>
          ))}
          {months.map((m, i) =>
            i % labelEvery === 0 ? (
              <text key={m} x={x(m)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" fontSize={11} fill="#1a1a1a">
                {formats.shortMonth(m)}
              </text>
            ) : null,
          )}
          {series.map((s, i) =>
            segments(s.points.map((p) => ({ x: x(p.month), y: p.value === null ? null : y(p.value) }))).map((d, j) => (
              <path
                key={`${s.name}-${j}`}
                d={d}
                fill="none"
                stroke={COLOURS[i % COLOURS.length]}
                strokeWidth={2.5}
                strokeDasharray={i === 0 ? undefined : `${4 + 2 * i},3`}
              />
            )),
          )}
        </g>
      </svg>
      {series.length > 1 ? (
        <figcaption>
          <ul className="kt-chart-legend">
            {series.map((s, i) => (
              <li key={s.name}>
                <svg width="28" height="10" aria-hidden="true">
                  <line
                    x1="0"
                    x2="28"
                    y1="5"
                    y2="5"
                    stroke={COLOURS[i % COLOURS.length]}
                    strokeWidth={2.5}
                    strokeDasharray={i === 0 ? undefined : `${4 + 2 * i},3`}
                  />
                </svg>{' '}
                {s.name}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
    </figure>
  );
}
