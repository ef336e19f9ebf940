import type { MouseEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';

interface ChartLinkProps {
  readonly href: string | undefined;
  readonly label: string;
  readonly children: ReactNode;
}

/**
 * An SVG element that opens a console URL: a real link (focusable, middle-click opens a tab)
 * that moves inside the single-page app on a plain click.
 */
export function ChartLink({ href, label, children }: ChartLinkProps) {
  const navigate = useNavigate();
  if (href === undefined) {
    return (
      <g>
        <title>{label}</title>
        {children}
      </g>
    );
  }
  const open = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    void navigate(href);
  };
  return (
    <a href={href} aria-label={label} className="chart__link" onClick={open}>
      <title>{label}</title>
      {children}
    </a>
  );
}
