import { randomUUID } from 'node:crypto';
import { userActor } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../context';
import type { ImportContext } from './import-report';

/** The context an import acts in: `user` fires the return machine with their own roles. */
export function amazonImportContext(
  dataSource: DataSource,
  user: AuthenticatedUser,
  requestId: string = `amazon-import:${randomUUID()}`,
): ImportContext {
  return {
    requestId,
    dataSource,
    actor: userActor(user.id, user.roles),
    user,
    credential: { kind: 'anonymous' },
    http: null,
  };
}
