import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { TransactionContext } from '../context';
import { conflict } from './errors/app-error';

/**
 * Optimistic concurrency for rows with a `version`: writes `changes` (and bumps the version) only
 * when the row still has the version it was read with, so of two people acting at once one wins
 * and the other gets CONFLICT naming `what` ("Return RMA-100001").
 */
export async function updateIfUnchanged<T extends ObjectLiteral>(
  tx: TransactionContext,
  target: EntityTarget<T>,
  row: { id: string; version: number },
  changes: QueryDeepPartialEntity<T>,
  what: string,
): Promise<void> {
  const result = await tx.manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: row.id, version: row.version })
    .execute();
  if (result.affected !== 1) {
    throw conflict(`${what} was changed by someone else at the same time; reload and try again`);
  }
}
