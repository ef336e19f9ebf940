import { ChartLink } from './ChartLink';
import { useChartWidth } from './use-chart-width';
import { labelEvery, niceMax } from './scale';
import { TimeChartFrame, timeLabels } from './TimeChartFrame';
import type { ChartDatum } from './types';

interface LineChartProps {
  readonly data: readonly ChartDatum[];
  readonly formatValue: (value: number) => string;
  /** Axis ticks, when they read better rounder than values ("$1,000" for "$1,000.00"). */
  readonly formatTick?: (value: number) => string;
  readonly label: string;
}

const HEIGHT = 240;
const PAD = { top: 12, right: 16, bottom: 28, left: 56 };

/** A trend over time buckets (return rate by month); null values leave a gap in the line. */
export function LineChart({ data, formatValue, formatTick = formatValue, label }: LineChartProps) {
  const { ref, width } = useChartWidth<HTMLDivElement>();
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const top = niceMax(Math.max(0, ...data.map((d) => d.value ?? 0)));
  const step = data.length > 1 ? plotWidth / (data.length - 1) : 0;
  const x = (index: number) => PAD.left + (data.length > 1 ? step * index : plotWidth / 2);
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const every = labelEvery(data.length, Math.max(2, Math.floor(plotWidth / 72)));

  // One path, restarting ("M") after each gap.
  let path = '';
  let drawing = false;
  data.forEach((datum, index) => {
    if (datum.value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(index).toFixed(1)},${y(datum.value).toFixed(1)} `;
    drawing = true;
  });

  return (
    <TimeChartFrame
      frameRef={ref}
      width={width}
      height={HEIGHT}
      pad={PAD}
      top={top}
      y={y}
      formatTick={formatTick}
      labels={timeLabels(data, every, x)}
      label={label}
    >
      <path className="chart__line" d={path.trim()} aria-hidden="true" />
      {data.map((datum, index) =>
        datum.value === null ? null : (
          <ChartLink
            key={datum.key}
            href={datum.href}
            label={`${datum.label}: ${formatValue(datum.value)}${
              datum.detail === undefined ? '' : ` (${datum.detail})`
            }`}
          >
            <circle className="chart__point" cx={x(index)} cy={y(datum.value)} r={4} />
          </ChartLink>
        ),
      )}
    </TimeChartFrame>
  );
}
