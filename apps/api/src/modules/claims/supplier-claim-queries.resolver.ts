import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth/allow';
import type { RequestContext } from '../../context';
import { requireId, validateArgumentAs } from '../catalog/argument-checks';
import { CLAIM_READERS } from './claim-machine';
import { SupplierBalanceType } from './supplier-balance.type';
import { supplierBalances } from './supplier-balances.service';
import { SupplierClaimFilter } from './supplier-claim-list.args';
import { listSupplierClaims } from './supplier-claim-list.service';
import { SupplierClaimOrderEnum, type SupplierClaimOrder } from './supplier-claim.enums';
import { findClaimView } from './supplier-claim.rows';
import { SupplierClaimConnection, SupplierClaimType } from './supplier-claim.type';

/** Finance's view of supplier recovery: the claims and what each supplier owes. */
@Resolver()
export class SupplierClaimQueriesResolver {
  @Allow(...CLAIM_READERS)
  @Query(() => SupplierClaimConnection, {
    description:
      'Supplier claims a page at a time (keyset cursors; a cursor works only with the filter and order it came from), oldest first by default: the chase list. FINANCE or ADMIN.',
  })
  supplierClaims(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 50).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The endCursor of the previous page, taken with the same filter and orderBy.',
    })
    after: string | null,
    @Arg('filter', () => SupplierClaimFilter, {
      nullable: true,
      description: 'Which claims to list; all of them when omitted.',
      validateFn: validateArgumentAs('filter'),
    })
    filter: SupplierClaimFilter | null,
    @Arg('orderBy', () => SupplierClaimOrderEnum, {
      nullable: true,
      description: 'How to sort the claims; OPENED_AT_ASC (oldest first) when omitted.',
    })
    orderBy: SupplierClaimOrder | null,
  ): Promise<SupplierClaimConnection> {
    return listSupplierClaims(ctx, { first, after, filter, orderBy });
  }

  @Allow(...CLAIM_READERS)
  @Query(() => SupplierClaimType, {
    nullable: true,
    description: 'One supplier claim by id, or null when there is none. FINANCE or ADMIN.',
  })
  supplierClaim(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: "The claim's id." }) id: string,
  ): Promise<SupplierClaimType | null> {
    return findClaimView(ctx.dataSource, requireId('id', id), new Date());
  }

  @Allow(...CLAIM_READERS)
  @Query(() => [SupplierBalanceType], {
    description:
      'What each supplier owes, one entry per supplier and currency with claims, sorted by supplier name then currency. FINANCE or ADMIN.',
  })
  supplierBalances(
    @Ctx() ctx: RequestContext,
    @Arg('currency', () => String, {
      nullable: true,
      description:
        'Only balances in this ISO 4217 currency, e.g. USD; every currency when omitted.',
    })
    currency: string | null,
    @Arg('asOf', () => Date, {
      nullable: true,
      description:
        'The instant ages, ageing buckets and overdue are measured at; now when omitted. Claims are taken in their current status.',
    })
    asOf: Date | null,
  ): Promise<SupplierBalanceType[]> {
    return supplierBalances(ctx, { currency, asOf });
  }
}
