import { labelExpiresAt, reasonFault, returnShippingPayer } from '@rebound/domain';
import { AppError, notFound } from '../../common/errors/app-error';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { OrderEntity } from '../orders/order.entity';
import { loadReturn, transitionReturn } from '../returns/return-transition';
import { LocationEntity } from '../suppliers/location.entity';
import { labelListPrice, newTrackingNumber, type Carrier } from './carrier';
import type { IssueReturnLabelInput, IssueReturnLabelPayload } from './issue-return-label.types';
import { toReturnLabelType } from './label-views';
import {
  chooseReturnDestination,
  type ReturnDestination,
  type ReturnedLine,
} from './return-destination';
import { ReturnLabelEntity, type LabelAddress } from './return-label.entity';

const RETURNED_LINES = `
  SELECT rl.reason_code AS "reasonCode", s.supplier_id AS "supplierId"
  FROM return_lines rl
  JOIN order_lines ol ON ol.id = rl.order_line_id
  JOIN skus s ON s.id = ol.sku_id
  WHERE rl.return_id = $1`;

/** The label price: what support stated, else the carrier's list price in the order currency. */
function labelCost(carrier: Carrier, currency: string, stated: number | null | undefined): number {
  if (stated !== null && stated !== undefined) return stated;
  const listPrice = labelListPrice(carrier, currency);
  if (listPrice !== null) return listPrice;
  throw new AppError(
    'BAD_USER_INPUT',
    `${carrier} has no list price in ${currency}: state the label cost`,
    {
      fields: [
        {
          path: 'input.costMinor',
          problems: [`required: ${carrier} has no list price in ${currency}`],
        },
      ],
    },
  );
}

/** The location a destination names; a supplier without a warehouse sends the parcel to the returns centre. */
async function destinationLocation(
  tx: TransactionContext,
  destination: ReturnDestination,
): Promise<LocationEntity> {
  if (destination.kind === 'SUPPLIER_WAREHOUSE') {
    const warehouse = await tx.manager.findOne(LocationEntity, {
      where: { kind: 'SUPPLIER_WAREHOUSE', supplierId: destination.supplierId },
      order: { code: 'ASC' },
    });
    if (warehouse !== null) return warehouse;
  }
  const centre = await tx.manager.findOne(LocationEntity, {
    where: { kind: 'RETURNS_CENTRE' },
    order: { code: 'ASC' },
  });
  if (centre === null)
    throw new AppError(
      'NOT_FOUND',
      'No returns centre is set up: add a RETURNS_CENTRE location first',
    );
  return centre;
}

const addressOf = (location: LocationEntity): LabelAddress => ({
  name: location.name,
  addressLine1: location.addressLine1,
  addressLine2: location.addressLine2,
  city: location.city,
  region: location.region,
  postalCode: location.postalCode,
  countryCode: location.countryCode,
});

/** A tracking number no other label has (a collision is astronomically rare, but cheap to rule out). */
async function unusedTrackingNumber(tx: TransactionContext, carrier: Carrier): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const candidate = newTrackingNumber(carrier);
    if (!(await tx.manager.existsBy(ReturnLabelEntity, { trackingNumber: candidate })))
      return candidate;
  }
  throw new AppError('CONFLICT', 'Could not draw an unused tracking number; try again');
}

/**
 * Issues the prepaid return label of an AUTHORIZED return: the return address follows fault and
 * supplier, the payer follows fault, and the address is copied onto the label.
 */
export async function issueReturnLabel(
  tx: TransactionContext,
  input: IssueReturnLabelInput,
): Promise<MutationOutcome<IssueReturnLabelPayload>> {
  const rma = await loadReturn(tx, input.id);
  const trackingNumber = await unusedTrackingNumber(tx, input.carrier);
  const issued = await transitionReturn(
    tx,
    rma,
    'issueLabel',
    {},
    { carrier: input.carrier, trackingNumber },
  );

  const order = await tx.manager.findOneBy(OrderEntity, { id: rma.orderId });
  if (order === null) throw notFound('Order', rma.orderId);
  const lines: ReturnedLine[] = await tx.manager.query(RETURNED_LINES, [rma.id]);
  const location = await destinationLocation(tx, chooseReturnDestination(lines));
  const issuedAt = new Date();
  const label = await tx.manager.save(
    tx.manager.create(ReturnLabelEntity, {
      returnId: rma.id,
      carrier: input.carrier,
      trackingNumber,
      costMinor: labelCost(input.carrier, order.currency, input.costMinor),
      currency: order.currency,
      payer: returnShippingPayer(lines.map((line) => reasonFault(line.reasonCode))),
      shipToLocationId: location.id,
      shipTo: addressOf(location),
      issuedById: tx.user.id,
      issuedAt,
      expiresAt: labelExpiresAt(issuedAt),
    }),
  );
  return {
    result: { label: toReturnLabelType(label), returnStatus: issued.status },
    targetId: rma.id,
    before: { status: rma.status },
    after: {
      status: issued.status,
      labelId: label.id,
      carrier: label.carrier,
      trackingNumber,
      costMinor: label.costMinor,
      currency: label.currency,
      payer: label.payer,
      shipToLocationId: location.id,
    },
  };
}
