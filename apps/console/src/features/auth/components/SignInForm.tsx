import { useId } from 'react';
import { signInErrorMessage, type SignInField } from '../sign-in-form';
import type { RefObject } from 'react';
import type { SignInFormRefs, SignInFormState } from '../use-sign-in-form';

type SignInFormProps = SignInFormRefs & {
  readonly form: SignInFormState;
};

interface FieldProps {
  readonly form: SignInFormState;
  readonly field: SignInField;
  readonly label: string;
  readonly inputRef: RefObject<HTMLInputElement | null>;
}

function Field({ form, field, label, inputRef }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const error = form.fieldErrors[field];
  const isEmail = field === 'email';
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        name={field}
        className="field__input"
        type={isEmail ? 'email' : 'password'}
        autoComplete={isEmail ? 'username' : 'current-password'}
        {...(isEmail ? { inputMode: 'email', autoCapitalize: 'none', spellCheck: false } : {})}
        required
        value={form.fields[field]}
        onChange={(event) => {
          form.change(field, event.target.value);
        }}
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? undefined : errorId}
      />
      {error !== undefined && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

export function SignInForm({ form, emailRef, passwordRef, submitRef }: SignInFormProps) {
  const alertId = useId();
  const { submitError, sending } = form;
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.submit}
      aria-busy={sending}
      aria-describedby={submitError === null ? undefined : alertId}
    >
      {submitError !== null && (
        <div id={alertId} className="form-alert" role="alert">
          <p className="form-alert__message">{signInErrorMessage(submitError)}</p>
          {submitError.code !== null && (
            <p className="form-alert__meta">
              Error code <code>{submitError.code}</code>
            </p>
          )}
        </div>
      )}
      <Field form={form} field="email" label="Email" inputRef={emailRef} />
      <Field form={form} field="password" label="Password" inputRef={passwordRef} />
      <button ref={submitRef} type="submit" className="button button--block" disabled={sending}>
        {sending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
