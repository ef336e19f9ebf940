import { useCallback, useState } from 'react';
import type { ApiError } from '../graphql/api-error';
import { firstInvalidField, hasFieldErrors, type FieldErrors } from './form-errors';

export interface FormState<Values extends Record<string, string>> {
  readonly values: Values;
  readonly errors: FieldErrors<keyof Values & string>;
  /** The API refused the last submit; what the user typed stays in `values`. */
  readonly submitError: ApiError | null;
  readonly change: (field: keyof Values & string, value: string) => void;
  /**
   * Validates everything; returns the first invalid field (to focus) or null when the form may be
   * sent. Clears the previous submit error either way.
   */
  readonly check: () => (keyof Values & string) | null;
  readonly fail: (error: ApiError) => void;
  readonly reset: (values?: Values) => void;
}

/**
 * Values, inline errors and the API's refusal for one form. A field already flagged is
 * re-checked as the user fixes it; the others wait for the next submit.
 */
export function useFormState<Values extends Record<string, string>>(
  initial: Values,
  validate: (values: Values) => FieldErrors<keyof Values & string>,
  order: readonly (keyof Values & string)[],
): FormState<Values> {
  type Field = keyof Values & string;
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [submitError, setSubmitError] = useState<ApiError | null>(null);

  const change = useCallback(
    (field: Field, value: string) => {
      const next = { ...values, [field]: value };
      setValues(next);
      if (errors[field] === undefined) return;
      const recheck = validate(next)[field];
      const others = Object.fromEntries(
        Object.entries(errors).filter(([key]) => key !== field),
      ) as FieldErrors<Field>;
      setErrors(recheck === undefined ? others : { ...others, [field]: recheck });
    },
    [values, errors, validate],
  );

  const check = useCallback(() => {
    const found = validate(values);
    setErrors(found);
    setSubmitError(null);
    return hasFieldErrors(found) ? firstInvalidField(found, order) : null;
  }, [validate, values, order]);

  const reset = useCallback(
    (next?: Values) => {
      setValues(next ?? initial);
      setErrors({});
      setSubmitError(null);
    },
    [initial],
  );

  return { values, errors, submitError, change, check, fail: setSubmitError, reset };
}
