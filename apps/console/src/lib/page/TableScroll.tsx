import type { ReactNode } from 'react';

interface TableScrollProps {
  /** Names the region for screen readers ("Stock movements"). */
  readonly label: string;
  readonly children: ReactNode;
}

/**
 * A table that may scroll sideways on a narrow window. Focusable, so keyboard users can scroll
 * it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: TableScrollProps) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
