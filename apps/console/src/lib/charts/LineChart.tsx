import { ChartLink } from './ChartLink';
import { useChartWidth } from './use-chart-width';
import { labelEvery, niceMax, ticks } from './scale';
import type { ChartDatum } from './types';
import './charts.css';

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
        <path className="chart__line" d={path.trim()} aria-hidden="true" />
        {data.map((datum, index) => (
          <g key={datum.key}>
            {datum.value !== null && (
              <ChartLink
                href={datum.href}
                label={`${datum.label}: ${formatValue(datum.value)}${
                  datum.detail === undefined ? '' : ` (${datum.detail})`
                }`}
              >
                <circle className="chart__point" cx={x(index)} cy={y(datum.value)} r={4} />
              </ChartLink>
            )}
            {index % every === 0 && (
              <text
                x={x(index)}
                y={HEIGHT - PAD.bottom + 16}
                textAnchor="middle"
                className="chart__tick"
                aria-hidden="true"
              >
                {datum.label}
              </text>
            )}
          </g>
        ))}
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
