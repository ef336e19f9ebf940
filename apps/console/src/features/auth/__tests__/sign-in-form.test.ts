import {
  firstInvalidField,
  signInErrorMessage,
  toSignInInput,
  validateSignIn,
} from '../sign-in-form';

describe('validateSignIn', () => {
  it('lets a well-formed email and any non-empty password through', () => {
    expect(validateSignIn({ email: 'support@harborpine.test', password: 'x' })).toEqual({});
  });

  it('asks for both fields when the form is empty, email first', () => {
    const errors = validateSignIn({ email: '  ', password: '' });
    expect(errors).toEqual({
      email: 'Enter your email address.',
      password: 'Enter your password.',
    });
    expect(firstInvalidField(errors)).toBe('email');
  });

  it.each(['support', 'support@', '@harborpine.test', 'support@harborpine', 'a b@c.d'])(
    'refuses %s as an email address',
    (email) => {
      expect(validateSignIn({ email, password: 'x' }).email).toBe(
        'Enter an email address like name@company.com.',
      );
    },
  );

  it('points at the password when only the password is missing', () => {
    const errors = validateSignIn({ email: 'support@harborpine.test', password: '' });
    expect(firstInvalidField(errors)).toBe('password');
  });

  it('has no invalid field when there are no errors', () => {
    expect(firstInvalidField({})).toBeNull();
  });
});

describe('toSignInInput', () => {
  it('trims the email but sends the password exactly as typed', () => {
    expect(toSignInInput({ email: ' support@harborpine.test ', password: ' secret ' })).toEqual({
      email: 'support@harborpine.test',
      password: ' secret ',
    });
  });
});

describe('signInErrorMessage', () => {
  it('says "Email or password is wrong" for INVALID_CREDENTIALS', () => {
    expect(
      signInErrorMessage({
        kind: 'graphql',
        message: 'Invalid login',
        code: 'INVALID_CREDENTIALS',
      }),
    ).toBe('Email or password is wrong');
  });

  it("shows the API's own message for any other failure", () => {
    expect(
      signInErrorMessage({ kind: 'graphql', message: 'Too many attempts', code: 'RATE_LIMITED' }),
    ).toBe('Too many attempts');
    expect(
      signInErrorMessage({ kind: 'network', message: 'The API could not be reached.', code: null }),
    ).toBe('The API could not be reached.');
  });
});
