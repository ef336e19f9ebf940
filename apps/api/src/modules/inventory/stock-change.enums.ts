import { enumFromList } from '../../common/graphql/enum-from-list';

export const STOCK_ADJUSTMENT_REASONS = [
  'CYCLE_COUNT',
  'FOUND',
  'LOST',
  'DAMAGED_IN_WAREHOUSE',
  'OTHER',
] as const;
export type StockAdjustmentReason = (typeof STOCK_ADJUSTMENT_REASONS)[number];

export const StockAdjustmentReasonEnum = enumFromList(
  STOCK_ADJUSTMENT_REASONS,
  'StockAdjustmentReason',
  'Why warehouse staff corrected a stock level.',
  {
    CYCLE_COUNT: 'A physical count found a different number than the level.',
    FOUND: 'Units turned up that were not on the books.',
    LOST: 'Units on the books cannot be found.',
    DAMAGED_IN_WAREHOUSE: 'Units were damaged in the warehouse (e.g. moved to quarantine).',
    OTHER: 'Anything else; a note saying what happened is required.',
  },
);

export const STOCK_BUCKETS = ['SELLABLE', 'QUARANTINE'] as const;
export type StockBucket = (typeof STOCK_BUCKETS)[number];

export const StockBucketEnum = enumFromList(
  STOCK_BUCKETS,
  'StockBucket',
  'Which part of a stock level units are taken from.',
  { SELLABLE: 'Units that could be sold.', QUARANTINE: 'Units set aside in quarantine.' },
);
