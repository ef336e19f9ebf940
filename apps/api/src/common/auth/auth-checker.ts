import type { Role } from '@rebound/domain';
import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../modules/audit/audit.service';
import { AppError } from '../errors/app-error';

/**
 * Enforces the rules declared with Allow/AllowSignedIn. A refused mutation is audited as DENIED
 * before the error leaves, so that attempts show up in the trail too.
 */
export class AuthChecker implements AuthCheckerInterface<RequestContext, Role> {
  async check({ context, info }: ResolverData<RequestContext>, roles: Role[]): Promise<boolean> {
    const { user } = context;
    const refusal =
      user === null
        ? new AppError('UNAUTHENTICATED', 'Sign in to do this')
        : roles.length > 0 && !roles.some((role) => user.roles.includes(role))
          ? new AppError(
              'FORBIDDEN',
              `${info.fieldName} needs one of the roles ${roles.join(', ')}`,
              {
                requiredRoles: roles,
              },
            )
          : null;
    if (refusal === null) return true;
    if (info.parentType.name === 'Mutation') {
      await recordAudit(context.dataSource.manager, context, {
        action: info.fieldName,
        targetType: null,
        targetId: null,
        before: null,
        after: null,
        outcome: 'DENIED',
        errorCode: refusal.code,
      });
    }
    throw refusal;
  }
}
