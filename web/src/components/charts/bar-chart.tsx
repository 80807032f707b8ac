// A horizontal bar chart as accessible SVG (role="img" with <title> and <desc>). Charts are where people
// look; the table beside them (every page puts one there) carries the same numbers for screen readers,
// copying and download. A hidden (suppressed) value draws no bar and reads "—"; a note (for example
// "totaal zonder kleine aantallen") follows the value.
import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
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
/** The label column's least width; a longer label widens it (measured), up to what leaves bars room. */
const LABEL_WIDTH = 190;
/** Room the bars keep beside the labels (besides the 110 units for the value text); less: labels go above. */
const MIN_BAR_ROOM = 160;
const WIDTH = 640;
const MIN_WIDTH = 300;
/** Below this many pixels the labels go above their bars. */
const NARROW = 480;
const STACKED_ROW = 42;

/**
 * The drawing's width in units = the CSS pixels it has: a fixed 640-unit drawing scaled down to a 390-px
 * phone made its 12-unit labels about 7 px high. Before the first measurement (and without
 * ResizeObserver) it is 640 wide.
 */
function useDrawingWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.round(el.clientWidth);
      if (w > 0) setWidth(Math.max(MIN_WIDTH, Math.min(WIDTH, w)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** The drawn length of the longest label (SVG units; 0 before the first measurement or without SVG layout). */
function useLongestLabel(ref: RefObject<HTMLDivElement | null>, bars: readonly ChartBar[]) {
  const [longest, setLongest] = useState(0);
  useLayoutEffect(() => {
    const labels = ref.current?.querySelectorAll<SVGTextElement>('text[data-label]') ?? [];
    const length = Math.max(0, ...[...labels].map((t) => t.getComputedTextLength?.() ?? 0));
    setLongest((before) => (Math.abs(before - length) < 1 ? before : length));
  }, [ref, bars]);
  return longest;
}

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
  const { ref, width: drawing } = useDrawingWidth();
  const longest = useLongestLabel(ref, bars);
  // Labels end at the bars, so a label longer than its column was cut off at the drawing's left edge
  // ("…gdhulp verblijf (incl. behandeling)"): the column takes the longest label, and when that leaves the
  // bars too little room the labels go above them. Narrow (a phone): labels always above their bars.
  const labelColumn = Math.max(LABEL_WIDTH, Math.ceil(longest) + 12);
  const stacked = drawing < NARROW || drawing - labelColumn - 110 < MIN_BAR_ROOM;
  const labelWidth = stacked ? 0 : labelColumn;
  const row = stacked ? STACKED_ROW : ROW;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const scale = (v: number) => ((drawing - labelWidth - 110) * Math.max(0, v)) / max;
  const height = bars.length * row + 10;
  return (
    <div ref={ref}>
      <svg
        viewBox={`0 0 ${drawing} ${height}`}
        className="kt-chart kt-chart--bars"
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {bars.map((b, i) => {
          const y = 5 + i * row;
          const barY = stacked ? y + row - ROW : y;
          const width = b.value === null ? 0 : scale(b.value);
          const text = b.valueText ?? (b.value === null ? '—' : show(b.value));
          return (
            <g key={`${b.label}-${i}`} aria-hidden="true">
              <text
                data-label=""
                x={stacked ? 0 : labelWidth - 8}
                y={stacked ? y + 8 : y + ROW / 2}
                textAnchor={stacked ? 'start' : 'end'}
                dominantBaseline="middle"
                fontSize={12}
                fill="#1a1a1a"
              >
                {b.label}
              </text>
              <rect x={labelWidth} y={barY + 4} width={width} height={ROW - 8} fill="#01689b" />
              <text
                x={labelWidth + width + 6}
                y={barY + ROW / 2}
                dominantBaseline="middle"
                fontSize={12}
                fill="#1a1a1a"
              >
                {b.note ? `${text} ${b.note}` : text}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
