// Hand-made, accessible SVG bar charts (role="img" with <title> and <desc>); the table beside them
// carries the same numbers. A hidden value gets no bar, only its text ("<5", "•"); a total of
// shown cells only is drawn with its "≥" text.
import { useId } from 'react';

const COLORS = ['#01689b', '#a33f00', '#39870c'] as const;
const TEXT = '#1a1a1a';

/** A bar's length (null: hidden, no bar) and the text written beside it. */
export interface ChartValue {
  value: number | null;
  text: string;
}
export interface BarSeries {
  key: string;
  label: string;
  values: ChartValue[];
}

export function GroupedBarChart({
  categories,
  series,
  title,
  desc,
}: {
  categories: string[];
  series: BarSeries[];
  title: string;
  desc: string;
}) {
  const id = useId();
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v.value ?? 0)));
  const labelW = 150;
  const barH = 14;
  const groupH = series.length * barH + 12;
  const width = 620;
  const plotW = width - labelW - 60;
  const height = categories.length * groupH + 40;
  // The legend is HTML beside the drawing, so long series names wrap instead of being clipped by the SVG.
  return (
    <>
      <ul className="kt-chart-legend">
        {series.map((s, k) => (
          <li key={s.key}>
            <span className="kt-chart-legend__swatch" style={{ background: COLORS[k % COLORS.length] }} />
            {s.label}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${width} ${height}`} className="kt-chart" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {categories.map((c, i) => (
          <g key={c} transform={`translate(0, ${34 + i * groupH})`}>
            <text x={labelW - 8} y={groupH / 2} textAnchor="end" dominantBaseline="middle" fontSize={12} fill={TEXT}>
              {c}
            </text>
            {series.map((s, k) => {
              const v = s.values[i] ?? { value: null, text: '' };
              const w = v.value === null ? 0 : (v.value / max) * plotW;
              return (
                <g key={s.key} transform={`translate(${labelW}, ${k * barH})`}>
                  <rect width={w} height={barH - 3} fill={COLORS[k % COLORS.length]} />
                  <text x={w + 4} y={barH / 2} dominantBaseline="middle" fontSize={11} fill={TEXT}>
                    {v.text}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </>
  );
}

export function ColumnChart({
  labels,
  values,
  title,
  desc,
}: {
  labels: string[];
  values: ChartValue[];
  title: string;
  desc: string;
}) {
  const id = useId();
  const max = Math.max(1, ...values.map((v) => v.value ?? 0));
  const width = 620;
  const height = 220;
  const plotH = 160;
  const colW = (width - 40) / Math.max(1, labels.length);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="kt-chart" role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      <line x1={20} y1={plotH + 10} x2={width - 20} y2={plotH + 10} stroke="#8a8a8a" />
      {labels.map((l, i) => {
        const v = values[i] ?? { value: null, text: '' };
        const h = v.value === null ? 0 : (v.value / max) * (plotH - 20);
        const x = 20 + i * colW;
        return (
          <g key={l}>
            <rect x={x + 4} y={plotH + 10 - h} width={colW - 8} height={h} fill={COLORS[0]} />
            <text x={x + colW / 2} y={plotH + 4 - h} textAnchor="middle" fontSize={11} fill={TEXT}>
              {v.text}
            </text>
            <text x={x + colW / 2} y={plotH + 26} textAnchor="middle" fontSize={10} fill={TEXT}>
              {l.slice(2)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
