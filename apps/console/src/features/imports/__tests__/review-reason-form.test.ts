import {
  EMPTY_REVIEW_REASON,
  REASON_OPTIONS,
  toReviewReasonInput,
  validateReviewReason,
} from '../review-reason-form';

describe('the "Choose reason" form of a flagged Amazon line', () => {
  test('offers each of the 22 catalogue reasons once, by label', () => {
    expect(REASON_OPTIONS).toHaveLength(22);
    expect(new Set(REASON_OPTIONS.map((option) => option.value)).size).toBe(22);
    const labels = REASON_OPTIONS.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });

  test('refuses to send without a reason from the catalogue', () => {
    expect(validateReviewReason(EMPTY_REVIEW_REASON)).toEqual({
      reasonCode: 'Choose the real reason',
    });
    expect(validateReviewReason({ reasonCode: 'SMELLS_FUNNY', remember: '' })).toEqual({
      reasonCode: 'Choose the real reason',
    });
    expect(toReviewReasonInput('line-1', EMPTY_REVIEW_REASON)).toBeNull();
  });

  test('sends the line, the code, and whether to remember the mapping', () => {
    expect(validateReviewReason({ reasonCode: 'DEFECTIVE', remember: '' })).toEqual({});
    expect(toReviewReasonInput('line-1', { reasonCode: 'DEFECTIVE', remember: '' })).toEqual({
      returnLineId: 'line-1',
      reasonCode: 'DEFECTIVE',
      rememberMapping: false,
    });
    expect(toReviewReasonInput('line-1', { reasonCode: 'WRONG_ITEM', remember: 'yes' })).toEqual({
      returnLineId: 'line-1',
      reasonCode: 'WRONG_ITEM',
      rememberMapping: true,
    });
  });
});
