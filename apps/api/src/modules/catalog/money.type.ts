import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Money', {
  description: 'An amount of money: integer minor units (cents for USD) and its ISO 4217 currency.',
})
export class MoneyType {
  @Field(() => Int, {
    description: 'Amount in minor units of the currency (4999 USD = 49.99 USD; JPY has none).',
  })
  amount: number;

  @Field({ description: 'ISO 4217 currency code, e.g. USD.' })
  currency: string;
}
