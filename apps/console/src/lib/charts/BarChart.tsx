import { ChartLink } from './ChartLink';
import { useChartWidth } from './use-chart-width';
import { labelEvery, niceMax } from './scale';
import { TimeChartFrame, timeLabels } from './TimeChartFrame';
import type { ChartDatum } from './types';

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
  const barX = (index: number) => PAD.left + slot * index + (slot - barWidth) / 2;
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  return (
    <TimeChartFrame
      frameRef={ref}
      width={width}
      height={HEIGHT}
      pad={PAD}
      top={top}
      y={y}
      formatTick={formatTick}
      labels={timeLabels(data, every, (index) => barX(index) + barWidth / 2)}
      label={label}
    >
      {data.map((datum, index) => {
        const value = datum.value ?? 0;
        const text = `${datum.label}: ${datum.value === null ? 'no data' : formatValue(value)}${
          datum.detail === undefined ? '' : ` (${datum.detail})`
        }`;
        return (
          <ChartLink key={datum.key} href={datum.href} label={text}>
            <rect
              className="chart__bar"
              x={barX(index)}
              y={y(value)}
              width={barWidth}
              height={Math.max(value > 0 ? 1 : 0, PAD.top + plotHeight - y(value))}
              rx={2}
            />
          </ChartLink>
        );
      })}
    </TimeChartFrame>
  );
}
