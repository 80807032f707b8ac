// Hand-made SVG charts. Each has a <title> and <desc> (role="img"); the tables beside them carry
// the same numbers, so nothing is only visible in a picture.
import { useId } from 'react';

export interface Axis {
  code: string;
  label: string;
}
export interface Polygon {
  key: string;
  label: string;
  values: Array<number | null>;
  dashed?: boolean;
}

const COLORS = { latest: '#01689b', first: '#a33f00', grid: '#8a8a8a', text: '#1a1a1a' } as const;

export function RadarChart({
  axes,
  polygons,
  min,
  max,
  title,
  desc,
}: {
  axes: Axis[];
  polygons: Polygon[];
  min: number;
  max: number;
  title: string;
  desc: string;
}) {
  const id = useId();
  const size = 420;
  // Room beside the circle for the longest domain names.
  const PAD = 110;
  const c = size / 2;
  const r = 130;
  const angle = (i: number) => (Math.PI * 2 * i) / axes.length - Math.PI / 2;
  const at = (i: number, v: number) => {
    const f = (v - min) / (max - min);
    return [c + Math.cos(angle(i)) * r * f, c + Math.sin(angle(i)) * r * f] as const;
  };
  const ticks = Array.from({ length: max - min + 1 }, (_, k) => min + k).filter(
    (v) => v > min && (max - min <= 5 || (v - min) % 2 === 0),
  );
  return (
    <svg
      viewBox={`${-PAD} 0 ${size + 2 * PAD} ${size}`}
      className="kt-chart kt-chart--radar"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {ticks.map((v) => (
        <polygon
          key={v}
          points={axes.map((_, i) => at(i, v).join(',')).join(' ')}
          fill="none"
          stroke={COLORS.grid}
          strokeWidth={v === max ? 1.2 : 0.6}
        />
      ))}
      {axes.map((a, i) => {
        const [x, y] = at(i, max);
        const [lx, ly] = [c + Math.cos(angle(i)) * (r + 14), c + Math.sin(angle(i)) * (r + 14)];
        const anchor = Math.abs(lx - c) < 8 ? 'middle' : lx > c ? 'start' : 'end';
        return (
          <g key={a.code}>
            <line x1={c} y1={c} x2={x} y2={y} stroke={COLORS.grid} strokeWidth={0.6} />
            <text x={lx} y={ly} textAnchor={anchor} dominantBaseline="middle" fontSize={11} fill={COLORS.text}>
              {a.label}
            </text>
          </g>
        );
      })}
      {polygons.map((p) => {
        const pts = p.values.map((v, i) => at(i, v ?? min));
        const color = p.dashed ? COLORS.first : COLORS.latest;
        return (
          <g key={p.key} data-series={p.key}>
            <polygon
              points={pts.map((xy) => xy.join(',')).join(' ')}
              fill={color}
              fillOpacity={p.dashed ? 0.05 : 0.18}
              stroke={color}
              strokeWidth={2}
              strokeDasharray={p.dashed ? '6 4' : undefined}
            />
            {pts.map(([x, y], i) =>
              p.values[i] === null ? null : <circle key={axes[i]?.code} cx={x} cy={y} r={3} fill={color} />,
            )}
          </g>
        );
      })}
      <Legend
        x={-PAD + 10}
        y={size - 34}
        items={polygons.map((p) => ({ label: p.label, dashed: Boolean(p.dashed) }))}
      />
    </svg>
  );
}

function Legend({ x, y, items }: { x: number; y: number; items: Array<{ label: string; dashed: boolean }> }) {
  return (
    <g aria-hidden="true">
      {items.map((it, i) => (
        <g key={it.label} transform={`translate(${x}, ${y + i * 16})`}>
          <line
            x1={0}
            y1={6}
            x2={24}
            y2={6}
            stroke={it.dashed ? COLORS.first : COLORS.latest}
            strokeWidth={2}
            strokeDasharray={it.dashed ? '6 4' : undefined}
          />
          <text x={30} y={6} dominantBaseline="middle" fontSize={11} fill={COLORS.text}>
            {it.label}
          </text>
        </g>
      ))}
    </g>
  );
}

export interface LinePoint {
  date: string;
  score: number;
}

/** One item's scores over time: x is time (by date), y the instrument's scale. */
export function LineChart({
  points,
  min,
  max,
  title,
  desc,
  formatDate,
}: {
  points: LinePoint[];
  min: number;
  max: number;
  title: string;
  desc: string;
  formatDate: (iso: string) => string;
}) {
  const id = useId();
  const [w, h, left, right, top, bottom] = [280, 150, 30, 14, 12, 30];
  const times = points.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (t: number) => (t1 === t0 ? (left + w - right) / 2 : left + ((t - t0) / (t1 - t0)) * (w - left - right));
  const y = (v: number) => top + (1 - (v - min) / (max - min)) * (h - top - bottom);
  const gridValues = [min, Math.round((min + max) / 2), max];
  return (
    <svg viewBox={`0 0 ${w} ${h}`} className="kt-chart kt-chart--line" role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {gridValues.map((v) => (
        <g key={v}>
          <line x1={left} x2={w - right} y1={y(v)} y2={y(v)} stroke={COLORS.grid} strokeWidth={0.6} />
          <text x={left - 6} y={y(v)} textAnchor="end" dominantBaseline="middle" fontSize={10} fill={COLORS.text}>
            {v}
          </text>
        </g>
      ))}
      {points.length > 1 ? (
        <polyline
          points={points.map((p, i) => `${x(times[i] ?? 0)},${y(p.score)}`).join(' ')}
          fill="none"
          stroke={COLORS.latest}
          strokeWidth={2}
        />
      ) : null}
      {points.map((p, i) => (
        <circle key={`${p.date}-${i}`} cx={x(times[i] ?? 0)} cy={y(p.score)} r={3.5} fill={COLORS.latest} />
      ))}
      {points.length > 0 ? (
        <>
          <text
            x={x(t0)}
            y={h - 10}
            textAnchor={points.length > 1 ? 'start' : 'middle'}
            fontSize={10}
            fill={COLORS.text}
          >
            {formatDate(points[0]?.date ?? '')}
          </text>
          {points.length > 1 ? (
            <text x={x(t1)} y={h - 10} textAnchor="end" fontSize={10} fill={COLORS.text}>
              {formatDate(points.at(-1)?.date ?? '')}
            </text>
          ) : null}
        </>
      ) : null}
    </svg>
  );
}
