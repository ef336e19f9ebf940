import {
  defaultDisposition,
  firstResponseClock,
  inspectedFault,
  refundClock,
  RETURN_MACHINE,
  userActor,
  type Disposition,
  type Fault,
  type InspectionGrade,
  type ReasonCode,
  type ReturnEvent,
  type ReturnStatus,
} from '@rebound/domain';

export { reasonFault } from '@rebound/domain';

/** A demo return's history: the events it went through, and the reasons its lines may carry. */
export interface DemoPath {
  events: readonly ReturnEvent[];
  reasons: readonly ReasonCode[];
  /** How many demo returns take this path. */
  count: number;
  /** Requested after the window and authorized by an override with a written reason. */
  lateRequest?: boolean;
}

const CUSTOMER_REASONS: readonly ReasonCode[] = [
  'NO_LONGER_NEEDED',
  'WRONG_SIZE_SMALL',
  'BETTER_PRICE',
  'ACCIDENTAL_ORDER',
];
const SELLER_SIDE_REASONS: readonly ReasonCode[] = [
  'DEFECTIVE',
  'MISSING_PARTS',
  'NOT_AS_DESCRIBED',
  'DAMAGED_IN_TRANSIT',
  'WRONG_ITEM',
];
const ANY_REASON: readonly ReasonCode[] = [...CUSTOMER_REASONS, ...SELLER_SIDE_REASONS];
const TO_WAREHOUSE: readonly ReturnEvent[] = ['authorize', 'issueLabel', 'scan', 'receive'];

/** One path per lifecycle state (and two ways to complete), in a fixed order. */
export const DEMO_PATHS: readonly DemoPath[] = [
  { events: [], reasons: ANY_REASON, count: 4 },
  { events: ['authorize'], reasons: ANY_REASON, count: 3 },
  { events: ['reject'], reasons: CUSTOMER_REASONS, count: 3 },
  { events: ['cancel'], reasons: CUSTOMER_REASONS, count: 3 },
  { events: ['authorize', 'issueLabel'], reasons: ANY_REASON, count: 5 },
  { events: ['authorize', 'issueLabel', 'scan'], reasons: ANY_REASON, count: 3 },
  {
    events: ['authorize', 'issueLabel', 'scan'],
    reasons: SELLER_SIDE_REASONS,
    count: 1,
    lateRequest: true,
  },
  { events: TO_WAREHOUSE, reasons: SELLER_SIDE_REASONS, count: 4 },
  { events: [...TO_WAREHOUSE, 'inspect'], reasons: ANY_REASON, count: 3 },
  { events: [...TO_WAREHOUSE, 'inspect', 'resolve'], reasons: CUSTOMER_REASONS, count: 9 },
  { events: [...TO_WAREHOUSE, 'inspect', 'resolve'], reasons: SELLER_SIDE_REASONS, count: 7 },
];

const SUPPORT = userActor('demo-support', ['SUPPORT']);
const WAREHOUSE = userActor('demo-warehouse', ['WAREHOUSE']);
const HOUR = 3_600_000;
const WAREHOUSE_EVENTS: readonly ReturnEvent[] = ['scan', 'receive', 'inspect'];

/** What the return's row says once its history has been walked. */
export interface DemoHistory {
  status: ReturnStatus;
  authorizedAt: Date | null;
  receivedAt: Date | null;
  completedAt: Date | null;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date;
  refundDueAt: Date | null;
  resolution: 'REPLACEMENT' | null;
}

/** One transition of the walk, for the timeline. */
export interface DemoStep {
  event: ReturnEvent;
  from: ReturnStatus;
  to: ReturnStatus;
  at: Date;
  byWarehouse: boolean;
}

function fire(status: ReturnStatus, event: ReturnEvent): ReturnStatus {
  const result = (() => {
    switch (event) {
      case 'reject':
        return RETURN_MACHINE.fire(status, event, SUPPORT, {
          declineReason: 'ITEM_NOT_ELIGIBLE',
          note: null,
        });
      case 'inspect':
        return RETURN_MACHINE.fire(status, event, WAREHOUSE, { ungradedLineIds: [] });
      case 'resolve':
        return RETURN_MACHINE.fire(status, event, SUPPORT, {
          resolution: 'REPLACEMENT',
          replacementOrderId: 'demo',
        });
      case 'scan':
      case 'receive':
        return RETURN_MACHINE.fire(status, event, WAREHOUSE);
      case 'authorize':
      case 'cancel':
      case 'issueLabel':
        return RETURN_MACHINE.fire(status, event, SUPPORT);
      case 'resolveReturnless':
      case 'expire':
        throw new Error(`the demo does not use ${event}`);
    }
  })();
  if (!result.ok) throw new Error(`demo history broke the return machine: ${result.error.message}`);
  return result.value.to;
}

/**
 * Walks a demo return through the return state machine, so that every seeded status is one the
 * machine can reach, with timestamps a day or two apart.
 */
export function walkDemoReturn(
  events: readonly ReturnEvent[],
  requestedAt: Date,
): { history: DemoHistory; steps: DemoStep[] } {
  let status: ReturnStatus = RETURN_MACHINE.initial;
  let clock = requestedAt.getTime();
  const steps: DemoStep[] = [];
  const history: DemoHistory = {
    status,
    authorizedAt: null,
    receivedAt: null,
    completedAt: null,
    firstResponseAt: null,
    firstResponseDueAt: firstResponseClock(requestedAt).dueAt,
    refundDueAt: null,
    resolution: null,
  };
  for (const event of events) {
    clock += (event === 'authorize' ? 5 : 30) * HOUR;
    const at = new Date(clock);
    const from = status;
    status = fire(status, event);
    steps.push({ event, from, to: status, at, byWarehouse: WAREHOUSE_EVENTS.includes(event) });
    history.firstResponseAt ??= at;
    if (event === 'authorize') history.authorizedAt = at;
    if (event === 'resolve') history.resolution = 'REPLACEMENT';
    if (event === 'receive') {
      history.receivedAt = at;
      const refundDue = refundClock(at);
      if (!refundDue.ok) throw new Error(refundDue.error.message);
      history.refundDueAt = refundDue.value.dueAt;
    }
    if (RETURN_MACHINE.isTerminal(status)) history.completedAt = at;
  }
  history.status = status;
  return { history, steps };
}

/** A plausible inspection of a demo line: customer-fault items mostly come back fine. */
export function inspectDemoLine(
  reasonCode: ReasonCode,
  random: () => number,
): { grade: InspectionGrade; fault: Fault; disposition: Disposition } {
  const customerGrades: readonly InspectionGrade[] = [
    'NEW',
    'LIKE_NEW',
    'OPENED',
    'DAMAGED_BY_CUSTOMER',
  ];
  const sellerSideGrades: readonly InspectionGrade[] = [
    'DEFECTIVE',
    'DEFECTIVE',
    'OPENED',
    'DAMAGED_BY_CUSTOMER',
  ];
  const grades = CUSTOMER_REASONS.includes(reasonCode) ? customerGrades : sellerSideGrades;
  const grade = grades[Math.floor(random() * grades.length)] ?? 'NEW';
  const fault = inspectedFault({ reasonCode, grade, faultOverride: null });
  return { grade, fault, disposition: defaultDisposition(grade, fault) };
}
