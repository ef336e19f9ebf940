import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { UserType } from '../users/user.type';
import { RefundType } from './refund.type';
import { userById } from './users-by-id.loader';

/** `Refund.submittedBy`: the submitter as a person, read once per request for a whole list. */
@Resolver(() => RefundType)
export class RefundSubmitterFieldResolver {
  @Authorized(['SUPPORT', 'FINANCE', 'ADMIN'])
  @FieldResolver(() => UserType, {
    nullable: true,
    description:
      'The user who submitted the refund for approval (show their displayName, e.g. "Submitted by Fiona Finance"; compare id with the viewer\'s to say "You"). That person may not approve it. Null while the refund is a DRAFT (not submitted yet). Readable by SUPPORT, FINANCE and ADMIN, like the refund itself; others get FORBIDDEN. Asking for it on a list of refunds costs one extra database statement, not one per refund.',
  })
  submittedBy(@Ctx() ctx: RequestContext, @Root() refund: RefundType): Promise<UserType | null> {
    if (refund.submittedById === null) return Promise.resolve(null);
    return userById(ctx, refund.submittedById);
  }
}
