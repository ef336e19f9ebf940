import { firstInvalidField, hasFieldErrors, requireMinLength, requireText } from '../form-errors';

describe('form errors', () => {
  it('treats a blank or spaces-only value as missing', () => {
    expect(requireText('  ', 'Enter a reason.')).toBe('Enter a reason.');
    expect(requireText('late parcel', 'Enter a reason.')).toBeUndefined();
  });

  it('counts length after trimming', () => {
    expect(requireMinLength('  short  ', 10, 'Too short.')).toBe('Too short.');
    expect(requireMinLength('long enough reason', 10, 'Too short.')).toBeUndefined();
  });

  it('finds the first invalid field in on-screen order, not object order', () => {
    const errors = { note: 'Add a note.', reason: 'Choose a reason.' };
    expect(firstInvalidField(errors, ['reason', 'note'])).toBe('reason');
    expect(hasFieldErrors(errors)).toBe(true);
    expect(hasFieldErrors({})).toBe(false);
    expect(firstInvalidField({}, ['reason'])).toBeNull();
  });
});
