import { AppError } from '../../common/errors/app-error';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { moveStock } from '../inventory/stock-ledger';
import { In } from 'typeorm';
import { stockChangeFor, type LineToDispose } from './disposition-stock';
import { InspectionEntity } from './inspection.entity';
import { ReturnLineEntity } from './return-line.entity';
import { returnOutcome } from './return-outcome';
import { loadReturnForUpdate, transitionReturn } from './return-transition';
import type { RmaType } from './return.type';
import type { CompleteInspectionInput } from './warehouse.types';

/** Where the parcel was received: the label's ship-to location, else the seller's returns centre. */
async function receivingLocationId(tx: TransactionContext, returnId: string): Promise<string> {
  const [label] = await tx.manager.query<{ locationId: string }[]>(
    `SELECT ship_to_location_id AS "locationId" FROM return_labels WHERE return_id = $1 ORDER BY issued_at DESC LIMIT 1`,
    [returnId],
  );
  if (label !== undefined) return label.locationId;
  const [centre] = await tx.manager.query<{ locationId: string }[]>(
    `SELECT id AS "locationId" FROM locations WHERE kind = 'RETURNS_CENTRE' ORDER BY code LIMIT 1`,
  );
  if (centre === undefined) {
    throw new AppError(
      'NOT_FOUND',
      'No returns centre location exists to book the returned stock at',
      {
        kind: 'RETURNS_CENTRE',
      },
    );
  }
  return centre.locationId;
}

/**
 * Ends inspection (RECEIVED → INSPECTED; the machine refuses while a line is ungraded), then
 * books each line's disposition in the stock ledger in the same transaction. A line moves
 * stock at most once: the ledger refuses a second movement for it (CONFLICT).
 */
export async function completeInspection(
  tx: TransactionContext,
  input: CompleteInspectionInput,
): Promise<MutationOutcome<RmaType>> {
  const rma = await loadReturnForUpdate(tx, input.id);
  const lines = await tx.manager.find(ReturnLineEntity, {
    where: { returnId: rma.id },
    relations: { orderLine: { sku: true } },
  });
  const graded = new Set(
    (
      await tx.manager.find(InspectionEntity, {
        select: { returnLineId: true },
        where: { returnLineId: In(lines.map((line) => line.id)) },
      })
    ).map((inspection) => inspection.returnLineId),
  );
  const toDispose: LineToDispose[] = lines.flatMap((line) =>
    line.disposition === null || line.orderLine?.sku === undefined
      ? []
      : [
          {
            returnLineId: line.id,
            disposition: line.disposition,
            units: line.quantity,
            skuId: line.orderLine.sku.id,
            supplierId: line.orderLine.sku.supplierId,
            rmaNumber: rma.rmaNumber,
          },
        ],
  );
  const dispositions = toDispose.map(({ returnLineId, disposition, units }) => ({
    returnLineId,
    disposition,
    units,
  }));
  const after = await transitionReturn(
    tx,
    rma,
    'inspect',
    {},
    { lines: dispositions },
    { ungradedLineIds: lines.filter((line) => !graded.has(line.id)).map((line) => line.id) },
  );
  const changes = toDispose.filter((line) => line.disposition !== 'HOLD');
  if (changes.length > 0) {
    const locationId = await receivingLocationId(tx, rma.id);
    for (const line of changes) {
      const change = stockChangeFor(line, locationId);
      if (change !== null) await moveStock(tx, change);
    }
  }
  return returnOutcome(tx, rma, after, { lines: dispositions });
}
