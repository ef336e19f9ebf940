import { flatStatusTarget, remainingPath } from '../report-status';
import { mapReportReason } from '../reason-mapping';

describe('report status → return lifecycle', () => {
  test.each([
    ['Pending', '', false, 'REQUESTED'],
    ['Approved', '', false, 'AUTHORIZED'],
    ['approved', '1Z1', false, 'LABEL_ISSUED'],
    ['Closed', '1Z1', true, 'RECEIVED'],
    ['Approved', '', true, 'RECEIVED'],
    ['Rejected', '', false, 'REJECTED'],
    ['Canceled', '', false, 'CANCELLED'],
  ])('"%s" (tracking "%s", delivered back %s) is %s', (status, tracking, delivered, expected) => {
    expect(flatStatusTarget(status, tracking, delivered)?.status).toBe(expected);
  });

  test('an unknown status has no target', () => {
    expect(flatStatusTarget('Teleported', '', false)).toBeNull();
  });

  test('a later report moves a return forward along the path, never back or across', () => {
    const received = flatStatusTarget('Approved', '1Z', true);
    const authorized = flatStatusTarget('Approved', '', false);
    const cancelled = flatStatusTarget('Cancelled', '', false);
    if (received === null || authorized === null || cancelled === null)
      throw new Error('no target');
    expect(remainingPath('AUTHORIZED', received)).toEqual(['issueLabel', 'receive']);
    expect(remainingPath('IN_TRANSIT', received)).toEqual(['receive']);
    expect(remainingPath('RECEIVED', authorized)).toBeNull();
    expect(remainingPath('INSPECTED', received)).toBeNull();
    expect(remainingPath('REJECTED', authorized)).toBeNull();
    expect(remainingPath('AUTHORIZED', cancelled)).toEqual(['cancel']);
    expect(remainingPath('LABEL_ISSUED', cancelled)).toBeNull();
  });
});

describe('reason mapping', () => {
  test.each([
    ['Defective or does not work properly', 'DEFECTIVE'],
    ['WRONG SIZE: too small/short', 'WRONG_SIZE_SMALL'],
    ['DEFECTIVE', 'DEFECTIVE'],
    ['UNWANTED_ITEM', 'NO_LONGER_NEEDED'],
    ['NOT_AS_DESCRIBED', 'NOT_AS_DESCRIBED'],
    ['MISSED_ESTIMATED_DELIVERY', 'MISSED_DELIVERY_DATE'],
    ['CUSTOMER_DAMAGED', null],
    ['Something Amazon added', null],
  ])('"%s" maps to %s', (text, code) => {
    expect(mapReportReason(text).code).toBe(code);
  });
});
