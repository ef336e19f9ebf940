import type { RequestContext } from '../../context';
import type { UserType } from '../users/user.type';

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  roles: UserType['roles'];
}

/**
 * Users by id for one request: every id asked for while GraphQL resolves a response is read
 * with one statement, and each user at most once. Kept in a WeakMap keyed by the request
 * context, so nothing outlives the request and the shared context type stays as it is.
 */
class UsersById {
  private readonly known = new Map<string, Promise<UserType | null>>();
  private pending: {
    id: string;
    settle: (user: UserType | null) => void;
    fail: (error: unknown) => void;
  }[] = [];

  constructor(private readonly ctx: RequestContext) {}

  load(id: string): Promise<UserType | null> {
    const cached = this.known.get(id);
    if (cached !== undefined) return cached;
    const loading = new Promise<UserType | null>((settle, fail) => {
      // setImmediate runs after the microtasks: sibling fields of a list have all asked by then.
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ id, settle, fail });
    });
    this.known.set(id, loading);
    return loading;
  }

  private async flush(): Promise<void> {
    const waiting = this.pending;
    this.pending = [];
    try {
      const rows: UserRow[] = await this.ctx.dataSource.query(
        'SELECT id, email, display_name, roles FROM users WHERE id = ANY($1)',
        [waiting.map((entry) => entry.id)],
      );
      const byId = new Map(
        rows.map((row): [string, UserType] => [
          row.id,
          { id: row.id, email: row.email, displayName: row.display_name, roles: row.roles },
        ]),
      );
      for (const entry of waiting) entry.settle(byId.get(entry.id) ?? null);
    } catch (error) {
      for (const entry of waiting) entry.fail(error);
    }
  }
}

const loaders = new WeakMap<RequestContext, UsersById>();

/** The user with this id (null when unknown), batched with the request's other look-ups. */
export function userById(ctx: RequestContext, id: string): Promise<UserType | null> {
  let loader = loaders.get(ctx);
  if (loader === undefined) {
    loader = new UsersById(ctx);
    loaders.set(ctx, loader);
  }
  return loader.load(id);
}
