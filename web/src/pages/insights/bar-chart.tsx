// A horizontal bar chart as accessible SVG (role="img" with <title> and <desc>); the table beside it
// carries the same numbers. A bar whose total leaves out hidden small numbers says so in its label.
import { useId } from 'react';
import { useFormat } from '../../i18n/format';

export interface Bar {
  label: string;
  value: number;
  partial: boolean;
}

export function BarChart({
  bars,
  title,
  desc,
  partialMark,
}: {
  bars: Bar[];
  title: string;
  desc: string;
  partialMark: string;
}) {
  const format = useFormat();
  const id = useId();
  const rowHeight = 26;
  const labelWidth = 190;
  const width = 640;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const scale = (v: number) => ((width - labelWidth - 70) * v) / max;
  const height = bars.length * rowHeight + 10;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="kt-chart kt-chart--bars"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {bars.map((b, i) => {
        const y = 5 + i * rowHeight;
        return (
          <g key={b.label} aria-hidden="true">
            <text
              x={labelWidth - 8}
              y={y + rowHeight / 2}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={12}
              fill="#1a1a1a"
            >
              {b.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={scale(b.value)} height={rowHeight - 8} fill="#01689b" />
            <text
              x={labelWidth + scale(b.value) + 6}
              y={y + rowHeight / 2}
              dominantBaseline="middle"
              fontSize={12}
              fill="#1a1a1a"
            >
              {b.partial ? `${partialMark} ${format.integer(b.value)}` : format.integer(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
