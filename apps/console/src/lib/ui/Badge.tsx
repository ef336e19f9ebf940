import type { ReactNode } from 'react';
import './ui.css';

/** Colour carries meaning, never alone: the label always says it in words too. */
export type BadgeTone = 'neutral' | 'info' | 'ok' | 'warning' | 'danger' | 'accent';

interface BadgeProps {
  readonly tone?: BadgeTone;
  readonly children: ReactNode;
  /** A longer explanation, shown as a tooltip. */
  readonly title?: string;
}

export function Badge({ tone = 'neutral', children, title }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
