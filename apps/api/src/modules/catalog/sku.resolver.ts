import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AllowSignedIn } from '../../common/auth/allow';
import { AppError } from '../../common/errors/app-error';
import type { RequestContext } from '../../context';
import { SupplierType } from '../suppliers/supplier.type';
import { validateArgumentAs } from './argument-checks';
import { SkuFilter, SkuOrderEnum, type SkuOrder } from './sku-list.args';
import { findSku, listSkus, suppliersOfSiblings } from './sku-queries.service';
import { SkuConnection, SkuType } from './sku.type';

@Resolver(() => SkuType)
export class SkuResolver {
  @AllowSignedIn()
  @Query(() => SkuConnection, {
    description:
      'The catalogue, a page at a time (keyset cursors; a cursor works only with the filter and order it came from). Any signed-in user.',
  })
  skus(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 50).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The endCursor of the previous page, taken with the same filter and order.',
    })
    after: string | null,
    @Arg('filter', () => SkuFilter, {
      nullable: true,
      description: 'Which SKUs to list; all of them when omitted.',
      validateFn: validateArgumentAs('filter'),
    })
    filter: SkuFilter | null,
    @Arg('orderBy', () => SkuOrderEnum, {
      defaultValue: 'CODE_ASC',
      description: 'Sort order (default CODE_ASC).',
    })
    orderBy: SkuOrder,
  ): Promise<SkuConnection> {
    return listSkus(ctx, { first, after, filter, orderBy });
  }

  @AllowSignedIn()
  @Query(() => SkuType, {
    nullable: true,
    description: 'One SKU by id, or null when there is none. Any signed-in user.',
  })
  sku(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The SKU's id." }) id: string,
  ): Promise<SkuType | null> {
    return findSku(ctx, id);
  }

  @FieldResolver(() => SupplierType, { description: 'The supplier that ships this product.' })
  async supplier(@Root() sku: SkuType): Promise<SupplierType> {
    const supplier = await sku.siblings.load(suppliersOfSiblings, sku.supplierId);
    // The foreign key guarantees a supplier; its absence would be a broken database.
    if (supplier === undefined) throw new AppError('INTERNAL_SERVER_ERROR', 'SKU without supplier');
    return supplier;
  }
}
