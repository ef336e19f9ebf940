import { ChartLink } from './ChartLink';
import { useChartWidth } from './use-chart-width';
import { niceMax, truncate } from './scale';
import type { ChartDatum } from './types';
import './charts.css';

interface HorizontalBarChartProps {
  readonly data: readonly ChartDatum[];
  readonly formatValue: (value: number) => string;
  readonly label: string;
}

const ROW = 30;
const VALUE_WIDTH = 72;
/** About 7px per character of a 13px label. */
const CHAR_WIDTH = 7;

/** Ranked rows (reasons, top SKUs); each row with `href` opens the list behind it. */
export function HorizontalBarChart({ data, formatValue, label }: HorizontalBarChartProps) {
  const { ref, width } = useChartWidth<HTMLDivElement>();
  // Labels take up to 45% of the width, never more than their longest text needs.
  const longest = Math.max(8, ...data.map((d) => d.label.length));
  const labelWidth = Math.min(Math.round(width * 0.45), longest * CHAR_WIDTH + 12);
  const maxChars = Math.floor((labelWidth - 12) / CHAR_WIDTH);
  const height = Math.max(ROW, data.length * ROW) + 8;
  const plotWidth = width - labelWidth - VALUE_WIDTH;
  const top = niceMax(Math.max(0, ...data.map((d) => d.value ?? 0)));
  return (
    <div ref={ref} className="chart-frame">
      <svg
        className="chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={label}
      >
        {data.map((datum, index) => {
          const value = datum.value ?? 0;
          const y = 4 + index * ROW;
          const barLength = (value / top) * plotWidth;
          const text = `${datum.label}: ${datum.value === null ? 'no data' : formatValue(value)}${
            datum.detail === undefined ? '' : ` (${datum.detail})`
          }`;
          // A linked row is read by its link's name; its drawn text is then decoration.
          const decorative = datum.href !== undefined;
          return (
            <g key={datum.key}>
              <ChartLink href={datum.href} label={text}>
                <rect className="chart__row-hit" x={0} y={y} width={width} height={ROW - 4} />
                <rect
                  className="chart__bar"
                  x={labelWidth}
                  y={y + 4}
                  width={Math.max(value > 0 ? 2 : 0, barLength)}
                  height={ROW - 12}
                  rx={2}
                />
              </ChartLink>
              <text
                x={labelWidth - 8}
                y={y + ROW / 2 - 2}
                dy="0.32em"
                textAnchor="end"
                className="chart__label"
                aria-hidden={decorative || undefined}
              >
                {truncate(datum.label, maxChars)}
              </text>
              <text
                x={labelWidth + barLength + 6}
                y={y + ROW / 2 - 2}
                dy="0.32em"
                className="chart__value"
                aria-hidden={decorative || undefined}
              >
                {datum.value === null ? '—' : formatValue(value)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
