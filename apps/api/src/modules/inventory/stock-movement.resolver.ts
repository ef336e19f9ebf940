import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { AllowSignedIn } from '../../common/auth/allow';
import type { RequestContext } from '../../context';
import { validateArgumentAs } from '../catalog/argument-checks';
import { SkuType } from '../catalog/sku.type';
import { LocationType } from '../suppliers/location.type';
import {
  listStockMovements,
  locationsOfMovementSiblings,
  skusOfMovementSiblings,
} from './stock-movement-queries.service';
import { StockMovementFilter } from './stock-movement.filter';
import { StockMovementConnection, StockMovementType } from './stock-movement.type';

@Resolver(() => StockMovementType)
export class StockMovementResolver {
  @AllowSignedIn()
  @Query(() => StockMovementConnection, {
    description:
      'The stock ledger, newest first, a page at a time (keyset cursors; a cursor works only with the filter it came from). Any signed-in user.',
  })
  stockMovements(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 50).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The endCursor of the previous page, taken with the same filter.',
    })
    after: string | null,
    @Arg('filter', () => StockMovementFilter, {
      nullable: true,
      description: 'Which movements to list; all of them when omitted.',
      validateFn: validateArgumentAs('filter'),
    })
    filter: StockMovementFilter | null,
  ): Promise<StockMovementConnection> {
    return listStockMovements(ctx, { first, after, filter });
  }

  @FieldResolver(() => SkuType, { description: 'The SKU moved.' })
  async sku(@Root() movement: StockMovementType): Promise<SkuType> {
    const sku = await movement.siblings.load(skusOfMovementSiblings, movement.skuId);
    if (sku === undefined) throw new Error(`movement of a missing SKU ${movement.skuId}`);
    return sku;
  }

  @FieldResolver(() => LocationType, { description: 'Where the stock moved.' })
  async location(@Root() movement: StockMovementType): Promise<LocationType> {
    const location = await movement.siblings.load(locationsOfMovementSiblings, movement.locationId);
    if (location === undefined)
      throw new Error(`movement at a missing location ${movement.locationId}`);
    return location;
  }
}
