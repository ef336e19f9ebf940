import { graphql } from '../../lib/graphql/generated';

export const approvalQueueQuery = graphql(`
  query RefundApprovalQueue($first: Int, $after: String) {
    approvalQueue(first: $first, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        canApprove
        waitingSince
        waitingHours
        refundDueAt
        refundOverdue
        refund {
          id
          rmaNumber
          returnId
          status
          method
          submittedById
          submittedBy {
            id
            displayName
          }
          submittedAt
          needsApproval
          total {
            amount
            currency
          }
        }
      }
    }
    approvalQueueSummary {
      approvalSlaHours
      count
      overdueCount
    }
  }
`);

export const refundsListQuery = graphql(`
  query RefundsList($filter: RefundFilter, $first: Int, $after: String) {
    refunds(filter: $filter, first: $first, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        rmaNumber
        returnId
        status
        method
        createdAt
        issuedAt
        needsApproval
        total {
          amount
          currency
        }
      }
    }
  }
`);

export const refundDetailQuery = graphql(`
  query RefundDetail($id: ID!) {
    refund(id: $id) {
      id
      rmaNumber
      returnId
      orderId
      status
      method
      version
      returnless
      needsApproval
      createdAt
      createdById
      submittedAt
      submittedById
      submittedBy {
        id
        displayName
      }
      issuedAt
      updatedAt
      externalReference
      failureReason
      rejectionReason
      total {
        amount
        currency
      }
      approvalThreshold {
        amount
        currency
      }
      approvals {
        approverId
        approverName
        approvedAt
        amount
        voidedAt
      }
      adjustment {
        computedTotal
        reason
        adjustedAt
      }
      breakdown {
        currency
        items
        tax
        shipping
        shippingReimbursement
        restockingFees
        labelDeduction
        remainingRefundable
        total
        lines {
          orderLineId
          units
          quantityOrdered
          grade
          fault
          item
          tax
          shipping
          restockingFee
          restockingFeePercent
          lineTotal
          refund
          note
        }
      }
    }
  }
`);

export const refundOrderLinesQuery = graphql(`
  query RefundOrderLines($id: ID!) {
    order(id: $id) {
      id
      externalId
      customer {
        name
        email
      }
      lines {
        id
        skuCode
        skuName
      }
    }
  }
`);

export const submitRefundMutation = graphql(`
  mutation SubmitRefund($input: SubmitRefundInput!) {
    submitRefund(input: $input) {
      id
      status
    }
  }
`);

export const approveRefundMutation = graphql(`
  mutation ApproveRefund($input: ApproveRefundInput!) {
    approveRefund(input: $input) {
      id
      status
    }
  }
`);

export const adjustRefundAmountMutation = graphql(`
  mutation AdjustRefundAmount($input: AdjustRefundAmountInput!) {
    adjustRefundAmount(input: $input) {
      id
      status
      needsApproval
      total {
        amount
        currency
      }
      approvals {
        approverId
        voidedAt
      }
    }
  }
`);

export const recalculateRefundMutation = graphql(`
  mutation RecalculateRefund($input: RecalculateRefundInput!) {
    recalculateRefund(input: $input) {
      id
      status
      needsApproval
      total {
        amount
        currency
      }
      approvals {
        approverId
        voidedAt
      }
    }
  }
`);

export const rejectRefundMutation = graphql(`
  mutation RejectRefund($input: RejectRefundInput!) {
    rejectRefund(input: $input) {
      id
      status
    }
  }
`);

export const issueRefundMutation = graphql(`
  mutation IssueRefund($input: IssueRefundInput!) {
    issueRefund(input: $input) {
      replayed
      refund {
        id
        status
        externalReference
        failureReason
      }
    }
  }
`);

export const retryRefundMutation = graphql(`
  mutation RetryRefund($input: RetryRefundInput!) {
    retryRefund(input: $input) {
      id
      status
    }
  }
`);
