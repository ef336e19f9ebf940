import { useRef, type ReactNode } from 'react';
import type { ApiError } from '../graphql/api-error';
import { ApiErrorNotice } from './ApiErrorNotice';
import { Button, type ButtonVariant } from './Button';
import { Dialog, FormActions } from './Dialog';

interface FormDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly description?: string;
  readonly onClose: () => void;
  /**
   * Validates and sends. Returns the `name` of the first invalid field (it gets the focus), or
   * null when the form went out (the dialog stays open until the caller closes it on success).
   */
  readonly onSubmit: () => string | null;
  readonly submitLabel: string;
  readonly busyLabel: string;
  readonly sending: boolean;
  /** The API's refusal of the last submit, shown above the fields; the typed values stay. */
  readonly submitError: ApiError | null;
  readonly errorTitle: string;
  readonly submitVariant?: ButtonVariant;
  readonly children?: ReactNode;
}

/** A dialog holding one form: validates before sending, shows the API's refusal in place. */
export function FormDialog({
  open,
  title,
  description,
  onClose,
  onSubmit,
  submitLabel,
  busyLabel,
  sending,
  submitError,
  errorTitle,
  submitVariant = 'primary',
  children,
}: FormDialogProps) {
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <Dialog open={open} title={title} description={description} onClose={onClose}>
      <form
        ref={formRef}
        className="form"
        noValidate
        aria-busy={sending}
        onSubmit={(event) => {
          event.preventDefault();
          if (sending) return;
          const invalid = onSubmit();
          if (invalid === null) return;
          const element = formRef.current?.elements.namedItem(invalid);
          if (element instanceof HTMLElement) element.focus();
        }}
      >
        {submitError !== null && (
          <ApiErrorNotice variant="inline" title={errorTitle} error={submitError} />
        )}
        {children}
        <FormActions>
          <Button variant="quiet" onClick={onClose} disabled={sending}>
            Cancel
          </Button>
          <Button type="submit" variant={submitVariant} busy={sending} busyLabel={busyLabel}>
            {submitLabel}
          </Button>
        </FormActions>
      </form>
    </Dialog>
  );
}
