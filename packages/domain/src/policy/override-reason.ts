import { err, ok, type Result } from '../result/result';

/** Counts what a reader sees as characters, so accents and emoji count once. */
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Checks the written reason for accepting a request outside the window: trimmed, it must
 * not be empty and must have at least `minLength` characters. Returns the trimmed text to
 * store in the audit trail.
 * @example validateOverrideReason('  Customer was in hospital  ', 10) // ok('Customer was in hospital')
 */
export function validateOverrideReason(reason: string, minLength: number): Result<string> {
  const trimmed = reason.trim();
  if (trimmed.length === 0) {
    return err('OVERRIDE_REASON_REQUIRED', 'Accepting a late return needs a written reason');
  }
  const length = Array.from(GRAPHEMES.segment(trimmed)).length;
  if (length < minLength) {
    return err(
      'OVERRIDE_REASON_TOO_SHORT',
      `The override reason needs at least ${minLength} characters, got ${length}`,
      { minLength, length },
    );
  }
  return ok(trimmed);
}
