/**
 * Form validation shared by every console form: a validator maps the typed values to one
 * message per invalid field; an empty object means the form may be sent.
 */
export type FieldErrors<Field extends string> = Partial<Readonly<Record<Field, string>>>;

export function hasFieldErrors<Field extends string>(errors: FieldErrors<Field>): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}

/** The first invalid field in on-screen order: where the focus goes after a refused submit. */
export function firstInvalidField<Field extends string>(
  errors: FieldErrors<Field>,
  order: readonly Field[],
): Field | null {
  return order.find((field) => errors[field] !== undefined) ?? null;
}

/** A required text: the message when it is blank (spaces only count as blank). */
export function requireText(value: string, message: string): string | undefined {
  return value.trim() === '' ? message : undefined;
}

/** At least `min` characters once trimmed (the API's own rule, checked here to save a round trip). */
export function requireMinLength(value: string, min: number, message: string): string | undefined {
  return value.trim().length < min ? message : undefined;
}
