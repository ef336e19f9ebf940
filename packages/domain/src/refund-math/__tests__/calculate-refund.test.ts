import { calculateRefund } from '../calculate-refund';
import type { RefundCalculationInput, RefundLine } from '../refund-types';
import {
  CABLE,
  customerReceipt,
  GADGET,
  NO_LABEL,
  prepaidLabel,
  refundInput,
  returned,
} from '../../__tests__/support/refund-fixtures';
import { unwrap } from '../../__tests__/support/results';

const total = (change: Partial<RefundCalculationInput>): number =>
  unwrap(calculateRefund(refundInput(change))).total;

describe('DESIGN’s worked example', () => {
  test('2 × 49.99 ordered with 5.98 shipping; 1 returned, NO_LONGER_NEEDED, NEW, prepaid label 6.50 → 43.49', () => {
    const breakdown = unwrap(calculateRefund(refundInput({ label: prepaidLabel(650) })));
    expect(breakdown.total).toBe(4349);
    expect(breakdown).toMatchObject({
      currency: 'USD',
      items: 4999,
      tax: 0,
      shipping: 0,
      restockingFees: 0,
      labelDeduction: 650,
      shippingReimbursement: 0,
      remainingRefundable: 10596,
      returnShippingPayer: 'CUSTOMER',
    });
    expect(breakdown.lines).toEqual<RefundLine[]>([
      {
        orderLineId: 'gadget',
        units: 1,
        quantityOrdered: 2,
        fault: 'CUSTOMER',
        grade: 'NEW',
        item: 4999,
        tax: 0,
        shipping: 0,
        restockingFeePercent: 0,
        restockingFee: 0,
        lineTotal: 4999,
        remaining: 10596,
        refund: 4349,
        note: null,
      },
    ]);
  });
});

describe('refund rules, line by line', () => {
  test.each<[string, Partial<RefundCalculationInput>, number]>([
    ['customer fault without a label: the item only, no shipping', {}, 4999],
    [
      'supplier fault refunds the shipping share: 49.99 + 5.98/2',
      { lines: [returned({ reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' })] },
      5298,
    ],
    [
      'carrier fault refunds the shipping share too',
      { lines: [returned({ reasonCode: 'DAMAGED_IN_TRANSIT', grade: 'DEFECTIVE' })] },
      5298,
    ],
    [
      'seller fault refunds the shipping share too',
      { lines: [returned({ reasonCode: 'NOT_AS_DESCRIBED', grade: 'LIKE_NEW' })] },
      5298,
    ],
    [
      'OPENED by the customer’s choice costs 20 %: 49.99 − 10.00 (9.998 rounded half-up)',
      { lines: [returned({ grade: 'OPENED' })] },
      3999,
    ],
    [
      'DAMAGED_BY_CUSTOMER costs 50 %: 49.99 − 25.00 (24.995 rounded half-up)',
      { lines: [returned({ reasonCode: 'WRONG_SIZE_SMALL', grade: 'DAMAGED_BY_CUSTOMER' })] },
      2499,
    ],
    ['LIKE_NEW costs nothing', { lines: [returned({ grade: 'LIKE_NEW' })] }, 4999],
    [
      'no fee when the fault is not the customer’s, whatever the grade',
      { lines: [returned({ reasonCode: 'DEFECTIVE', grade: 'OPENED' })] },
      5298,
    ],
    [
      'a DEFECTIVE claim found DAMAGED_BY_CUSTOMER is refunded as customer fault',
      { lines: [returned({ reasonCode: 'DEFECTIVE', grade: 'DAMAGED_BY_CUSTOMER' })] },
      2499,
    ],
    [
      'the inspector’s fault override wins: OPENED but supplier fault → no fee, shipping back',
      { lines: [returned({ grade: 'OPENED', faultOverride: 'SUPPLIER' })] },
      5298,
    ],
    [
      'WRONG_ITEM_RETURNED contributes nothing until resolved',
      { lines: [returned({ reasonCode: 'DEFECTIVE', grade: 'WRONG_ITEM_RETURNED' })] },
      0,
    ],
    [
      'MISSING contributes nothing until resolved',
      { lines: [returned({ reasonCode: 'DEFECTIVE', grade: 'MISSING' })] },
      0,
    ],
    [
      'an uninspected (returnless) supplier-fault line is refunded in full',
      { lines: [returned({ reasonCode: 'DEFECTIVE', grade: null })] },
      5298,
    ],
  ])('%s', (_rule, change, expected) => {
    expect(total(change)).toBe(expected);
  });

  test.each<[string, Partial<RefundCalculationInput>, number]>([
    ['a late NEW item pays at least 20 %', { lines: [returned()] }, 3999],
    [
      'a late DAMAGED_BY_CUSTOMER item pays the larger 50 %',
      { lines: [returned({ grade: 'DAMAGED_BY_CUSTOMER' })] },
      2499,
    ],
    [
      'a late OPENED item pays 20 % once, not 40 %',
      { lines: [returned({ grade: 'OPENED' })] },
      3999,
    ],
    [
      'a late supplier-fault item pays no fee',
      { lines: [returned({ reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' })] },
      5298,
    ],
    [
      'a late uninspected customer-fault line pays the minimum',
      { lines: [returned({ grade: null })] },
      3999,
    ],
  ])('late-override fee: %s', (_rule, change, expected) => {
    expect(total({ ...change, acceptedByOverride: true })).toBe(expected);
  });

  test('held lines say why they contribute nothing', () => {
    const lines = unwrap(
      calculateRefund(
        refundInput({
          lines: [
            returned({ grade: 'WRONG_ITEM_RETURNED' }),
            returned({ orderLineId: 'cable', grade: 'MISSING' }),
          ],
        }),
      ),
    ).lines;
    expect(lines.map((line) => [line.note, line.lineTotal, line.refund])).toEqual([
      ['WRONG_ITEM_RETURNED_PENDING_RESOLUTION', 0, 0],
      ['MISSING_PENDING_RESOLUTION', 0, 0],
    ]);
  });
});

describe('partial quantities are shared × r / n, rounded half-up per line', () => {
  const thirds = { orderLineId: 'thirds', unitPrice: 1000, quantity: 3, tax: 100, shipping: 100 };
  const halves = { orderLineId: 'halves', unitPrice: 1000, quantity: 2, tax: 1001, shipping: 599 };

  test.each([
    ['1 of 3: tax and shipping 33.3 → 33 each', thirds, 1, 1066],
    ['2 of 3: tax and shipping 66.7 → 67 each', thirds, 2, 2134],
    ['3 of 3: the whole line', thirds, 3, 3200],
    ['1 of 2: halves round up (500.5 → 501 tax, 299.5 → 300 shipping)', halves, 1, 1801],
  ])('%s', (_rule, line, units, expected) => {
    const input = refundInput({
      order: { currency: 'USD', lines: [line] },
      lines: [
        returned({
          orderLineId: line.orderLineId,
          units,
          reasonCode: 'DEFECTIVE',
          grade: 'DEFECTIVE',
        }),
      ],
    });
    expect(unwrap(calculateRefund(input)).total).toBe(expected);
  });
});

describe('currencies with other exponents', () => {
  test('JPY has no minor unit: ¥1,500 + ¥150/3 tax + ¥500/3 shipping (166.7 → 167) = ¥1,717', () => {
    const input = refundInput({
      order: {
        currency: 'JPY',
        lines: [{ orderLineId: 'tea', unitPrice: 1500, quantity: 3, tax: 150, shipping: 500 }],
      },
      lines: [returned({ orderLineId: 'tea', reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' })],
    });
    expect(unwrap(calculateRefund(input))).toMatchObject({ currency: 'JPY', total: 1717 });
  });

  test('KWD has three decimals: 12.345 + 1.001/2 shipping (0.5005 → 0.501) = 12.846 KWD', () => {
    const input = refundInput({
      order: {
        currency: 'KWD',
        lines: [{ orderLineId: 'lamp', unitPrice: 12345, quantity: 2, tax: 0, shipping: 1001 }],
      },
      lines: [returned({ orderLineId: 'lamp', reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' })],
      label: customerReceipt(2500, 'KWD'),
    });
    expect(unwrap(calculateRefund(input))).toMatchObject({
      total: 12846 + 2500,
      shippingReimbursement: 2500,
    });
  });

  test('a KWD late-override fee of 20 % on 12.345 is 2.469', () => {
    const input = refundInput({
      order: {
        currency: 'KWD',
        lines: [{ orderLineId: 'lamp', unitPrice: 12345, quantity: 2, tax: 0, shipping: 1001 }],
      },
      lines: [returned({ orderLineId: 'lamp' })],
      acceptedByOverride: true,
    });
    expect(unwrap(calculateRefund(input))).toMatchObject({ restockingFees: 2469, total: 9876 });
  });
});

describe('per-return adjustments: label deduction and shipping reimbursement', () => {
  test.each<[string, Partial<RefundCalculationInput>, number, number, number]>([
    [
      'the prepaid label is deducted when every line is customer fault',
      { label: prepaidLabel(650) },
      650,
      0,
      4349,
    ],
    [
      'the label is deducted once for a return of two customer-fault lines',
      { label: prepaidLabel(650), lines: [returned(), returned({ orderLineId: 'cable' })] },
      650,
      0,
      4999 + 2700 - 650,
    ],
    [
      'no deduction when one line is supplier fault (mixed return)',
      {
        label: prepaidLabel(650),
        lines: [
          returned({ grade: 'OPENED' }),
          returned({ orderLineId: 'cable', reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }),
        ],
      },
      0,
      0,
      3999 + 3000,
    ],
    [
      'no deduction for a supplier-fault return',
      {
        label: prepaidLabel(650),
        lines: [returned({ reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' })],
      },
      0,
      0,
      5298,
    ],
    [
      'the customer’s receipt is added when a line is not customer fault',
      {
        label: customerReceipt(700),
        lines: [returned({ reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' })],
      },
      0,
      700,
      5998,
    ],
    [
      'the receipt is added once for a mixed return',
      {
        label: customerReceipt(700),
        lines: [
          returned(),
          returned({ orderLineId: 'cable', reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }),
        ],
      },
      0,
      700,
      4999 + 3000 + 700,
    ],
    [
      'no reimbursement when the customer was at fault',
      { label: customerReceipt(700) },
      0,
      0,
      4999,
    ],
    ['no label, no adjustment', { label: NO_LABEL }, 0, 0, 4999],
  ])('%s', (_rule, change, deduction, reimbursement, expected) => {
    const breakdown = unwrap(calculateRefund(refundInput(change)));
    expect(breakdown.labelDeduction).toBe(deduction);
    expect(breakdown.shippingReimbursement).toBe(reimbursement);
    expect(breakdown.total).toBe(expected);
  });

  test('a mixed return: fees on the customer line, shipping on the supplier line, seller pays shipping', () => {
    const breakdown = unwrap(
      calculateRefund(
        refundInput({
          label: prepaidLabel(650),
          lines: [
            returned({ grade: 'OPENED' }),
            returned({ orderLineId: 'cable', reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }),
          ],
        }),
      ),
    );
    expect(
      breakdown.lines.map((line) => [line.fault, line.restockingFee, line.shipping, line.refund]),
    ).toEqual([
      ['CUSTOMER', 1000, 0, 3999],
      ['SUPPLIER', 0, 300, 3000],
    ]);
    expect(breakdown.returnShippingPayer).toBe('SELLER');
  });

  test('a deduction is shared over the lines in proportion, summing exactly to the total', () => {
    const breakdown = unwrap(
      calculateRefund(
        refundInput({
          label: prepaidLabel(650),
          lines: [returned(), returned({ orderLineId: 'cable' })],
        }),
      ),
    );
    expect(breakdown.lines.map((line) => line.refund)).toEqual([4577, 2472]);
  });

  test('a reimbursement is recorded on lines that still have room', () => {
    const breakdown = unwrap(
      calculateRefund(
        refundInput({
          label: customerReceipt(700),
          lines: [
            returned({ reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }),
            returned({ orderLineId: 'cable', reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }),
          ],
        }),
      ),
    );
    expect(breakdown.total).toBe(5298 + 3000 + 700);
    expect(breakdown.lines.map((line) => line.refund)).toEqual([5998, 3000]);
  });
});

describe('the total is floored at zero and capped at what remains paid', () => {
  test('a cheap item with an expensive label is refunded zero, never negative', () => {
    const input = refundInput({
      order: {
        currency: 'USD',
        lines: [{ orderLineId: 'pen', unitPrice: 500, quantity: 1, tax: 0, shipping: 0 }],
      },
      lines: [returned({ orderLineId: 'pen' })],
      label: prepaidLabel(650),
    });
    expect(unwrap(calculateRefund(input)).total).toBe(0);
  });

  test('a prior refund caps the line at what remains: 105.96 paid − 60.00 refunded = 45.96, then the label', () => {
    const breakdown = unwrap(
      calculateRefund(
        refundInput({
          label: prepaidLabel(650),
          alreadyRefunded: [{ orderLineId: 'gadget', amount: 6000 }],
        }),
      ),
    );
    expect(breakdown.lines[0]).toMatchObject({
      lineTotal: 4999,
      remaining: 4596,
      note: 'CAPPED_AT_REMAINING',
    });
    expect(breakdown.total).toBe(4596 - 650);
  });

  test('several prior refunds of a line add up', () => {
    const alreadyRefunded = [
      { orderLineId: 'gadget', amount: 3000 },
      { orderLineId: 'gadget', amount: 3000 },
      { orderLineId: 'cable', amount: 100 },
    ];
    expect(unwrap(calculateRefund(refundInput({ alreadyRefunded }))).lines[0]?.remaining).toBe(
      4596,
    );
  });

  test('a fully refunded line refunds nothing and says so', () => {
    const breakdown = unwrap(
      calculateRefund(refundInput({ alreadyRefunded: [{ orderLineId: 'gadget', amount: 10596 }] })),
    );
    expect(breakdown.lines[0]).toMatchObject({
      remaining: 0,
      refund: 0,
      note: 'NOTHING_LEFT_TO_REFUND',
    });
    expect(breakdown.total).toBe(0);
  });

  test('more refunded than paid (bad history) leaves nothing, not a negative remainder', () => {
    const breakdown = unwrap(
      calculateRefund(refundInput({ alreadyRefunded: [{ orderLineId: 'gadget', amount: 20000 }] })),
    );
    expect(breakdown.remainingRefundable).toBe(0);
  });

  test('a reimbursement cannot lift the total above what remains for the lines', () => {
    const breakdown = unwrap(
      calculateRefund(
        refundInput({
          lines: [returned({ reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' })],
          label: customerReceipt(700),
          alreadyRefunded: [{ orderLineId: 'gadget', amount: 10496 }],
        }),
      ),
    );
    expect(breakdown).toMatchObject({ remainingRefundable: 100, total: 100 });
  });

  test('held lines do not count towards the cap', () => {
    const breakdown = unwrap(
      calculateRefund(
        refundInput({ lines: [returned(), returned({ orderLineId: 'cable', grade: 'MISSING' })] }),
      ),
    );
    expect(breakdown.remainingRefundable).toBe(10596);
  });

  test('an unused input line does not change the result: only the returned lines count', () => {
    expect(total({ order: { currency: 'USD', lines: [GADGET] } })).toBe(
      total({ order: { currency: 'USD', lines: [GADGET, CABLE] } }),
    );
  });
});
