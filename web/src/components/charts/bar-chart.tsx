// A horizontal bar chart as accessible SVG (role="img" with <title> and <desc>). Charts are where people
// look; the table beside them (every page puts one there) carries the same numbers for screen readers,
// copying and download. A hidden (suppressed) value draws no bar and reads "—"; a note (for example
// "totaal zonder kleine aantallen") follows the value.
import { useId } from 'react';
import { useFormat } from '../../i18n/format';

export interface ChartBar {
  label: string;
  /** null: not shown (suppressed, or nothing to show). */
  value: number | null;
  note?: string;
  /** The value as words, where a number alone would mislead ("ten minste 12"). */
  valueText?: string;
}

const ROW = 26;
const LABEL_WIDTH = 190;
const WIDTH = 640;

export function BarChart({
  title,
  desc,
  bars,
  format,
}: {
  title: string;
  desc: string;
  bars: readonly ChartBar[];
  format?: (n: number) => string;
}) {
  const formats = useFormat();
  const show = format ?? formats.integer;
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const scale = (v: number) => ((WIDTH - LABEL_WIDTH - 90) * Math.max(0, v)) / max;
  const height = bars.length * ROW + 10;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="kt-chart kt-chart--bars"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {bars.map((b, i) => {
        const y = 5 + i * ROW;
        const width = b.value === null ? 0 : scale(b.value);
        const text = b.valueText ?? (b.value === null ? '—' : show(b.value));
        return (
          <g key={`${b.label}-${i}`} aria-hidden="true">
            <text
              x={LABEL_WIDTH - 8}
              y={y + ROW / 2}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={12}
              fill="#1a1a1a"
            >
              {b.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 8} fill="#01689b" />
            <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2} dominantBaseline="middle" fontSize={12} fill="#1a1a1a">
              {b.note ? `${text} ${b.note}` : text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
