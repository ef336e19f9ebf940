import type { DataSource } from 'typeorm';
import type { AuthenticatedUser, RequestContext, TransactionContext } from '../../context';
import { AppError, notFound } from '../../common/errors/app-error';
import type { MutationOutcome } from '../../common/run-mutation';
import { UserEntity } from '../users/user.entity';
import { ApiTokenEntity } from './api-token.entity';
import { verifyPassword } from './password';
import { hashSecret, newSecret } from './secret-token';
import { SESSION_HOURS } from './session-cookie';
import { SessionEntity } from './session.entity';

export interface NewSession {
  user: AuthenticatedUser;
  secret: string;
  expiresAt: Date;
}

const toUser = (user: UserEntity): AuthenticatedUser => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  roles: user.roles,
});

/** Checks email and password and opens a session; the same refusal for any wrong pair. */
export async function signIn(
  dataSource: DataSource,
  email: string,
  password: string,
): Promise<NewSession> {
  const user = await dataSource
    .getRepository(UserEntity)
    .findOneBy({ email: email.trim().toLowerCase() });
  const active = user !== null && user.disabledAt === null ? user : null;
  if (!(await verifyPassword(active?.passwordHash ?? null, password)) || active === null) {
    throw new AppError('INVALID_CREDENTIALS', 'Email or password is wrong');
  }
  const secret = newSecret('rbs');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  await dataSource
    .getRepository(SessionEntity)
    .insert({ userId: active.id, tokenHash: hashSecret(secret), expiresAt, revokedAt: null });
  return { user: toUser(active), secret, expiresAt };
}

/** Ends the caller's session (an API token is revoked explicitly instead). */
export async function signOut(tx: TransactionContext): Promise<MutationOutcome<boolean>> {
  if (tx.credential.kind === 'session') {
    await tx.manager.update(
      SessionEntity,
      { id: tx.credential.sessionId },
      { revokedAt: new Date() },
    );
  }
  return { result: true, targetId: tx.user.id, before: null, after: null };
}

/** Creates an API token acting as the caller; the secret is returned once. */
export async function createApiToken(
  tx: TransactionContext,
  name: string,
  allowAdHoc: boolean,
): Promise<MutationOutcome<{ token: ApiTokenEntity; secret: string }>> {
  const secret = newSecret('rbt');
  const token = await tx.manager.getRepository(ApiTokenEntity).save({
    userId: tx.user.id,
    name: name.trim(),
    tokenHash: hashSecret(secret),
    allowAdHoc,
    lastUsedAt: null,
    revokedAt: null,
  });
  return {
    result: { token, secret },
    targetId: token.id,
    before: null,
    after: { name: token.name, allowAdHoc },
  };
}

/** Revokes one of the caller's tokens (ADMIN may revoke anyone's). */
export async function revokeApiToken(
  tx: TransactionContext,
  id: string,
): Promise<MutationOutcome<ApiTokenEntity>> {
  const repository = tx.manager.getRepository(ApiTokenEntity);
  const token = await repository.findOneBy({ id });
  if (token === null || (token.userId !== tx.user.id && !tx.user.roles.includes('ADMIN')))
    throw notFound('API token', id);
  if (token.revokedAt === null) {
    token.revokedAt = new Date();
    await repository.save(token);
  }
  return {
    result: token,
    targetId: token.id,
    before: { revoked: false },
    after: { revoked: true },
  };
}

/** The caller's tokens, newest first. */
export function listApiTokens(
  ctx: RequestContext & { user: AuthenticatedUser },
): Promise<ApiTokenEntity[]> {
  return ctx.dataSource
    .getRepository(ApiTokenEntity)
    .find({ where: { userId: ctx.user.id }, order: { createdAt: 'DESC' } });
}
