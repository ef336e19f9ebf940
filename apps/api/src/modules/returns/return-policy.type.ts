import { Field, Int, ObjectType } from 'type-graphql';
import { enumFromList } from '../../common/graphql/enum-from-list';
import { MoneyType } from '../catalog/money.type';

export const WindowOverrideScopeEnum = enumFromList(
  ['SUPPLIER', 'CATEGORY'] as const,
  'WindowOverrideScope',
  'What a return-window override applies to.',
  {
    SUPPLIER: "Every product of one supplier (`id` is the supplier's id).",
    CATEGORY: 'Every product of one category (`id` is the category name).',
  },
);

@ObjectType('ReturnWindowOverride', {
  description:
    'A return window replacing the default for one supplier or category; when both apply, the longer wins.',
})
export class ReturnWindowOverrideType {
  @Field(() => WindowOverrideScopeEnum, { description: 'SUPPLIER or CATEGORY.' })
  scope: 'SUPPLIER' | 'CATEGORY';

  @Field({ description: 'The supplier id or category name it applies to.' })
  id: string;

  @Field(() => Int, { description: 'Days after delivery a return may be requested.' })
  days: number;
}

@ObjectType('ReturnPolicy', {
  description: 'The return policy in force, with the service-level promises.',
})
export class ReturnPolicyType {
  @Field(() => Int, {
    description: 'Default days after delivery a return may be requested (DESIGN: 30).',
  })
  windowDays: number;

  @Field(() => [ReturnWindowOverrideType], {
    description: 'Supplier and category windows replacing the default.',
  })
  windowOverrides: ReturnWindowOverrideType[];

  @Field({
    description: 'Items delivered 1 Nov–31 Dec may be returned until 31 Jan of the next year.',
  })
  holidayExtension: boolean;

  @Field({
    description:
      'IANA time zone whose calendar days the window counts; the last day ends at local midnight.',
  })
  timeZone: string;

  @Field(() => Int, {
    description:
      'Minimum length (characters, after trimming) of the written reason that accepts a late request.',
  })
  overrideReasonMinLength: number;

  @Field(() => [MoneyType], {
    description:
      'Returnless-refund threshold per supported currency: a line whose item value is at most this (and not customer fault) may be refunded without shipping it back.',
  })
  returnlessThresholds: MoneyType[];

  @Field(() => Int, { description: 'Support answers a return request within this many hours.' })
  firstResponseHours: number;

  @Field(() => Int, {
    description: 'The refund is due this many business days after the day of receipt.',
  })
  refundBusinessDays: number;
}
