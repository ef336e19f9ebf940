import type { ReturnStatus } from '../../return-machine/return-status';
import {
  assessReturnRequest,
  type ExistingReturn,
  type ReturnableOrder,
  type ReturnRequest,
} from '../assess-return-request';
import { validateOverrideReason } from '../override-reason';
import { DEFAULT_RETURN_POLICY } from '../return-policy';
import { failure, outcome, unwrap } from '../../__tests__/support/results';

const order: ReturnableOrder = {
  orderId: '114-1234567-1234567',
  deliveredAt: new Date('2024-03-10T15:00:00Z'),
  lines: [
    { orderLineId: 'l1', quantityDelivered: 2, supplierId: 'acme', categoryId: 'kitchen' },
    { orderLineId: 'l2', quantityDelivered: 1, supplierId: 'globex', categoryId: 'toys' },
  ],
};

const request = (change: Partial<ReturnRequest> = {}): ReturnRequest => ({
  order,
  lines: [{ orderLineId: 'l1', quantity: 1 }],
  requestedAt: new Date('2024-03-20T10:00:00Z'),
  otherReturns: [],
  override: null,
  ...change,
});

const other = (status: ReturnStatus, quantity: number): ExistingReturn => ({
  status,
  lines: [
    { orderLineId: 'l1', quantity },
    { orderLineId: 'l2', quantity: 1 },
  ],
});

const late = new Date('2024-04-10T00:00:00Z');

describe('a return request is judged by the policy', () => {
  test.each<[string, Partial<ReturnRequest>, string]>([
    ['a request inside the window for delivered units is accepted', {}, 'OK'],
    ['every delivered unit may be returned', { lines: [{ orderLineId: 'l1', quantity: 2 }] }, 'OK'],
    [
      'a request on the window’s last day is accepted',
      { requestedAt: new Date('2024-04-09T23:59:59.999Z') },
      'OK',
    ],
    [
      'a request the day after the window is refused',
      { requestedAt: late },
      'RETURN_WINDOW_EXPIRED',
    ],
    [
      'a line of another order is refused',
      { lines: [{ orderLineId: 'other-order-line', quantity: 1 }] },
      'ORDER_LINE_NOT_IN_ORDER',
    ],
    [
      'the same line twice is refused',
      {
        lines: [
          { orderLineId: 'l1', quantity: 1 },
          { orderLineId: 'l1', quantity: 1 },
        ],
      },
      'DUPLICATE_RETURN_LINE',
    ],
    ['zero units are refused', { lines: [{ orderLineId: 'l1', quantity: 0 }] }, 'INVALID_QUANTITY'],
    [
      'a fraction of a unit is refused',
      { lines: [{ orderLineId: 'l1', quantity: 0.5 }] },
      'INVALID_QUANTITY',
    ],
    [
      'more units than delivered are refused',
      { lines: [{ orderLineId: 'l1', quantity: 3 }] },
      'QUANTITY_EXCEEDS_RETURNABLE',
    ],
    [
      'units held by an open return cannot be returned again',
      { lines: [{ orderLineId: 'l1', quantity: 2 }], otherReturns: [other('IN_TRANSIT', 1)] },
      'QUANTITY_EXCEEDS_RETURNABLE',
    ],
    [
      'units held by a completed return cannot be returned again',
      { lines: [{ orderLineId: 'l2', quantity: 1 }], otherReturns: [other('COMPLETED', 1)] },
      'QUANTITY_EXCEEDS_RETURNABLE',
    ],
    [
      'the units left after another open return can be returned',
      { lines: [{ orderLineId: 'l1', quantity: 1 }], otherReturns: [other('REQUESTED', 1)] },
      'OK',
    ],
    [
      'a rejected return releases its units',
      { lines: [{ orderLineId: 'l1', quantity: 2 }], otherReturns: [other('REJECTED', 2)] },
      'OK',
    ],
    [
      'a cancelled return releases its units',
      { lines: [{ orderLineId: 'l1', quantity: 2 }], otherReturns: [other('CANCELLED', 2)] },
      'OK',
    ],
    ['a request without lines is refused', { lines: [] }, 'EMPTY_RETURN'],
    [
      'an undelivered order cannot be returned yet',
      { order: { ...order, deliveredAt: null } },
      'ORDER_NOT_DELIVERED',
    ],
    ['an invalid request time is refused', { requestedAt: new Date('garbage') }, 'INVALID_DATE'],
    [
      'an invalid delivery time is refused',
      { order: { ...order, deliveredAt: new Date('garbage') } },
      'INVALID_DATE',
    ],
  ])('%s', (_rule, change, expected) => {
    expect(outcome(assessReturnRequest(request(change)))).toBe(expected);
  });

  test('an invalid policy is refused before anything else', () => {
    expect(
      outcome(assessReturnRequest(request(), { ...DEFAULT_RETURN_POLICY, windowDays: 0 })),
    ).toBe('INVALID_POLICY');
  });

  test('the quantity error says how many units are still returnable', () => {
    const error = failure(
      assessReturnRequest(
        request({
          lines: [{ orderLineId: 'l1', quantity: 2 }],
          otherReturns: [other('RECEIVED', 1)],
        }),
      ),
    );
    expect(error.details).toEqual({ orderLineId: 'l1', requested: 2, returnable: 1 });
  });

  test('an expired window names the late lines and the last day', () => {
    const error = failure(assessReturnRequest(request({ requestedAt: late })));
    expect(error.details).toEqual({
      orderLineIds: ['l1'],
      lastDay: '2024-04-09',
      deadline: '2024-04-09T23:59:59.999Z',
    });
  });

  test('an accepted request reports each line’s window', () => {
    const verdict = unwrap(assessReturnRequest(request()));
    expect(verdict).toMatchObject({
      withinWindow: true,
      acceptedByOverride: false,
      overrideReason: null,
    });
    expect(verdict.lines[0]).toMatchObject({
      orderLineId: 'l1',
      quantity: 1,
      returnableQuantity: 2,
      withinWindow: true,
    });
  });

  test('a supplier window override applies per line: only the line past its own window is late', () => {
    const policy = {
      ...DEFAULT_RETURN_POLICY,
      windowOverrides: [{ scope: 'SUPPLIER' as const, id: 'acme', days: 60 }],
    };
    const both = request({
      requestedAt: late,
      lines: [
        { orderLineId: 'l1', quantity: 1 },
        { orderLineId: 'l2', quantity: 1 },
      ],
    });
    expect(failure(assessReturnRequest(both, policy)).details['orderLineIds']).toEqual(['l2']);
    expect(
      outcome(
        assessReturnRequest({ ...both, lines: [{ orderLineId: 'l1', quantity: 1 }] }, policy),
      ),
    ).toBe('OK');
  });
});

describe('late requests need an override with a written reason', () => {
  test.each<[string, string, string]>([
    ['a written reason accepts the late request', 'Customer was in hospital for six weeks', 'OK'],
    ['an empty reason is refused', '', 'OVERRIDE_REASON_REQUIRED'],
    ['a blank reason is refused', '    ', 'OVERRIDE_REASON_REQUIRED'],
    ['a reason shorter than the minimum is refused', 'ok', 'OVERRIDE_REASON_TOO_SHORT'],
  ])('%s', (_rule, reason, expected) => {
    expect(outcome(assessReturnRequest(request({ requestedAt: late, override: { reason } })))).toBe(
      expected,
    );
  });

  test('an accepted override is flagged and its trimmed reason kept for the audit trail', () => {
    const verdict = unwrap(
      assessReturnRequest(
        request({ requestedAt: late, override: { reason: '  Carrier lost the first parcel  ' } }),
      ),
    );
    expect(verdict).toMatchObject({
      withinWindow: false,
      acceptedByOverride: true,
      overrideReason: 'Carrier lost the first parcel',
    });
  });

  test('an override on a request inside the window is not used', () => {
    const verdict = unwrap(assessReturnRequest(request({ override: { reason: '' } })));
    expect(verdict).toMatchObject({ acceptedByOverride: false, overrideReason: null });
  });

  test.each([
    ['exactly the minimum length is enough', 'abcdefghij', 10, 'OK'],
    ['one character short is refused', 'abcdefghi', 10, 'OVERRIDE_REASON_TOO_SHORT'],
    ['surrounding spaces do not count', '   abcdefghi   ', 10, 'OVERRIDE_REASON_TOO_SHORT'],
    ['an accented letter counts once', 'café', 4, 'OK'],
    ['an emoji family counts once', 'ok 👨‍👩‍👧', 4, 'OK'],
  ])('validateOverrideReason: %s', (_rule, reason, minLength, expected) => {
    expect(outcome(validateOverrideReason(reason, minLength))).toBe(expected);
  });
});
