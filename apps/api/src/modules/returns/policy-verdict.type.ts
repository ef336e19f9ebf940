import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('PolicyVerdictLine', {
  description:
    "The return policy's verdict on one requested order line, as decided at request time.",
})
export class PolicyVerdictLineType {
  @Field(() => ID, { description: 'The order line judged.' })
  orderLineId: string;

  @Field(() => Int, { description: 'Units requested.' })
  quantity: number;

  @Field(() => Int, {
    description:
      'Units that could still be returned then: delivered minus units in other open or completed returns.',
  })
  returnableQuantity: number;

  @Field({ description: 'True when the request arrived on or before `lastDay`.' })
  withinWindow: boolean;

  @Field(() => Int, {
    description:
      'Length of the window applied, in days after delivery (supplier and category windows may differ from the default).',
  })
  windowDays: number;

  @Field({
    description:
      'The last day a return could be requested (ISO date, in the policy time zone), inclusive.',
  })
  lastDay: string;

  @Field({
    description:
      'True when the holiday rule (delivered 1 Nov–31 Dec → until 31 Jan) gave a later last day.',
  })
  holidayExtended: boolean;
}

@ObjectType('PolicyVerdict', {
  description:
    "The return policy's verdict on the request, stored with the return as it was decided then.",
})
export class PolicyVerdictType {
  @Field({ description: 'When the policy was checked (the request time).' })
  checkedAt: Date;

  @Field({ description: 'True when every line was inside its return window.' })
  withinWindow: boolean;

  @Field({
    description:
      'True when at least one line was late and the request was accepted by an explicit override.',
  })
  acceptedByOverride: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The written reason for accepting a late request (audited); null when no override was needed.',
  })
  overrideReason: string | null;

  @Field(() => [PolicyVerdictLineType], { description: 'The verdict on each requested line.' })
  lines: PolicyVerdictLineType[];
}
