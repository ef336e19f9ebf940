import {
  defineMachine,
  err,
  ok,
  ROLES,
  type ActorRole,
  type Result,
  type Role,
} from '@rebound/domain';
import { SUPPLIER_CLAIM_STATUSES, type SupplierClaimStatus } from './supplier-claim.entity';

/** Accepting needs what was claimed and what the supplier credits, both in minor units. */
export interface AcceptContext {
  readonly claimed: number;
  readonly credited: number;
}

/** Rejecting needs the supplier's reason. */
export interface RejectContext {
  readonly reason: string;
}

/** The context each claim event's guard needs (`undefined`: none). */
export type SupplierClaimEventContexts = {
  submit: undefined;
  accept: AcceptContext;
  reject: RejectContext;
};

/** One of the claim machine's events. */
export type SupplierClaimEvent = keyof SupplierClaimEventContexts;

/** Recovering money from suppliers is finance's work; admins may do anything. */
const FINANCE_DESK: readonly ActorRole[] = ['FINANCE', 'ADMIN'];

/**
 * A supplier credits at most what was claimed and never less than nothing. Refusals name the
 * input field they come from (`path`), so the API can report them as bad input.
 */
export function requireCreditWithinClaim(context: AcceptContext): Result<AcceptContext> {
  const { claimed, credited } = context;
  if (!Number.isSafeInteger(credited) || credited < 0) {
    return err('INVALID_AMOUNT', 'must be a whole number of minor units ≥ 0', {
      path: 'input.credited',
      credited,
    });
  }
  if (credited > claimed) {
    return err('AMOUNT_OUT_OF_RANGE', `must not exceed the ${claimed} claimed`, {
      path: 'input.credited',
      credited,
      claimed,
    });
  }
  return ok(context);
}

/** A rejected claim records the supplier's reason. */
export function requireRejectionReason(context: RejectContext): Result<RejectContext> {
  if (context.reason.trim() === '') {
    return err('DECLINE_NOTE_REQUIRED', "must give the supplier's reason", {
      path: 'input.reason',
    });
  }
  return ok(context);
}

/**
 * The supplier recovery lifecycle of DESIGN §2 (OPEN → SUBMITTED → ACCEPTED | REJECTED), as a
 * table checked at module load by the domain's defineMachine.
 * @example SUPPLIER_CLAIM_MACHINE.fire('SUBMITTED', 'accept', finance, { claimed: 4850, credited: 4200 }) // ok({ to: 'ACCEPTED', … })
 */
export const SUPPLIER_CLAIM_MACHINE = defineMachine<
  SupplierClaimStatus,
  SupplierClaimEventContexts
>({
  name: 'supplier claim',
  states: SUPPLIER_CLAIM_STATUSES,
  initial: 'OPEN',
  terminal: ['ACCEPTED', 'REJECTED'],
  events: {
    submit: [{ from: 'OPEN', to: 'SUBMITTED', roles: FINANCE_DESK }],
    accept: [
      { from: 'SUBMITTED', to: 'ACCEPTED', roles: FINANCE_DESK, guard: requireCreditWithinClaim },
    ],
    reject: [
      { from: 'SUBMITTED', to: 'REJECTED', roles: FINANCE_DESK, guard: requireRejectionReason },
    ],
  },
});

/** Claims still waiting for the supplier: what they owe counts as outstanding. */
export const OUTSTANDING_CLAIM_STATUSES = SUPPLIER_CLAIM_STATUSES.filter(
  (status) => !SUPPLIER_CLAIM_MACHINE.isTerminal(status),
);

/**
 * The user roles the claim machine allows to fire `event`, so that the resolvers' @Allow
 * always says what the machine says.
 * @example claimRoles('accept') // ['ADMIN', 'FINANCE']
 */
export function claimRoles(event: SupplierClaimEvent): [Role, ...Role[]] {
  const allowed = new Set(
    SUPPLIER_CLAIM_MACHINE.transitions
      .filter((row) => row.event === event)
      .flatMap((row) => row.roles),
  );
  const [first, ...rest] = ROLES.filter((role) => allowed.has(role));
  if (first === undefined) throw new Error(`no user role may ${event} a supplier claim`);
  return [first, ...rest];
}

/** Who reads claims and supplier balances: whoever may work them. */
export const CLAIM_READERS = claimRoles('submit');
