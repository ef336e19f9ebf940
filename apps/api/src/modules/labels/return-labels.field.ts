import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { RmaType } from '../returns/return.type';
import { listReturnLabels } from './label-queries.service';
import { ReturnLabelType } from './return-label.type';

/** A return's labels, where the single-return view asks for them. */
@Resolver(() => RmaType)
export class ReturnLabelsFieldResolver {
  @FieldResolver(() => [ReturnLabelType], {
    description:
      'Prepaid return labels issued for this return, newest first (each downloadable as a PDF).',
  })
  labels(@Ctx() ctx: RequestContext, @Root() rma: RmaType): Promise<ReturnLabelType[]> {
    return listReturnLabels(ctx, rma.id);
  }
}
