import { graphql } from '../../lib/graphql/generated';

export const inventoryLocationsQuery = graphql(`
  query InventoryLocations {
    locations {
      id
      code
      name
      kind
    }
  }
`);

export const stockLevelsQuery = graphql(`
  query StockLevels($locationId: ID) {
    stockLevels(locationId: $locationId) {
      skuId
      sellable
      quarantine
      updatedAt
      sku {
        id
        code
        name
        category
      }
      location {
        id
        code
        name
      }
    }
  }
`);

export const stockMovementsQuery = graphql(`
  query StockMovements($filter: StockMovementFilter, $first: Int, $after: String) {
    stockMovements(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        createdAt
        kind
        reason
        note
        units
        sellableDelta
        quarantineDelta
        sku {
          id
          code
          name
        }
        location {
          id
          code
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const adjustStockMutation = graphql(`
  mutation AdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) {
      movement {
        id
      }
      stockLevel {
        skuId
        sellable
        quarantine
        updatedAt
        location {
          id
        }
      }
    }
  }
`);
