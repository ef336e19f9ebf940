import type { ApiError } from '../../lib/graphql/api-error';
import type { SignInInput } from '../../lib/graphql/generated/graphql';

export interface SignInFields {
  readonly email: string;
  readonly password: string;
}

export type SignInField = keyof SignInFields;

/** A message per invalid field; an empty object means the form may be sent. */
export type SignInFieldErrors = Partial<Readonly<Record<SignInField, string>>>;

/** Top to bottom, as on screen: the first invalid one gets the focus. */
export const SIGN_IN_FIELDS: readonly SignInField[] = ['email', 'password'];

// Deliberately loose: one @, something on each side, a dot in the domain. The API decides the rest.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSignIn(fields: SignInFields): SignInFieldErrors {
  const email = fields.email.trim();
  return {
    ...(email === ''
      ? { email: 'Enter your email address.' }
      : EMAIL_SHAPE.test(email)
        ? {}
        : { email: 'Enter an email address like name@company.com.' }),
    ...(fields.password === '' ? { password: 'Enter your password.' } : {}),
  };
}

export function firstInvalidField(errors: SignInFieldErrors): SignInField | null {
  return SIGN_IN_FIELDS.find((field) => errors[field] !== undefined) ?? null;
}

/** What is sent: the email without stray spaces; the password exactly as typed. */
export function toSignInInput(fields: SignInFields): SignInInput {
  return { email: fields.email.trim(), password: fields.password };
}

const SIGN_IN_MESSAGES: Readonly<Record<string, string>> = {
  INVALID_CREDENTIALS: 'Email or password is wrong',
};

/** The API's own words, except where a code has a fixed wording on this page. */
export function signInErrorMessage(error: ApiError): string {
  return (error.code === null ? undefined : SIGN_IN_MESSAGES[error.code]) ?? error.message;
}
