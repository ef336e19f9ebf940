import { userActor, type Role } from '@rebound/domain';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser, Credential, RequestContext } from '../../context';
import { readCookie, SESSION_COOKIE } from './session-cookie';
import { hashSecret } from './secret-token';

interface CredentialRow {
  credential_id: string;
  allow_ad_hoc: boolean;
  id: string;
  email: string;
  display_name: string;
  roles: Role[];
}

const SESSION_LOOKUP = `
  SELECT s.id AS credential_id, false AS allow_ad_hoc, u.id, u.email, u.display_name, u.roles
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`;

const TOKEN_LOOKUP = `
  SELECT t.id AS credential_id, t.allow_ad_hoc, u.id, u.email, u.display_name, u.roles
  FROM api_tokens t JOIN users u ON u.id = t.user_id
  WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL`;

type Identity = Pick<RequestContext, 'user' | 'actor' | 'credential'>;

const ANONYMOUS: Identity = { user: null, actor: null, credential: { kind: 'anonymous' } };

function identityOf(row: CredentialRow, credential: Credential): Identity {
  const user: AuthenticatedUser = {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles,
  };
  return { user, actor: userActor(user.id, user.roles), credential };
}

/**
 * Who is calling: a bearer API token (`Authorization: Bearer rbt_…`) or the console's session
 * cookie; anonymous otherwise. One indexed lookup per request.
 */
export async function authenticate(dataSource: DataSource, request: Request): Promise<Identity> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.get('authorization') ?? '')?.[1];
  if (bearer !== undefined) {
    const rows: CredentialRow[] = await dataSource.query(TOKEN_LOOKUP, [hashSecret(bearer)]);
    const row = rows[0];
    return row === undefined
      ? ANONYMOUS
      : identityOf(row, {
          kind: 'api-token',
          tokenId: row.credential_id,
          allowAdHoc: row.allow_ad_hoc,
        });
  }
  const session = readCookie(request, SESSION_COOKIE);
  if (session === null) return ANONYMOUS;
  const rows: CredentialRow[] = await dataSource.query(SESSION_LOOKUP, [hashSecret(session)]);
  const row = rows[0];
  return row === undefined
    ? ANONYMOUS
    : identityOf(row, { kind: 'session', sessionId: row.credential_id });
}
