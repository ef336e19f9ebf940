import { useRef, useState, type SubmitEvent } from 'react';
import type { ApiError } from '../../lib/graphql/api-error';
import { useTypedMutation } from '../../lib/graphql/use-typed-mutation';
import { signInMutation } from './operations';
import {
  firstInvalidField,
  toSignInInput,
  validateSignIn,
  type SignInField,
  type SignInFieldErrors,
  type SignInFields,
} from './sign-in-form';

/**
 * State and behaviour of the sign-in form: nothing is sent until the fields pass validation,
 * what the user typed survives a refusal, and focus goes to where the fix is.
 */
export function useSignInForm(onSignedIn: () => void) {
  const { run, sending } = useTypedMutation(signInMutation);
  const [fields, setFields] = useState<SignInFields>({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [submitError, setSubmitError] = useState<ApiError | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const inputOf = (field: SignInField) => (field === 'email' ? emailRef : passwordRef).current;

  const change = (field: SignInField, value: string) => {
    const next = { ...fields, [field]: value };
    setFields(next);
    // A field already flagged is re-checked as the user fixes it; others wait for the next submit.
    if (fieldErrors[field] !== undefined) {
      const recheck = validateSignIn(next)[field];
      setFieldErrors(({ [field]: _previous, ...others }) =>
        recheck === undefined ? others : { ...others, [field]: recheck },
      );
    }
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const errors = validateSignIn(fields);
    setFieldErrors(errors);
    setSubmitError(null);
    const invalid = firstInvalidField(errors);
    if (invalid !== null) {
      inputOf(invalid)?.focus();
      return;
    }
    void run({ input: toSignInInput(fields) }).then((outcome) => {
      if (outcome.ok) {
        onSignedIn();
        return;
      }
      setSubmitError(outcome.error);
      // The disabled button dropped the focus; the password is what to retype (selected, kept).
      passwordRef.current?.focus();
      passwordRef.current?.select();
    });
  };

  /** Fills both fields (the demo accounts panel) and leaves the user one key press from signing in. */
  const prefill = (values: SignInFields) => {
    setFields(values);
    setFieldErrors({});
    setSubmitError(null);
    submitRef.current?.focus();
  };

  const form = { fields, fieldErrors, submitError, sending, change, submit, prefill };
  // Apart from the state: the form attaches them to its elements, render never reads them.
  const refs = { emailRef, passwordRef, submitRef };
  return [form, refs] as const;
}

export type SignInFormState = ReturnType<typeof useSignInForm>[0];
export type SignInFormRefs = ReturnType<typeof useSignInForm>[1];
