import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AllowSignedIn } from '../../common/auth/allow';
import type { RequestContext } from '../../context';
import { listLocations } from './location.rows';
import { LocationType } from './location.type';
import { findSupplier, listSuppliers, returnAddressesOfSiblings } from './supplier-queries.service';
import { SupplierConnection, SupplierType } from './supplier.type';

@Resolver(() => SupplierType)
export class SupplierResolver {
  @AllowSignedIn()
  @Query(() => SupplierConnection, {
    description: 'Suppliers sorted by name, a page at a time (keyset cursors). Any signed-in user.',
  })
  suppliers(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, {
      nullable: true,
      description: 'Page size, 1 to 100 (default 50).',
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The endCursor of the previous page, taken with the same search.',
    })
    after: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Only suppliers whose name or code contains this text (case-insensitive).',
    })
    search: string | null,
  ): Promise<SupplierConnection> {
    return listSuppliers(ctx, { first, after, search });
  }

  @AllowSignedIn()
  @Query(() => SupplierType, {
    nullable: true,
    description: 'One supplier by id, or null when there is none. Any signed-in user.',
  })
  supplier(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The supplier's id." }) id: string,
  ): Promise<SupplierType | null> {
    return findSupplier(ctx, id);
  }

  @AllowSignedIn()
  @Query(() => [LocationType], {
    description:
      'Every location: the returns centre first, then supplier warehouses by code. Any signed-in user.',
  })
  locations(@Ctx() ctx: RequestContext): Promise<LocationType[]> {
    return listLocations(ctx.dataSource);
  }

  @FieldResolver(() => LocationType, {
    nullable: true,
    description:
      "Where supplier-fault returns are shipped: the supplier's warehouse; null if none is on file.",
  })
  async returnAddress(@Root() supplier: SupplierType): Promise<LocationType | null> {
    return (await supplier.siblings.load(returnAddressesOfSiblings, supplier.id)) ?? null;
  }
}
