import { graphql } from '../../lib/graphql/generated';

export const refundReportQuery = graphql(`
  query FinanceRefundReport($filter: RefundReportFilter!, $groupBy: [RefundReportGroup!]!) {
    refundReport(filter: $filter, groupBy: $groupBy) {
      periodStart
      currency
      refundCount
      items
      shipping
      tax
      restockingFees
      labelDeductions
      shippingReimbursements
      total
    }
  }
`);

export const claimSuppliersQuery = graphql(`
  query ClaimSuppliers {
    suppliers(first: 100) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export const supplierClaimsQuery = graphql(`
  query SupplierClaims($filter: SupplierClaimFilter, $first: Int, $after: String) {
    supplierClaims(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        rmaNumber
        returnId
        status
        openedAt
        submittedAt
        resolvedAt
        ageDays
        overdue
        supplierReference
        rejectionReason
        amount {
          amount
          currency
        }
        credited {
          amount
          currency
        }
        supplier {
          id
          code
          name
          claimTermsDays
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const submitSupplierClaimMutation = graphql(`
  mutation SubmitSupplierClaim($input: SubmitSupplierClaimInput!) {
    submitSupplierClaim(input: $input) {
      id
      status
      version
      submittedAt
      supplierReference
    }
  }
`);

export const acceptSupplierClaimMutation = graphql(`
  mutation AcceptSupplierClaim($input: AcceptSupplierClaimInput!) {
    acceptSupplierClaim(input: $input) {
      id
      status
      version
      resolvedAt
      supplierReference
      credited {
        amount
        currency
      }
    }
  }
`);

export const rejectSupplierClaimMutation = graphql(`
  mutation RejectSupplierClaim($input: RejectSupplierClaimInput!) {
    rejectSupplierClaim(input: $input) {
      id
      status
      version
      resolvedAt
      rejectionReason
    }
  }
`);

export const supplierBalancesQuery = graphql(`
  query SupplierBalances($currency: String) {
    supplierBalances(currency: $currency) {
      currency
      claimed
      credited
      outstanding
      overdue
      rejected
      writtenOff
      oldestOutstandingAgeDays
      supplier {
        id
        code
        name
        claimTermsDays
      }
      counts {
        open
        submitted
        accepted
        rejected
      }
      ageing {
        days0To30
        days31To60
        days61To90
        over90Days
      }
    }
  }
`);
