import type { Actor, Role } from '@rebound/domain';
import type { Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';

/** The signed-in person behind a request. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  roles: readonly Role[];
}

/** How the caller proved who they are. */
export type Credential =
  | { kind: 'anonymous' }
  | { kind: 'session'; sessionId: string }
  | { kind: 'api-token'; tokenId: string; allowAdHoc: boolean };

/** What every resolver and service receives first: who asks, and through which database. */
export interface RequestContext {
  requestId: string;
  dataSource: DataSource;
  /** The domain's view of the caller, for state-machine role checks; null when anonymous. */
  actor: Actor | null;
  user: AuthenticatedUser | null;
  credential: Credential;
  /** Present for HTTP requests: sign-in and sign-out set the session cookie through it. */
  http: { request: Request; response: Response } | null;
}

/** A request context inside a transaction: every write goes through `manager`. */
export interface TransactionContext extends RequestContext {
  manager: EntityManager;
  user: AuthenticatedUser;
  actor: Actor;
}
