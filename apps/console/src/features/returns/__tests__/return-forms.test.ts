import {
  toAuthorizeInput,
  toInspectInput,
  toRejectInput,
  toResolveInput,
  validateAuthorize,
  validateCancel,
  validateCreateRefund,
  validateDateRange,
  validateInspect,
  validateIssueLabel,
  validateNote,
  validateReject,
  validateResolve,
} from '../return-forms';

describe('authorize', () => {
  const late = { overrideRequired: true, minLength: 10 };
  const inTime = { overrideRequired: false, minLength: 10 };

  it('needs no reason for a request in time', () => {
    expect(validateAuthorize({ overrideReason: '' }, inTime)).toEqual({});
    expect(toAuthorizeInput('r-1', { overrideReason: '  ' })).toEqual({ id: 'r-1' });
  });

  it('needs an audited reason of the policy’s length for a late request', () => {
    expect(validateAuthorize({ overrideReason: '' }, late).overrideReason).toMatch(
      /outside the return window/,
    );
    expect(validateAuthorize({ overrideReason: ' too short ' }, late).overrideReason).toBe(
      'Write at least 10 characters: the reason is audited.',
    );
    expect(validateAuthorize({ overrideReason: 'Carrier lost the first parcel' }, late)).toEqual(
      {},
    );
  });

  it('checks a reason given when none was needed, and sends it trimmed', () => {
    expect(validateAuthorize({ overrideReason: 'short' }, inTime).overrideReason).toBeDefined();
    expect(toAuthorizeInput('r-1', { overrideReason: ' Goodwill for a loyal customer ' })).toEqual({
      id: 'r-1',
      overrideReason: 'Goodwill for a loyal customer',
    });
  });
});

describe('reject', () => {
  it('needs a catalogued reason, and a note for OTHER', () => {
    expect(validateReject({ declineReason: '', note: '' })).toEqual({
      declineReason: 'Choose why the return is declined.',
    });
    expect(validateReject({ declineReason: 'MADE_UP', note: '' }).declineReason).toBeDefined();
    expect(validateReject({ declineReason: 'OTHER', note: ' ' })).toEqual({
      note: 'Explain the decline: “Other” needs a note.',
    });
    expect(validateReject({ declineReason: 'DUPLICATE_REQUEST', note: '' })).toEqual({});
  });

  it('sends the note only when there is one', () => {
    expect(toRejectInput('r-1', { declineReason: 'DUPLICATE_REQUEST', note: ' ' })).toEqual({
      id: 'r-1',
      declineReason: 'DUPLICATE_REQUEST',
    });
    expect(toRejectInput('r-1', { declineReason: 'OTHER', note: ' Fraud pattern ' })).toEqual({
      id: 'r-1',
      declineReason: 'OTHER',
      note: 'Fraud pattern',
    });
  });
});

describe('inspect a line', () => {
  it('needs a grade; fault and disposition default unless chosen', () => {
    expect(validateInspect({ grade: '', fault: '', disposition: '', notes: '' })).toEqual({
      grade: 'Grade the item as found in the parcel.',
    });
    expect(
      validateInspect({ grade: 'OPENED', fault: 'NOBODY', disposition: '', notes: '' }).fault,
    ).toBeDefined();
    expect(
      toInspectInput('l-1', { grade: 'DEFECTIVE', fault: '', disposition: '', notes: ' ' }),
    ).toEqual({
      returnLineId: 'l-1',
      grade: 'DEFECTIVE',
    });
    expect(
      toInspectInput('l-1', {
        grade: 'OPENED',
        fault: 'CUSTOMER',
        disposition: 'REFURBISH',
        notes: 'Box torn',
      }),
    ).toEqual({
      returnLineId: 'l-1',
      grade: 'OPENED',
      fault: 'CUSTOMER',
      disposition: 'REFURBISH',
      notes: 'Box torn',
    });
  });
});

describe('resolve', () => {
  const empty = { resolution: '', replacementOrderId: '', declineReason: '', note: '' };

  it('asks for what each resolution needs', () => {
    expect(validateResolve(empty)).toEqual({ resolution: 'Choose how the return is resolved.' });
    // Refunds complete by issuing the refund, not through this form.
    expect(validateResolve({ ...empty, resolution: 'REFUND' }).resolution).toBeDefined();
    expect(validateResolve({ ...empty, resolution: 'REPLACEMENT' })).toEqual({
      replacementOrderId: 'Enter the replacement order’s id.',
    });
    expect(validateResolve({ ...empty, resolution: 'DECLINE' }).declineReason).toBeDefined();
    expect(
      validateResolve({ ...empty, resolution: 'DECLINE', declineReason: 'OTHER' }).note,
    ).toBeDefined();
  });

  it('sends only the fields of the chosen resolution', () => {
    expect(
      toResolveInput('r-1', {
        ...empty,
        resolution: 'REPLACEMENT',
        replacementOrderId: ' 114-1 ',
        declineReason: 'OTHER',
      }),
    ).toEqual({ id: 'r-1', resolution: 'REPLACEMENT', replacementOrderId: '114-1' });
  });
});

describe('small forms', () => {
  it('checks cancel, label, note, refund method and the queue’s date range', () => {
    expect(validateCancel({ reason: '' }).reason).toBeDefined();
    expect(validateIssueLabel({ carrier: 'DHL' }).carrier).toBe('Choose a carrier.');
    expect(validateIssueLabel({ carrier: 'UPS' })).toEqual({});
    expect(validateNote({ body: '', visibility: 'INTERNAL' })).toEqual({
      body: 'Write the note first.',
    });
    expect(validateNote({ body: 'x'.repeat(2001), visibility: 'INTERNAL' }).body).toMatch(
      /under 2000/,
    );
    expect(
      validateNote({ body: 'Called the customer', visibility: 'EVERYONE' }).visibility,
    ).toBeDefined();
    expect(validateCreateRefund({ method: '' })).toEqual({});
    expect(validateCreateRefund({ method: 'CASH' }).method).toBeDefined();
    expect(validateDateRange({ from: '2026-11-30', to: '2026-11-01' })).toEqual({
      to: 'The end date must be on or after the start date.',
    });
    expect(validateDateRange({ from: '2026-11-01', to: '' })).toEqual({});
  });
});
