import { useEffect, useId, useRef, type ReactNode } from 'react';
import './ui.css';

interface DialogProps {
  readonly open: boolean;
  readonly title: string;
  /** One line under the title: what the action does and to what. */
  readonly description?: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A modal on the native <dialog>: focus is trapped and Escape closes it without extra code.
 * Render the form inside, with its own buttons (put a Cancel that calls onClose).
 */
export function Dialog({ open, title, description, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : descriptionId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <header className="dialog__header">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            {description !== undefined && (
              <p id={descriptionId} className="dialog__description">
                {description}
              </p>
            )}
          </header>
          <div className="dialog__body">{children}</div>
        </>
      )}
    </dialog>
  );
}

/** The row of buttons at the bottom of a dialog or form: secondary first, primary last. */
export function FormActions({ children }: { readonly children: ReactNode }) {
  return <div className="form-actions">{children}</div>;
}
