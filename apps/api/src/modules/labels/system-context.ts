import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '@rebound/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser, TransactionContext } from '../../context';

/** Stands in for "no person" where a context needs a user; never stored (SYSTEM audits with a null actor). */
export const SYSTEM_USER: AuthenticatedUser = Object.freeze({
  id: '00000000-0000-0000-0000-000000000000',
  email: 'system@rebound.invalid',
  displayName: 'Rebound (scheduled job)',
  roles: [],
});

/** A transaction context for Rebound acting on its own (a scheduled job), as the SYSTEM actor. */
export function systemTransactionContext(
  dataSource: DataSource,
  manager: EntityManager,
  requestId: string = `system:${randomUUID()}`,
): TransactionContext {
  return {
    requestId,
    dataSource,
    manager,
    actor: SYSTEM_ACTOR,
    user: SYSTEM_USER,
    credential: { kind: 'anonymous' },
    http: null,
  };
}
