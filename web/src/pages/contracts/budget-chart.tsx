// A stacked bar per municipality (spent, committed, remaining of its budget) as accessible SVG: role="img" with
// <title> and <desc>; the table beside it carries the same figures.
import { useId } from 'react';
import type { BudgetFigure } from '../../api/contracts';

const COLOURS = { spent: '#01689b', committed: '#8fcae7', over: '#d52b1e' };

export function BudgetChart({ figures, title, desc }: { figures: BudgetFigure[]; title: string; desc: string }) {
  const id = useId();
  const rowHeight = 24;
  const labelWidth = 150;
  const width = 560;
  const max = Math.max(1, ...figures.map((f) => Math.max(f.budgetCents, f.spentCents + f.committedCents)));
  const scale = (v: number) => ((width - labelWidth - 10) * Math.max(0, v)) / max;
  const height = figures.length * rowHeight + 10;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="kt-chart kt-chart--budget"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {figures.map((f, i) => {
        const y = 5 + i * rowHeight;
        const used = f.spentCents + f.committedCents;
        return (
          <g key={f.budgetLineId} aria-hidden="true">
            <text
              x={labelWidth - 8}
              y={y + rowHeight / 2}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize={12}
              fill="#1a1a1a"
            >
              {f.municipalityName}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={scale(f.budgetCents)}
              height={rowHeight - 8}
              fill="none"
              stroke="#1a1a1a"
            />
            <rect x={labelWidth} y={y + 6} width={scale(f.spentCents)} height={rowHeight - 12} fill={COLOURS.spent} />
            <rect
              x={labelWidth + scale(f.spentCents)}
              y={y + 6}
              width={scale(f.committedCents)}
              height={rowHeight - 12}
              fill={used > f.budgetCents ? COLOURS.over : COLOURS.committed}
            />
          </g>
        );
      })}
    </svg>
  );
}
