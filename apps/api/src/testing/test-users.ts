import type { Role } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password';
import { UserEntity } from '../modules/users/user.entity';

export const TEST_PASSWORD = 'correct horse battery staple';

let passwordHash: Promise<string> | null = null;

/** Creates a user holding `roles`, with TEST_PASSWORD; the email says who it is. */
export async function createTestUser(
  dataSource: DataSource,
  name: string,
  roles: Role[],
): Promise<UserEntity> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return dataSource.getRepository(UserEntity).save({
    email: `${name}@rebound.test`,
    displayName: name,
    passwordHash: await passwordHash,
    roles,
    disabledAt: null,
  });
}
