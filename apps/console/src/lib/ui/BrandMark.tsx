interface BrandMarkProps {
  readonly className?: string;
}

/** Rebound's mark: an R whose leg turns back, as a return does. Decorative; pair it with the name. */
export function BrandMark({ className = 'brand__mark' }: BrandMarkProps) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" />
      <path d="M11 23V9h6a4.5 4.5 0 0 1 0 9h-6m6 0 5 5" />
    </svg>
  );
}
