import type { JsonObject } from '../../common/json';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { loadRefundView } from './refund-view';
import type { RefundEntity } from './refund.entity';
import type { RefundType } from './refund.type';

type AuditedColumns = Pick<RefundEntity, 'id' | 'status' | 'version' | 'totalMinor'>;

const audited = (refund: AuditedColumns): JsonObject => ({
  status: refund.status,
  version: refund.version,
  totalMinor: refund.totalMinor,
});

/** What a refund mutation answers (the refund as it now is) and audits (status, version and total, before and after). */
export async function refundOutcome(
  tx: TransactionContext,
  before: AuditedColumns | null,
  after: AuditedColumns,
  facts: JsonObject = {},
): Promise<MutationOutcome<RefundType>> {
  return {
    result: await loadRefundView(tx.manager, after.id),
    targetId: after.id,
    before: before === null ? null : audited(before),
    after: { ...audited(after), ...facts },
  };
}
