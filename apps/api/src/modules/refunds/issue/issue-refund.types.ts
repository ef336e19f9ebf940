import { IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { RefundType } from '../refund.type';

/** Letters, digits and `_ - : .`: safe in logs, URLs and provider APIs. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_\-:.]+$/;

@InputType({ description: 'Which approved refund to send to the customer, under a key of yours.' })
export class IssueRefundInput {
  @Field(() => ID, { description: 'The refund to issue; it must be APPROVED.' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;

  @Field({
    description:
      'A key you generate for this issue request (8–200 characters: letters, digits, _ - : .), e.g. a UUID. Sending the same key with the same id again — after a timeout, a retry, a double click — never refunds twice: it answers the first result again (`replayed: true`). The same key with another id is refused (IDEMPOTENCY_KEY_MISMATCH). Keys are kept 7 days. After a FAILED issue, call retryRefund and issue with a NEW key.',
  })
  @Length(8, 200, { message: 'must be 8 to 200 characters long' })
  @Matches(IDEMPOTENCY_KEY_PATTERN, {
    message: 'may contain only letters, digits, underscore, hyphen, colon and dot',
  })
  idempotencyKey: string;
}

@InputType({ description: 'Which failed refund to make issuable again.' })
export class RetryRefundInput {
  @Field(() => ID, { description: 'The refund; it must be FAILED.' })
  @IsUUID('all', { message: 'must be an ID' })
  id: string;
}

@ObjectType({ description: 'The result of issueRefund: the refund after the attempt.' })
export class IssueRefundPayload {
  @Field(() => RefundType, {
    description:
      'The refund: ISSUED with `externalReference` when the gateway sent the money, FAILED with `failureReason` when it refused. A replay shows the refund as the first call answered it.',
  })
  refund: RefundType;

  @Field({
    description:
      'True when this is the stored answer of an earlier call with the same idempotency key and input: nothing was done again.',
  })
  replayed: boolean;
}
