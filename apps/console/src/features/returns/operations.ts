import { graphql } from '../../lib/graphql/generated';

export const returnsQueueQuery = graphql(`
  query ReturnsQueue($filter: ReturnFilter, $orderBy: ReturnOrder!, $first: Int, $after: String) {
    returns(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        rmaNumber
        status
        requestedAt
        updatedAt
        returnless
        customer {
          name
          email
        }
        order {
          externalId
          channel
        }
        lines {
          id
          quantity
          reasonCode
          reasonFault
          sku {
            code
            name
          }
        }
        sla {
          overdue
          firstResponseDueAt
          firstResponseOverdue
          refundDueAt
          refundOverdue
        }
      }
    }
  }
`);

export const returnDetailQuery = graphql(`
  query ReturnDetail($id: ID!) {
    return(id: $id) {
      id
      rmaNumber
      status
      version
      channel
      currency
      externalOrderId
      orderId
      requestedAt
      authorizedAt
      receivedAt
      completedAt
      updatedAt
      resolution
      replacementOrderId
      declineReason
      declineNote
      returnless
      overdue
      firstResponseDueAt
      firstResponseOverdue
      refundDueAt
      refundOverdue
      customerShippingPaid {
        amount
        currency
      }
      policyVerdict {
        withinWindow
        acceptedByOverride
        overrideReason
        checkedAt
        lines {
          orderLineId
          quantity
          returnableQuantity
          windowDays
          lastDay
          holidayExtended
          withinWindow
        }
      }
      returnlessEligibility {
        eligible
      }
      lines {
        id
        orderLineId
        quantity
        reasonCode
        reasonFault
        reasonText
        customerComment
        disposition
        dispositionOverridden
        inspection {
          grade
          fault
          faultOverridden
          notes
          inspectedAt
          inspectedByName
        }
      }
      labels {
        id
        carrier
        service
        trackingNumber
        issuedAt
        expiresAt
        downloadUrl
        payer
        cost {
          amount
          currency
        }
        shipTo {
          name
          city
          region
          countryCode
        }
      }
      timeline {
        id
        kind
        actorName
        occurredAt
        fromStatus
        toStatus
        details
        note {
          id
          body
          visibility
        }
      }
    }
  }
`);

/** Apart from the return: only SUPPORT, FINANCE and ADMIN may read refunds (FORBIDDEN otherwise). */
export const returnRefundQuery = graphql(`
  query ReturnRefund($id: ID!) {
    return(id: $id) {
      id
      refund {
        id
        status
        needsApproval
        total {
          amount
          currency
        }
      }
    }
  }
`);

export const returnOrderQuery = graphql(`
  query ReturnOrder($id: ID!) {
    order(id: $id) {
      id
      externalId
      channel
      currency
      orderedAt
      deliveredAt
      customer {
        name
        email
      }
      lines {
        id
        lineNo
        skuCode
        skuName
        quantity
        unitPrice
        tax
        shipping
      }
    }
  }
`);

export const returnPolicyQuery = graphql(`
  query ReturnPolicyRules {
    returnPolicy {
      overrideReasonMinLength
      windowDays
    }
  }
`);

export const authorizeReturnMutation = graphql(`
  mutation AuthorizeReturn($input: AuthorizeReturnInput!) {
    authorizeReturn(input: $input) {
      id
      status
    }
  }
`);

export const rejectReturnMutation = graphql(`
  mutation RejectReturn($input: RejectReturnInput!) {
    rejectReturn(input: $input) {
      id
      status
    }
  }
`);

export const cancelReturnMutation = graphql(`
  mutation CancelReturn($input: CancelReturnInput!) {
    cancelReturn(input: $input) {
      id
      status
    }
  }
`);

export const issueReturnLabelMutation = graphql(`
  mutation IssueReturnLabel($input: IssueReturnLabelInput!) {
    issueReturnLabel(input: $input) {
      returnStatus
      label {
        id
        downloadUrl
        trackingNumber
      }
    }
  }
`);

export const receiveReturnMutation = graphql(`
  mutation ReceiveReturn($input: ReceiveReturnInput!) {
    receiveReturn(input: $input) {
      id
      status
    }
  }
`);

export const inspectReturnLineMutation = graphql(`
  mutation InspectReturnLine($input: InspectReturnLineInput!) {
    inspectReturnLine(input: $input) {
      id
      status
    }
  }
`);

export const completeInspectionMutation = graphql(`
  mutation CompleteInspection($input: CompleteInspectionInput!) {
    completeInspection(input: $input) {
      id
      status
    }
  }
`);

export const resolveReturnMutation = graphql(`
  mutation ResolveReturn($input: ResolveReturnInput!) {
    resolveReturn(input: $input) {
      id
      status
    }
  }
`);

export const addNoteMutation = graphql(`
  mutation AddReturnNote($input: AddNoteInput!) {
    addNote(input: $input) {
      id
    }
  }
`);

export const createRefundMutation = graphql(`
  mutation CreateRefund($input: CreateRefundInput!) {
    createRefund(input: $input) {
      id
      status
    }
  }
`);
