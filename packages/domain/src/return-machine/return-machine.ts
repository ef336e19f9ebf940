import type { ActorRole } from '../actors/actor';
import { defineMachine } from '../fsm/define-machine';
import {
  requireDeclineNote,
  requireEveryLineGraded,
  requireLabelExpired,
  requireResolutionDone,
  requireReturnlessRefundIssued,
  type DeclineContext,
  type InspectionContext,
  type LabelExpiryContext,
  type ResolutionContext,
  type ReturnlessResolutionContext,
} from './return-guards';
import { RETURN_STATUSES, TERMINAL_RETURN_STATUSES, type ReturnStatus } from './return-status';

/** The context each return event's guard needs (`undefined`: none). */
export type ReturnEventContexts = {
  authorize: undefined;
  reject: DeclineContext;
  cancel: undefined;
  issueLabel: undefined;
  resolveReturnless: ReturnlessResolutionContext;
  scan: undefined;
  receive: undefined;
  inspect: InspectionContext;
  resolve: ResolutionContext;
  expire: LabelExpiryContext;
};

/** One of the return machine's events. */
export type ReturnEvent = keyof ReturnEventContexts;

const SUPPORT_DESK: readonly ActorRole[] = ['SUPPORT', 'ADMIN'];
const WAREHOUSE_FLOOR: readonly ActorRole[] = ['WAREHOUSE', 'ADMIN'];
/** Carrier tracking updates arrive without a person behind them. */
const SCANNERS: readonly ActorRole[] = ['WAREHOUSE', 'ADMIN', 'SYSTEM'];
/** Completion follows the refund or replacement automatically. */
const RESOLVERS: readonly ActorRole[] = ['SUPPORT', 'ADMIN', 'SYSTEM'];
const SCHEDULER: readonly ActorRole[] = ['SYSTEM', 'ADMIN'];

/**
 * The return (RMA) lifecycle of DESIGN §2. Checked at module load.
 * @example RETURN_MACHINE.fire('REQUESTED', 'authorize', userActor('u-1', ['SUPPORT'])) // ok({ to: 'AUTHORIZED', … })
 */
export const RETURN_MACHINE = defineMachine<ReturnStatus, ReturnEventContexts>({
  name: 'return',
  states: RETURN_STATUSES,
  initial: 'REQUESTED',
  terminal: TERMINAL_RETURN_STATUSES,
  events: {
    authorize: [{ from: 'REQUESTED', to: 'AUTHORIZED', roles: SUPPORT_DESK }],
    reject: [{ from: 'REQUESTED', to: 'REJECTED', roles: SUPPORT_DESK, guard: requireDeclineNote }],
    cancel: [
      { from: 'REQUESTED', to: 'CANCELLED', roles: SUPPORT_DESK },
      { from: 'AUTHORIZED', to: 'CANCELLED', roles: SUPPORT_DESK },
    ],
    issueLabel: [{ from: 'AUTHORIZED', to: 'LABEL_ISSUED', roles: SUPPORT_DESK }],
    resolveReturnless: [
      {
        from: 'AUTHORIZED',
        to: 'COMPLETED',
        roles: RESOLVERS,
        guard: requireReturnlessRefundIssued,
      },
    ],
    scan: [{ from: 'LABEL_ISSUED', to: 'IN_TRANSIT', roles: SCANNERS }],
    receive: [
      { from: 'LABEL_ISSUED', to: 'RECEIVED', roles: WAREHOUSE_FLOOR },
      { from: 'IN_TRANSIT', to: 'RECEIVED', roles: WAREHOUSE_FLOOR },
    ],
    inspect: [
      { from: 'RECEIVED', to: 'INSPECTED', roles: WAREHOUSE_FLOOR, guard: requireEveryLineGraded },
    ],
    resolve: [
      { from: 'INSPECTED', to: 'COMPLETED', roles: RESOLVERS, guard: requireResolutionDone },
    ],
    expire: [
      { from: 'LABEL_ISSUED', to: 'CANCELLED', roles: SCHEDULER, guard: requireLabelExpired },
    ],
  },
});
