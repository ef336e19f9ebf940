const countFormat = new Intl.NumberFormat('en-US');
const shareFormat = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** A part of a whole as a percentage; rounding never shows "0%" or "100%" for a partial share. */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return '0%';
  const share = part / whole;
  if (share < 0.01) return '<1%';
  if (share > 0.99 && share < 1) return '>99%';
  return shareFormat.format(share);
}
