import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { RmaType } from '../returns/return.type';
import { loadRefundView } from './refund-view';
import { RefundType } from './refund.type';

/** A return's live refund, where the single-return view asks for it. */
@Resolver(() => RmaType)
export class ReturnRefundFieldResolver {
  @Authorized(['SUPPORT', 'FINANCE', 'ADMIN'])
  @FieldResolver(() => RefundType, {
    nullable: true,
    description:
      "The return's refund that is not rejected (at most one), or null. Readable by SUPPORT, FINANCE and ADMIN; others get FORBIDDEN.",
  })
  async refund(@Ctx() ctx: RequestContext, @Root() rma: RmaType): Promise<RefundType | null> {
    const rows: { id: string }[] = await ctx.dataSource.query(
      "SELECT id FROM refunds WHERE return_id = $1 AND status <> 'REJECTED' ORDER BY created_at DESC LIMIT 1",
      [rma.id],
    );
    const id = rows[0]?.id;
    return id === undefined ? null : loadRefundView(ctx.dataSource.manager, id);
  }
}
