import { DISPOSITIONS } from '@rebound/domain';
import { enumFromList } from '../../common/graphql/enum-from-list';

export const DispositionEnum = enumFromList(
  DISPOSITIONS,
  'Disposition',
  'Where the units of an inspected line go; applied to stock when inspection completes.',
  {
    RESTOCK: 'Back to sellable stock at the receiving location.',
    REFURBISH: 'Into quarantine at the receiving location, to be refurbished.',
    RETURN_TO_SUPPLIER: 'Sent back to the supplier (a RETURN_TO_SUPPLIER stock movement).',
    DISPOSE: 'Written off (a WRITE_OFF stock movement); nothing becomes sellable.',
    HOLD: 'Nothing moves: a wrong or missing item waits for support to resolve it.',
  },
);
