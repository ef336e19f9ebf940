/** The fields of a `Refund` the tests read. */
export const REFUND_FIELDS = `
  id returnId rmaNumber orderId status method returnless needsApproval version
  total { amount currency } approvalThreshold { amount currency }
  approvals { approverId approverName amount approvedAt voidedAt }
  createdById submittedById submittedAt rejectionReason createdAt
  adjustment { computedTotal reason adjustedById adjustedAt }
  breakdown { currency items tax shipping restockingFees labelDeduction shippingReimbursement remainingRefundable total
    lines { orderLineId units quantityOrdered fault grade item tax shipping restockingFeePercent restockingFee lineTotal remaining refund note } }
`;

export interface RefundView {
  id: string;
  returnId: string;
  rmaNumber: string;
  orderId: string;
  status: string;
  method: string;
  returnless: boolean;
  needsApproval: boolean;
  version: number;
  total: { amount: number; currency: string };
  approvalThreshold: { amount: number; currency: string };
  approvals: {
    approverId: string;
    approverName: string;
    amount: number;
    approvedAt: string;
    voidedAt: string | null;
  }[];
  createdById: string;
  submittedById: string | null;
  submittedAt: string | null;
  rejectionReason: string | null;
  createdAt: string;
  adjustment: {
    computedTotal: number;
    reason: string;
    adjustedById: string;
    adjustedAt: string;
  } | null;
  breakdown: {
    currency: string;
    items: number;
    tax: number;
    shipping: number;
    restockingFees: number;
    labelDeduction: number;
    shippingReimbursement: number;
    remainingRefundable: number;
    total: number;
    lines: {
      orderLineId: string;
      units: number;
      quantityOrdered: number;
      fault: string;
      grade: string | null;
      item: number;
      tax: number;
      shipping: number;
      restockingFeePercent: number;
      restockingFee: number;
      lineTotal: number;
      remaining: number;
      refund: number;
      note: string | null;
    }[];
  };
}

const mutation = (name: string, inputType: string): string =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { ${REFUND_FIELDS} } }`;

export const CREATE_REFUND = mutation('createRefund', 'CreateRefundInput');
export const RECALCULATE_REFUND = mutation('recalculateRefund', 'RecalculateRefundInput');
export const ADJUST_REFUND_AMOUNT = mutation('adjustRefundAmount', 'AdjustRefundAmountInput');
export const SUBMIT_REFUND = mutation('submitRefund', 'SubmitRefundInput');
export const APPROVE_REFUND = mutation('approveRefund', 'ApproveRefundInput');
export const REJECT_REFUND = mutation('rejectRefund', 'RejectRefundInput');
export const REFUND_BY_ID = `query($id: ID!) { refund(id: $id) { ${REFUND_FIELDS} } }`;
export const REFUNDS = `query($first: Int, $after: String, $filter: RefundFilter) {
  refunds(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id status createdAt total { amount } } }
    nodes { id }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
export const APPROVAL_QUEUE = `query($first: Int, $after: String) {
  approvalQueue(first: $first, after: $after) {
    edges { cursor node { canApprove waitingSince waitingHours refundDueAt refundOverdue refund { id status submittedById total { amount } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
