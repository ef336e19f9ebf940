import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { enumFromList } from '../../common/graphql/enum-from-list';

export const SKU_ORDERS = ['CODE_ASC', 'CODE_DESC', 'NAME_ASC'] as const;
export type SkuOrder = (typeof SKU_ORDERS)[number];

export const SkuOrderEnum = enumFromList(SKU_ORDERS, 'SkuOrder', 'How a list of SKUs is sorted.', {
  CODE_ASC: 'By SKU code, A to Z (the default).',
  CODE_DESC: 'By SKU code, Z to A.',
  NAME_ASC: 'By product name, A to Z.',
});

@InputType({ description: 'Which SKUs to list; every condition given must hold.' })
export class SkuFilter {
  @Field(() => ID, { nullable: true, description: 'Only SKUs of this supplier.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID' })
  supplierId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only SKUs of this category (exact name, case-insensitive), e.g. Electronics.',
  })
  @IsOptional()
  @MaxLength(100)
  category?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only SKUs whose code, name or ASIN contains this text (case-insensitive); at most 100 characters.',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}
