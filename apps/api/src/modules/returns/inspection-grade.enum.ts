import { INSPECTION_GRADES } from '@rebound/domain';
import { enumFromList } from '../../common/graphql/enum-from-list';

export const InspectionGradeEnum = enumFromList(
  INSPECTION_GRADES,
  'InspectionGrade',
  'The condition the warehouse found a returned line in; it decides the default disposition and the restocking fee.',
  {
    NEW: 'Unopened, as sold. Default disposition RESTOCK.',
    LIKE_NEW: 'Opened but indistinguishable from new. Default disposition RESTOCK.',
    OPENED: 'Opened or used; needs refurbishing. Default disposition REFURBISH (quarantine).',
    DAMAGED_BY_CUSTOMER:
      'Damaged while with the customer; the fault becomes CUSTOMER. Default disposition DISPOSE.',
    DEFECTIVE:
      'Does not work. Default RETURN_TO_SUPPLIER when the fault is SUPPLIER, DISPOSE otherwise.',
    WRONG_ITEM_RETURNED: 'Not what we sent. The line is held (HOLD) until support resolves it.',
    MISSING: 'The parcel arrived without it. The line is held (HOLD) until support resolves it.',
  },
);
