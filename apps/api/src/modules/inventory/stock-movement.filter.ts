import { IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { StockMovementKind } from './stock-movement.entity';
import { StockMovementKindEnum } from './stock-movement.type';

@InputType({ description: 'Which stock movements to list; every condition given must hold.' })
export class StockMovementFilter {
  @Field(() => ID, { nullable: true, description: 'Only movements of this SKU.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID' })
  skuId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only movements at this location.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID' })
  locationId?: string | null;

  @Field(() => StockMovementKindEnum, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  kind?: StockMovementKind | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only movements booked at or after this instant.',
  })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only movements booked before this instant (exclusive); must be after `from`.',
  })
  @IsOptional()
  to?: Date | null;
}
