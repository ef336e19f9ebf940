import {
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';

/** A sales channel: upper-case letters, digits and underscores, e.g. AMAZON_US or SHOPIFY. */
export const CHANNEL_PATTERN = /^[A-Z][A-Z0-9_]{1,31}$/;

/** Amazon order numbers read 3-7-7 digits, e.g. 114-1234567-1234567. */
export const AMAZON_ORDER_ID_PATTERN = /^\d{3}-\d{7}-\d{7}$/;

export const EXTERNAL_ID_MAX_LENGTH = 100;

/** Why an order number cannot belong to a channel, or null when it can (checked after trimming). */
export function externalIdProblem(channel: string, externalId: string): string | null {
  const trimmed = externalId.trim();
  if (trimmed === '') return 'must not be empty';
  if (trimmed.length > EXTERNAL_ID_MAX_LENGTH) {
    return `must be at most ${EXTERNAL_ID_MAX_LENGTH} characters`;
  }
  if (channel.startsWith('AMAZON_') && !AMAZON_ORDER_ID_PATTERN.test(trimmed)) {
    return 'must be an Amazon order number of 3-7-7 digits, like 114-1234567-1234567';
  }
  return null;
}

function channelOf(args: ValidationArguments): string {
  const channel: unknown = (args.object as { channel?: unknown }).channel;
  return typeof channel === 'string' ? channel : '';
}

/** class-validator rule: the external id suits the channel of the same input. */
@ValidatorConstraint({ name: 'externalIdOfChannel' })
export class ExternalIdOfChannel implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return typeof value === 'string' && externalIdProblem(channelOf(args), value) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return typeof args.value === 'string'
      ? (externalIdProblem(channelOf(args), args.value) ?? 'is not a valid order number')
      : 'must be a string';
  }
}
