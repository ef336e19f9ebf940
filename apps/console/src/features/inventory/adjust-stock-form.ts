import type { FieldErrors } from '../../lib/ui/form-errors';
import { StockAdjustmentReason, type AdjustStockInput } from '../../lib/graphql/generated/graphql';

export type AdjustStockField = 'sellableDelta' | 'quarantineDelta' | 'reason' | 'note';
export const ADJUST_STOCK_FIELDS: readonly AdjustStockField[] = [
  'sellableDelta',
  'quarantineDelta',
  'reason',
  'note',
];

/** The form as typed: text, so that a half-typed "-" is kept rather than lost. */
export type AdjustStockValues = {
  readonly sellableDelta: string;
  readonly quarantineDelta: string;
  /** A StockAdjustmentReason, or '' before one is chosen. */
  readonly reason: string;
  readonly note: string;
};

export const EMPTY_ADJUST_STOCK: AdjustStockValues = {
  sellableDelta: '0',
  quarantineDelta: '0',
  reason: '',
  note: '',
};

const REASON_LABELS: Readonly<Record<StockAdjustmentReason, string>> = {
  CYCLE_COUNT: 'Cycle count',
  DAMAGED_IN_WAREHOUSE: 'Damaged in the warehouse',
  FOUND: 'Found',
  LOST: 'Lost',
  OTHER: 'Other (say what in the note)',
};

export const ADJUSTMENT_REASONS = Object.values(StockAdjustmentReason).map((value) => ({
  value,
  label: REASON_LABELS[value],
}));

/** The API's bounds for one delta (AdjustStockInput). */
export const MAX_DELTA = 1_000_000;
export const MAX_NOTE_LENGTH = 1000;

function reasonOf(value: string): StockAdjustmentReason | null {
  return ADJUSTMENT_REASONS.find((reason) => reason.value === value)?.value ?? null;
}

function parseDelta(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[-+]?\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Math.abs(value) <= MAX_DELTA ? value : null;
}

export interface CurrentLevel {
  readonly sellable: number;
  readonly quarantine: number;
}

/** The API's rules, checked before sending: whole numbers, not both zero, no level below zero. */
export function validateAdjustStock(
  values: AdjustStockValues,
  level: CurrentLevel,
): FieldErrors<AdjustStockField> {
  const errors: Partial<Record<AdjustStockField, string>> = {};
  const sellable = parseDelta(values.sellableDelta);
  const quarantine = parseDelta(values.quarantineDelta);
  const range = `a whole number from −${MAX_DELTA.toLocaleString('en-US')} to ${MAX_DELTA.toLocaleString('en-US')}`;
  if (sellable === null) errors.sellableDelta = `Enter ${range}.`;
  else if (level.sellable + sellable < 0)
    errors.sellableDelta = `Only ${level.sellable} sellable: the change cannot go below zero.`;
  if (quarantine === null) errors.quarantineDelta = `Enter ${range}.`;
  else if (level.quarantine + quarantine < 0)
    errors.quarantineDelta = `Only ${level.quarantine} in quarantine: the change cannot go below zero.`;
  if (sellable === 0 && quarantine === 0)
    errors.sellableDelta = 'Change sellable or quarantine units by at least one.';
  if (reasonOf(values.reason) === null) errors.reason = 'Choose why the stock changes.';
  if (values.reason === 'OTHER' && values.note.trim() === '')
    errors.note = 'Say what happened: a note is required with “Other”.';
  if (values.note.length > MAX_NOTE_LENGTH)
    errors.note = `Keep the note under ${MAX_NOTE_LENGTH} characters.`;
  return errors;
}

/** The mutation input of valid values; call only when validateAdjustStock found nothing. */
export function toAdjustStockInput(
  values: AdjustStockValues,
  target: { readonly skuId: string; readonly locationId: string },
): AdjustStockInput {
  const note = values.note.trim();
  return {
    skuId: target.skuId,
    locationId: target.locationId,
    sellableDelta: Number(values.sellableDelta.trim()),
    quarantineDelta: Number(values.quarantineDelta.trim()),
    reason: reasonOf(values.reason) ?? 'OTHER',
    ...(note === '' ? {} : { note }),
  };
}
