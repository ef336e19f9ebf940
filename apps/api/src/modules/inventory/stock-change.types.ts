import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  StockAdjustmentReasonEnum,
  StockBucketEnum,
  type StockAdjustmentReason,
  type StockBucket,
} from './stock-change.enums';
import { StockLevelType } from './stock-level.type';
import { StockMovementType } from './stock-movement.type';

/** The most units one movement may move: far above any real shelf, far below integer overflow. */
export const MAX_UNITS_PER_MOVEMENT = 1_000_000;
export const MAX_NOTE_LENGTH = 1000;

/** A delta within the per-movement bound. */
function Delta(): PropertyDecorator {
  return (target, property) => {
    IsInt({ message: 'must be a whole number' })(target, property);
    Min(-MAX_UNITS_PER_MOVEMENT)(target, property);
    Max(MAX_UNITS_PER_MOVEMENT)(target, property);
  };
}

/** Why an adjustment's note is refused, or null when it is fine. */
function noteProblem(note: unknown, reason: StockAdjustmentReason | undefined): string | null {
  if (note === null || note === undefined || (typeof note === 'string' && note.trim() === '')) {
    return reason === 'OTHER' ? 'is required when the reason is OTHER' : null;
  }
  if (typeof note !== 'string') return 'must be text';
  return note.length > MAX_NOTE_LENGTH ? `must be at most ${MAX_NOTE_LENGTH} characters` : null;
}

@InputType({
  description:
    'A correction of one stock level. At least one delta must be non-zero; the level may not go below zero.',
})
export class AdjustStockInput {
  @Field(() => ID, { description: 'The SKU whose stock is corrected.' })
  @IsUUID('all', { message: 'must be an ID' })
  skuId: string;

  @Field(() => ID, { description: 'The location holding the stock.' })
  @IsUUID('all', { message: 'must be an ID' })
  locationId: string;

  @Field(() => Int, {
    description: `Signed change to sellable units (−${MAX_UNITS_PER_MOVEMENT} to ${MAX_UNITS_PER_MOVEMENT}); may be 0 only when quarantineDelta is not.`,
  })
  @Delta()
  @ValidateBy({
    name: 'changesStock',
    validator: {
      validate: (value, args) =>
        value !== 0 || (args?.object as Partial<AdjustStockInput>).quarantineDelta !== 0,
      defaultMessage: () => 'must not be 0 when quarantineDelta is 0: nothing would change',
    },
  })
  sellableDelta: number;

  @Field(() => Int, {
    defaultValue: 0,
    description: 'Signed change to quarantined units (default 0).',
  })
  @Delta()
  quarantineDelta: number;

  @Field(() => StockAdjustmentReasonEnum, { description: 'Why the level is corrected.' })
  reason: StockAdjustmentReason;

  @Field(() => String, {
    nullable: true,
    description: `What happened, up to ${MAX_NOTE_LENGTH} characters; required when the reason is OTHER.`,
  })
  @ValidateBy({
    name: 'noteForOther',
    validator: {
      validate: (value, args) =>
        noteProblem(value, (args?.object as Partial<AdjustStockInput>).reason) === null,
      defaultMessage: (args) =>
        noteProblem(args?.value, (args?.object as Partial<AdjustStockInput>).reason) ?? '',
    },
  })
  note?: string | null;
}

@InputType({ description: 'Refurbished units to move from quarantine to sellable stock.' })
export class ReleaseFromQuarantineInput {
  @Field(() => ID, { description: 'The SKU released.' })
  @IsUUID('all', { message: 'must be an ID' })
  skuId: string;

  @Field(() => ID, { description: 'The location holding the quarantined units.' })
  @IsUUID('all', { message: 'must be an ID' })
  locationId: string;

  @Field(() => Int, {
    description: 'Units to release, at least 1 and at most those in quarantine.',
  })
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(MAX_UNITS_PER_MOVEMENT)
  units: number;

  @Field(() => String, { nullable: true, description: 'Optional note, e.g. what was repaired.' })
  @IsOptional()
  @MaxLength(MAX_NOTE_LENGTH)
  note?: string | null;
}

@InputType({ description: "Units in stock to ship back to the SKU's supplier." })
export class ShipStockToSupplierInput {
  @Field(() => ID, { description: 'The SKU shipped; its supplier receives the units.' })
  @IsUUID('all', { message: 'must be an ID' })
  skuId: string;

  @Field(() => ID, { description: 'The location the units leave.' })
  @IsUUID('all', { message: 'must be an ID' })
  locationId: string;

  @Field(() => Int, { description: 'Units shipped, at least 1 and at most those in the bucket.' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(MAX_UNITS_PER_MOVEMENT)
  units: number;

  @Field(() => StockBucketEnum, {
    description: 'Whether sellable or quarantined units are shipped.',
  })
  from: StockBucket;

  @Field(() => String, {
    nullable: true,
    description: 'Optional note, e.g. the RMA of the supplier.',
  })
  @IsOptional()
  @MaxLength(MAX_NOTE_LENGTH)
  note?: string | null;
}

/** The shape every stock mutation answers with; not itself part of the schema. */
@ObjectType()
export class StockChangePayload {
  @Field(() => StockMovementType, { description: 'The movement booked in the ledger.' })
  movement: StockMovementType;

  @Field(() => StockLevelType, { description: 'The stock level after the movement.' })
  stockLevel: StockLevelType;
}

@ObjectType({ description: 'The result of adjustStock.' })
export class AdjustStockPayload extends StockChangePayload {}

@ObjectType({ description: 'The result of releaseFromQuarantine.' })
export class ReleaseFromQuarantinePayload extends StockChangePayload {}

@ObjectType({ description: 'The result of shipStockToSupplier.' })
export class ShipStockToSupplierPayload extends StockChangePayload {}
