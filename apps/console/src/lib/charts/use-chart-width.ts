import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The pixel width the chart's container gives it, kept up to date: the SVG is drawn at that
 * size (not scaled), so its 12px labels stay 12px on a narrow card and on a wide one.
 */
export function useChartWidth<E extends HTMLElement>(fallback = 640) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().width);
      if (next > 0) setWidth(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return { ref, width };
}
