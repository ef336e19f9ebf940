import { ChartLink } from './ChartLink';
import { useChartWidth } from './use-chart-width';
import { labelEvery, niceMax, ticks } from './scale';
import type { ChartDatum } from './types';
import './charts.css';

interface BarChartProps {
  readonly data: readonly ChartDatum[];
  readonly formatValue: (value: number) => string;
  /** Axis ticks, when they read better rounder than values ("$1,000" for "$1,000.00"). */
  readonly formatTick?: (value: number) => string;
  /** Says what the chart shows, for screen readers. */
  readonly label: string;
}

const HEIGHT = 240;
const PAD = { top: 12, right: 8, bottom: 28, left: 72 };

/** Vertical bars over time buckets (refunds by week); a bar with `href` opens its list. */
export function BarChart({ data, formatValue, formatTick = formatValue, label }: BarChartProps) {
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const top = niceMax(Math.max(0, ...data.map((d) => d.value ?? 0)));
  const slot = plotWidth / Math.max(1, data.length);
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const every = labelEvery(data.length, Math.max(2, Math.floor(plotWidth / 64)));
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  return (
    <div ref={ref} className="chart-frame">
      <svg
        className="chart"
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="group"
        aria-label={label}
      >
        {ticks(top).map((tick) => (
          <g key={tick} className="chart__grid" aria-hidden="true">
            <line x1={PAD.left} x2={width - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text x={PAD.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="chart__tick">
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {data.map((datum, index) => {
          const x = PAD.left + slot * index + (slot - barWidth) / 2;
          const value = datum.value ?? 0;
          const text = `${datum.label}: ${datum.value === null ? 'no data' : formatValue(value)}${
            datum.detail === undefined ? '' : ` (${datum.detail})`
          }`;
          return (
            <g key={datum.key}>
              <ChartLink href={datum.href} label={text}>
                <rect
                  className="chart__bar"
                  x={x}
                  y={y(value)}
                  width={barWidth}
                  height={Math.max(value > 0 ? 1 : 0, PAD.top + plotHeight - y(value))}
                  rx={2}
                />
              </ChartLink>
              {index % every === 0 && (
                <text
                  x={x + barWidth / 2}
                  y={HEIGHT - PAD.bottom + 16}
                  textAnchor="middle"
                  className="chart__tick"
                  aria-hidden="true"
                >
                  {datum.label}
                </text>
              )}
            </g>
          );
        })}
        <line
          className="chart__axis"
          x1={PAD.left}
          x2={width - PAD.right}
          y1={PAD.top + plotHeight}
          y2={PAD.top + plotHeight}
          aria-hidden="true"
        />
      </svg>
    </div>
  );
}
