import type { ButtonHTMLAttributes, Ref } from 'react';
import './ui.css';

export type ButtonVariant = 'primary' | 'quiet' | 'danger' | 'link';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: ButtonVariant;
  readonly size?: 'normal' | 'small';
  /** The action it started is in flight: disabled, with `busyLabel` in place of the label. */
  readonly busy?: boolean;
  readonly busyLabel?: string;
  readonly ref?: Ref<HTMLButtonElement>;
}

export function buttonClassName(
  variant: ButtonVariant = 'primary',
  size: 'normal' | 'small' = 'normal',
): string {
  return [
    'button',
    variant === 'primary' ? '' : `button--${variant}`,
    size === 'small' ? 'button--small' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The console's button; `type="button"` unless told otherwise, so it never submits by accident. */
export function Button({
  variant = 'primary',
  size = 'normal',
  busy = false,
  busyLabel,
  className,
  type = 'button',
  disabled,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={[buttonClassName(variant, size), className].filter(Boolean).join(' ')}
      disabled={disabled === true || busy}
      aria-busy={busy || undefined}
    >
      {busy && busyLabel !== undefined ? busyLabel : children}
    </button>
  );
}
