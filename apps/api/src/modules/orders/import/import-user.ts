import { randomUUID } from 'node:crypto';
import { userActor, type Role } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser, RequestContext } from '../../../context';

/** Roles that may record orders, as for the upsertOrder mutation. */
export const ORDER_IMPORT_ROLES: readonly Role[] = ['SUPPORT', 'ADMIN'];

/** No user can run the import (none named, none found, or not allowed): the CLI exits with 1. */
export class ImportUserError extends Error {
  override readonly name = 'ImportUserError';
}

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  roles: Role[];
}

/**
 * The user an import acts as: the one named by email (who must hold SUPPORT or ADMIN), or else
 * the first ADMIN created. Disabled users never qualify.
 */
export async function findImportUser(
  dataSource: DataSource,
  email: string | null,
): Promise<AuthenticatedUser> {
  const rows: UserRow[] =
    email === null
      ? await dataSource.query(
          `SELECT id, email, display_name, roles FROM users
           WHERE disabled_at IS NULL AND 'ADMIN' = ANY(roles)
           ORDER BY created_at, id LIMIT 1`,
        )
      : await dataSource.query(
          'SELECT id, email, display_name, roles FROM users WHERE email = $1 AND disabled_at IS NULL',
          [email.trim().toLowerCase()],
        );
  const row = rows[0];
  if (row === undefined) {
    throw new ImportUserError(
      email === null
        ? 'no active ADMIN user to import as: create one, or name a SUPPORT or ADMIN user with --as <email>'
        : `no active user has the email ${email}`,
    );
  }
  if (!row.roles.some((role) => ORDER_IMPORT_ROLES.includes(role))) {
    throw new ImportUserError(
      `${row.email} cannot import orders: it needs the SUPPORT or ADMIN role`,
    );
  }
  return { id: row.id, email: row.email, displayName: row.display_name, roles: row.roles };
}

/** A request context for a command-line run acting as `user`; one request id for the whole run. */
export function importContext(dataSource: DataSource, user: AuthenticatedUser): RequestContext {
  return {
    requestId: `orders-import:${randomUUID()}`,
    dataSource,
    actor: userActor(user.id, user.roles),
    user,
    // The context has no credential kind for the command line; nothing reads it on this path.
    credential: { kind: 'anonymous' },
    http: null,
  };
}
