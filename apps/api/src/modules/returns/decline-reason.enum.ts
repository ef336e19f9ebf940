import { DECLINE_REASON_CODES, DECLINE_REASON_LABELS } from '@rebound/domain';
import { enumFromList } from '../../common/graphql/enum-from-list';

export const DeclineReasonEnum = enumFromList(
  DECLINE_REASON_CODES,
  'DeclineReason',
  'Why support declines a return request (rejectReturn) or a return at resolution (resolveReturn with DECLINE). OTHER needs a note.',
  DECLINE_REASON_LABELS,
);
