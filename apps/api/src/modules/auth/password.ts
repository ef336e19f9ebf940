import { hash, verify } from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { type: 2 });
}

// Verifying against a real hash when the email is unknown keeps both answers equally slow.
let decoy: Promise<string> | null = null;

/** True when the password matches; a null hash (unknown user) is checked against a decoy. */
export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  if (passwordHash === null) {
    decoy ??= hashPassword('decoy password for unknown emails');
    await verify(await decoy, password);
    return false;
  }
  return verify(passwordHash, password);
}
