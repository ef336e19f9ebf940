import type { JsonObject } from '../../common/json';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { reloadReturnView } from './load-return-view';
import type { ReturnEntity } from './return.entity';
import type { RmaType } from './return.type';

/** What a return mutation answers (the return as it now is) and audits (status and version, before and after). */
export async function returnOutcome(
  tx: TransactionContext,
  before: Pick<ReturnEntity, 'id' | 'status' | 'version'>,
  after: Pick<ReturnEntity, 'status' | 'version'>,
  facts: JsonObject = {},
): Promise<MutationOutcome<RmaType>> {
  return {
    result: await reloadReturnView(tx, before.id),
    targetId: before.id,
    before: { status: before.status, version: before.version },
    after: { status: after.status, version: after.version, ...facts },
  };
}
