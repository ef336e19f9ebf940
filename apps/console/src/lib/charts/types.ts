/** One bar or point of a chart. */
export interface ChartDatum {
  /** Stable React key. */
  readonly key: string;
  /** Shown on the axis and read by screen readers. */
  readonly label: string;
  /** Null: no value for this bucket (a gap in a line, no bar). */
  readonly value: number | null;
  /** Clicking the element opens this console URL (the filtered list behind it). */
  readonly href?: string | undefined;
  /** Extra words for the tooltip and screen readers ("42 of 180 units"). */
  readonly detail?: string | undefined;
}
