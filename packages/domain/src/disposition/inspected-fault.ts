import type { Fault } from '../reasons/fault';
import { reasonFault, type ReasonCode } from '../reasons/reason-catalogue';
import type { InspectionGrade } from './inspection-grade';

/** What inspection knows about a line when re-assessing its fault. */
export interface FaultAssessment {
  readonly reasonCode: ReasonCode;
  /** Null while the line is not inspected (a returnless refund is never inspected). */
  readonly grade: InspectionGrade | null;
  /** The inspector's explicit verdict, which always wins. */
  readonly faultOverride: Fault | null;
}

/**
 * The fault the refund uses: the inspector's override if any; CUSTOMER when the item came
 * back damaged by the customer, whatever the claimed reason; otherwise the reason's fault.
 * @example inspectedFault({ reasonCode: 'DEFECTIVE', grade: 'DAMAGED_BY_CUSTOMER', faultOverride: null }) // 'CUSTOMER'
 */
export function inspectedFault(assessment: FaultAssessment): Fault {
  if (assessment.faultOverride !== null) return assessment.faultOverride;
  if (assessment.grade === 'DAMAGED_BY_CUSTOMER') return 'CUSTOMER';
  return reasonFault(assessment.reasonCode);
}
