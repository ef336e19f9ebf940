import { Field, ID, Int, ObjectType } from 'type-graphql';
import { enumFromList } from '../../common/graphql/enum-from-list';
import { PageInfo } from '../../common/pagination';
import type { Siblings } from '../catalog/siblings';
import { STOCK_MOVEMENT_KINDS, type StockMovementKind } from './stock-movement.entity';
import type { StockMovementRow } from './stock.rows';

export const StockMovementKindEnum = enumFromList(
  STOCK_MOVEMENT_KINDS,
  'StockMovementKind',
  "Why stock moved: from a return line's disposition, or by warehouse staff.",
  {
    RETURN_RESTOCK: 'A returned item went back to sellable stock (disposition RESTOCK).',
    RETURN_QUARANTINE: 'A returned item went to quarantine for refurbishing (REFURBISH).',
    RETURN_TO_SUPPLIER:
      'A returned item is sent back to its supplier (RETURN_TO_SUPPLIER); levels unchanged.',
    WRITE_OFF: 'A returned item was disposed of (DISPOSE); levels unchanged.',
    ADJUSTMENT: 'Warehouse staff corrected a level (cycle count, found, lost, damaged, opening).',
    RELEASE_FROM_QUARANTINE: 'Refurbished units moved from quarantine to sellable.',
    SHIP_TO_SUPPLIER: "Units in stock were shipped back to the SKU's supplier.",
  },
);

@ObjectType('StockMovement', {
  description:
    'One entry of the append-only stock ledger: signed changes to the sellable and quarantined units of a SKU at a location.',
})
export class StockMovementType implements StockMovementRow {
  @Field(() => ID, { description: 'Stable identifier of the movement.' })
  id: string;

  @Field(() => StockMovementKindEnum, { description: 'What kind of movement this is.' })
  kind: StockMovementKind;

  @Field(() => Int, { description: 'Units concerned, always above zero.' })
  units: number;

  @Field(() => Int, { description: 'Signed change to sellable units (negative = fewer).' })
  sellableDelta: number;

  @Field(() => Int, { description: 'Signed change to quarantined units (negative = fewer).' })
  quarantineDelta: number;

  @Field({
    description:
      'Why: for ADJUSTMENT the StockAdjustmentReason (or OPENING_BALANCE for demo opening stock); for RELEASE_FROM_QUARANTINE, REFURBISHED; for SHIP_TO_SUPPLIER, the StockBucket shipped from; for return movements, the disposition.',
  })
  reason: string;

  @Field(() => String, { nullable: true, description: 'Free text from the person, if any.' })
  note: string | null;

  @Field(() => ID, { description: 'The SKU moved (also available as `sku`).' })
  skuId: string;

  @Field(() => ID, { description: 'Where it moved (also available as `location`).' })
  locationId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The return line this movement comes from; null for warehouse movements.',
  })
  returnLineId: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The supplier stock was sent to (SHIP_TO_SUPPLIER, RETURN_TO_SUPPLIER); else null.',
  })
  supplierId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The user who moved the stock; null for system movements (demo opening stock).',
  })
  actorId: string | null;

  @Field({ description: 'When the movement was booked.' })
  createdAt: Date;

  /** The other movements of the same answer, to load their SKUs and locations in one query each. */
  siblings: Siblings<StockMovementRow>;
}

@ObjectType({ description: 'A stock movement in a list, with its cursor.' })
export class StockMovementEdge {
  @Field(() => StockMovementType, { description: 'The movement.' })
  node: StockMovementType;

  @Field({ description: 'Pass as `after` to continue the list after this movement.' })
  cursor: string;
}

@ObjectType({ description: 'One page of stock movements (Relay connection), newest first.' })
export class StockMovementConnection {
  @Field(() => [StockMovementEdge], { description: 'The movements of this page with cursors.' })
  edges: StockMovementEdge[];

  @Field(() => [StockMovementType], {
    description: 'The movements of this page (same as edges.node).',
  })
  nodes: StockMovementType[];

  @Field(() => PageInfo, { description: 'Whether more movements follow, and the end cursor.' })
  pageInfo: PageInfo;
}
