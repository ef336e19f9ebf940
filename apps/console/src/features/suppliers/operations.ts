import { graphql } from '../../lib/graphql/generated';
import type { SupplierQuery } from '../../lib/graphql/generated/graphql';

export const suppliersQuery = graphql(`
  query Suppliers($search: String, $first: Int, $after: String) {
    suppliers(search: $search, first: $first, after: $after) {
      nodes {
        id
        code
        name
        contactEmail
        claimTermsDays
        returnWindowDays
        returnAddress {
          id
          city
          countryCode
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const supplierQuery = graphql(`
  query Supplier($id: ID!) {
    supplier(id: $id) {
      id
      code
      name
      contactEmail
      claimTermsDays
      returnWindowDays
      createdAt
      returnAddress {
        id
        code
        name
        addressLine1
        addressLine2
        city
        region
        postalCode
        countryCode
      }
    }
  }
`);

/** What the supplier owes: FINANCE and ADMIN only, asked only for them. */
export const supplierOwesQuery = graphql(`
  query SupplierOwes {
    supplierBalances {
      currency
      claimed
      credited
      outstanding
      overdue
      oldestOutstandingAgeDays
      supplier {
        id
      }
      counts {
        open
        submitted
        accepted
        rejected
      }
    }
  }
`);

/** Where a supplier takes supplier-fault returns back. */
export type SupplierAddress = NonNullable<NonNullable<SupplierQuery['supplier']>['returnAddress']>;
