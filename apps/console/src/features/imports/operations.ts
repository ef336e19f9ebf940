import { graphql } from '../../lib/graphql/generated';

/** Lines imported with a reason the catalogue does not know, waiting for someone to choose it. */
export const amazonReturnsToReviewQuery = graphql(`
  query AmazonReturnsToReview($first: Int) {
    amazonReturnsToReview(first: $first) {
      nodes {
        returnId
        returnLineId
        returnStatus
        rmaNumber
        kind
        returnKey
        skuCode
        reportReason
        provisionalReasonCode
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const reviewAmazonReturnReasonMutation = graphql(`
  mutation ReviewAmazonReturnReason($input: ReviewAmazonReturnReasonInput!) {
    reviewAmazonReturnReason(input: $input) {
      returnId
      rmaNumber
      returnLineId
      reportReason
      reasonCode
      mappingRemembered
    }
  }
`);
