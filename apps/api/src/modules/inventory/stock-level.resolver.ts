import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AllowSignedIn } from '../../common/auth/allow';
import type { RequestContext } from '../../context';
import { SkuType } from '../catalog/sku.type';
import {
  listStockLevels,
  skusOfLevelSiblings,
  stockLevelsOfSiblings,
} from './stock-level-queries.service';
import { StockLevelType } from './stock-level.type';

@Resolver(() => StockLevelType)
export class StockLevelResolver {
  @AllowSignedIn()
  @Query(() => [StockLevelType], {
    description:
      'Stock levels by SKU code then location (returns centre first): all of them, or those of one SKU and/or one location. Any signed-in user.',
  })
  stockLevels(
    @Ctx() ctx: RequestContext,
    @Arg('skuId', () => ID, { nullable: true, description: 'Only the levels of this SKU.' })
    skuId: string | null,
    @Arg('locationId', () => ID, {
      nullable: true,
      description: 'Only the levels at this location.',
    })
    locationId: string | null,
  ): Promise<StockLevelType[]> {
    return listStockLevels(ctx, { skuId, locationId });
  }

  @FieldResolver(() => SkuType, { description: 'The SKU counted.' })
  async sku(@Root() level: StockLevelType): Promise<SkuType> {
    const sku = await level.siblings.load(skusOfLevelSiblings, level.skuId);
    if (sku === undefined) throw new Error(`stock level of a missing SKU ${level.skuId}`);
    return sku;
  }
}

@Resolver(() => SkuType)
export class SkuStockLevelsResolver {
  @FieldResolver(() => [StockLevelType], {
    description:
      "The SKU's stock at each location that has held it (returns centre first); empty when it never had stock.",
  })
  async stockLevels(@Root() sku: SkuType): Promise<StockLevelType[]> {
    return (await sku.siblings.load(stockLevelsOfSiblings, sku.id)) ?? [];
  }
}
