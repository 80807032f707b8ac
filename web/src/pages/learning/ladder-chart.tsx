// The meetlat as a ladder (accessible SVG): one rung per step, the levels across, a municipality's
// position at each moment as a dot (older moments lighter), an arrow from the first moment to the
// latest. The table beside it carries the same positions for screen readers, copying and download.
import { useId } from 'react';

export interface LadderMoment {
  label: string;
  /** Level per step (same order as `steps`), null where the moment has none. */
  levels: ReadonlyArray<number | null>;
}

const ROW = 34;
const LABEL_WIDTH = 230;
const WIDTH = 640;
const TOP = 28;

export function LadderChart({
  title,
  desc,
  steps,
  levels,
  moments,
}: {
  title: string;
  desc: string;
  steps: readonly string[];
  levels: readonly string[];
  moments: readonly LadderMoment[];
}) {
  const id = useId();
  const span = WIDTH - LABEL_WIDTH - 24;
  const x = (level: number) => LABEL_WIDTH + ((level - 1) / Math.max(1, levels.length - 1)) * span;
  const height = TOP + steps.length * ROW + 8;
  const last = moments.length - 1;
  return (
    <svg
      className="kt-ladder"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" className="kt-ladder__arrowhead" />
        </marker>
      </defs>
      {levels.map((name, i) => (
        <text key={name} x={x(i + 1)} y={16} textAnchor="middle" className="kt-ladder__level">
          {i + 1}
        </text>
      ))}
      {/* the rails */}
      <line x1={x(1)} x2={x(1)} y1={TOP} y2={height - 8} className="kt-ladder__rail" />
      <line x1={x(levels.length)} x2={x(levels.length)} y1={TOP} y2={height - 8} className="kt-ladder__rail" />
      {steps.map((step, s) => {
        const y = TOP + s * ROW + ROW / 2;
        const first = moments[0]?.levels[s] ?? null;
        const latest = moments[last]?.levels[s] ?? null;
        return (
          <g key={step}>
            <text x={0} y={y + 4} className="kt-ladder__step">
              {step.length > 30 ? `${step.slice(0, 29)}…` : step}
            </text>
            <line x1={x(1)} x2={x(levels.length)} y1={y} y2={y} className="kt-ladder__rung" />
            {first !== null && latest !== null && first !== latest ? (
              <line
                x1={x(first)}
                x2={x(latest) + (latest > first ? -8 : 8)}
                y1={y}
                y2={y}
                className="kt-ladder__move"
                markerEnd={`url(#${id}-arrow)`}
              />
            ) : null}
            {moments.map((m, i) => {
              const level = m.levels[s];
              return level == null ? null : (
                <circle
                  key={m.label}
                  cx={x(level)}
                  cy={y}
                  r={i === last ? 7 : 5}
                  className={i === last ? 'kt-ladder__dot kt-ladder__dot--latest' : 'kt-ladder__dot'}
                />
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
