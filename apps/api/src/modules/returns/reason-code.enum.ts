import { REASON_CATALOGUE, REASON_CODES, type ReasonCode } from '@rebound/domain';
import { enumFromList } from '../../common/graphql/enum-from-list';

const amazonWording = Object.fromEntries(
  REASON_CODES.map((code) => {
    const reason = REASON_CATALOGUE[code];
    return [code, `"${reason.amazonReason}" (Amazon) — ${reason.fault} fault.`];
  }),
) as Record<ReasonCode, string>;

export const ReasonCodeEnum = enumFromList(
  REASON_CODES,
  'ReasonCode',
  "Why the customer returns a line: Amazon's 22 published return reasons. Each maps to a fault (see each value's description).",
  amazonWording,
);
