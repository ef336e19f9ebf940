import { notFound } from '../../common/errors/app-error';
import type { TransactionContext } from '../../context';
import { ReturnEntity } from '../returns/return.entity';

/** Loads a return and holds it until the transaction ends, so that scans and the expiry job of one parcel queue up. */
export async function lockReturn(tx: TransactionContext, id: string): Promise<ReturnEntity> {
  const found = await tx.manager.findOne(ReturnEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (found === null) throw notFound('Return', id);
  return found;
}
