import type { ReactNode, RefObject } from 'react';
import { ticks } from './scale';
import './charts.css';

/** Space around the plot for the value ticks (left) and the bucket labels (bottom). */
export interface ChartPadding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** One bucket label under the plot, centred on `x`. */
export interface TimeLabel {
  readonly key: string;
  readonly x: number;
  readonly text: string;
}

interface TimeChartFrameProps {
  readonly frameRef: RefObject<HTMLDivElement | null>;
  readonly width: number;
  readonly height: number;
  readonly pad: ChartPadding;
  /** The value axis runs from 0 to `top`; `y` maps a value to its vertical position. */
  readonly top: number;
  readonly y: (value: number) => number;
  readonly formatTick: (value: number) => string;
  /** Bucket labels to print (already thinned out so they fit). */
  readonly labels: readonly TimeLabel[];
  /** Says what the chart shows, for screen readers. */
  readonly label: string;
  /** The marks: bars, a line and its points. */
  readonly children: ReactNode;
}

/**
 * What the bar and line charts over time buckets share: the SVG, the value grid with its ticks,
 * the bucket labels and the baseline. The marks go in between.
 */
export function TimeChartFrame({
  frameRef,
  width,
  height,
  pad,
  top,
  y,
  formatTick,
  labels,
  label,
  children,
}: TimeChartFrameProps) {
  const baseline = height - pad.bottom;
  return (
    <div ref={frameRef} className="chart-frame">
      <svg
        className="chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={label}
      >
        {ticks(top).map((tick) => (
          <g key={tick} className="chart__grid" aria-hidden="true">
            <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} />
            <text x={pad.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="chart__tick">
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {children}
        {labels.map((tick) => (
          <text
            key={tick.key}
            x={tick.x}
            y={baseline + 16}
            textAnchor="middle"
            className="chart__tick"
            aria-hidden="true"
          >
            {tick.text}
          </text>
        ))}
        <line
          className="chart__axis"
          x1={pad.left}
          x2={width - pad.right}
          y1={baseline}
          y2={baseline}
          aria-hidden="true"
        />
      </svg>
    </div>
  );
}

/** The labels of every `every`-th bucket, at the x each chart gives its bucket. */
export function timeLabels(
  data: readonly { readonly key: string; readonly label: string }[],
  every: number,
  x: (index: number) => number,
): TimeLabel[] {
  return data.flatMap((datum, index) =>
    index % every === 0 ? [{ key: datum.key, x: x(index), text: datum.label }] : [],
  );
}
