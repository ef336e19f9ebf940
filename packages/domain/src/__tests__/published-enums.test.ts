import { ACTOR_ROLES, ROLES } from '../actors/actor';
import {
  DEFAULT_APPROVAL_POLICY,
  DEFAULT_LARGE_REFUND_THRESHOLD_MAJOR_UNITS,
} from '../approval/large-refund';
import { fromEpochDay, toEpochDay } from '../calendar/local-date';
import { DISPOSITIONS, RETURN_STOCK_MOVEMENTS } from '../disposition/disposition';
import { HELD_GRADES, INSPECTION_GRADES } from '../disposition/inspection-grade';
import { MACHINE_PROBLEM_KINDS } from '../fsm/check-machine-definition';
import { DEFAULT_RETURNLESS_THRESHOLD_MAJOR_UNITS } from '../policy/return-policy';
import { RETURNLESS_REFUSALS } from '../policy/returnless';
import { DECLINE_REASON_CODES } from '../reasons/decline-reasons';
import { FAULTS } from '../reasons/fault';
import { REASON_CODES } from '../reasons/reason-catalogue';
import { RETURN_SHIPPING_PAYERS } from '../reasons/return-shipping-payer';
import { ISSUE_OUTCOMES, REFUND_STATUSES } from '../refund-machine/refund-status';
import { REFUND_LINE_NOTES } from '../refund-math/refund-types';
import { LABEL_EXPIRY_DAYS, RESOLUTIONS } from '../return-machine/return-guards';
import { RETURN_STATUSES } from '../return-machine/return-status';
import {
  DEFAULT_SLA_CALENDAR,
  FIRST_RESPONSE_HOURS,
  REFUND_BUSINESS_DAYS,
  SLA_KINDS,
} from '../sla/sla-clock';

/** The API builds GraphQL enums from these lists: their values are part of the contract. */
describe('published enum lists', () => {
  test.each<[string, readonly string[], readonly string[]]>([
    ['ROLES', ROLES, ['ADMIN', 'SUPPORT', 'WAREHOUSE', 'FINANCE']],
    ['ACTOR_ROLES', ACTOR_ROLES, ['ADMIN', 'SUPPORT', 'WAREHOUSE', 'FINANCE', 'SYSTEM']],
    ['FAULTS', FAULTS, ['CUSTOMER', 'SELLER', 'SUPPLIER', 'CARRIER']],
    [
      'INSPECTION_GRADES',
      INSPECTION_GRADES,
      [
        'NEW',
        'LIKE_NEW',
        'OPENED',
        'DAMAGED_BY_CUSTOMER',
        'DEFECTIVE',
        'WRONG_ITEM_RETURNED',
        'MISSING',
      ],
    ],
    ['HELD_GRADES', HELD_GRADES, ['WRONG_ITEM_RETURNED', 'MISSING']],
    [
      'DISPOSITIONS',
      DISPOSITIONS,
      ['RESTOCK', 'REFURBISH', 'RETURN_TO_SUPPLIER', 'DISPOSE', 'HOLD'],
    ],
    [
      'RETURN_STOCK_MOVEMENTS',
      RETURN_STOCK_MOVEMENTS,
      ['RETURN_RESTOCK', 'RETURN_QUARANTINE', 'RETURN_TO_SUPPLIER', 'WRITE_OFF'],
    ],
    [
      'RETURN_STATUSES',
      RETURN_STATUSES,
      [
        'REQUESTED',
        'AUTHORIZED',
        'LABEL_ISSUED',
        'IN_TRANSIT',
        'RECEIVED',
        'INSPECTED',
        'COMPLETED',
        'REJECTED',
        'CANCELLED',
      ],
    ],
    [
      'REFUND_STATUSES',
      REFUND_STATUSES,
      ['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'ISSUED', 'FAILED', 'REJECTED'],
    ],
    ['ISSUE_OUTCOMES', ISSUE_OUTCOMES, ['SUCCEEDED', 'FAILED']],
    ['RESOLUTIONS', RESOLUTIONS, ['REFUND', 'REPLACEMENT', 'DECLINE']],
    ['RETURN_SHIPPING_PAYERS', RETURN_SHIPPING_PAYERS, ['CUSTOMER', 'SELLER']],
    ['RETURNLESS_REFUSALS', RETURNLESS_REFUSALS, ['ABOVE_THRESHOLD', 'CUSTOMER_FAULT']],
    [
      'REFUND_LINE_NOTES',
      REFUND_LINE_NOTES,
      [
        'WRONG_ITEM_RETURNED_PENDING_RESOLUTION',
        'MISSING_PENDING_RESOLUTION',
        'NOTHING_LEFT_TO_REFUND',
        'CAPPED_AT_REMAINING',
      ],
    ],
    ['SLA_KINDS', SLA_KINDS, ['FIRST_RESPONSE', 'REFUND']],
    [
      'MACHINE_PROBLEM_KINDS',
      MACHINE_PROBLEM_KINDS,
      [
        'DUPLICATE_STATE',
        'UNDECLARED_STATE',
        'DUPLICATE_TRANSITION',
        'UNREACHABLE_STATE',
        'TERMINAL_STATE_HAS_EXIT',
        'DEAD_END_STATE',
        'NO_ROLES',
      ],
    ],
  ])('%s lists exactly its values', (_name, list, expected) => {
    expect(list).toEqual(expected);
  });

  test.each<[string, readonly string[]]>([
    ['REASON_CODES', REASON_CODES],
    ['DECLINE_REASON_CODES', DECLINE_REASON_CODES],
  ])('%s values are GraphQL-safe enum names', (_name, list) => {
    for (const value of list) expect(value).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
});

describe('published defaults from DESIGN', () => {
  test('labels expire after 30 days unused', () => {
    expect(LABEL_EXPIRY_DAYS).toBe(30);
  });

  test('first response within 24 hours, refund within 2 business days, counted in UTC by default', () => {
    expect([FIRST_RESPONSE_HOURS, REFUND_BUSINESS_DAYS]).toEqual([24, 2]);
    expect(DEFAULT_SLA_CALENDAR).toEqual({ timeZone: 'UTC', holidays: [] });
  });

  test('returnless up to 10.00 and approval from 500.00 in the order currency', () => {
    expect(DEFAULT_RETURNLESS_THRESHOLD_MAJOR_UNITS).toBe(10);
    expect(DEFAULT_LARGE_REFUND_THRESHOLD_MAJOR_UNITS).toBe(500);
    expect(DEFAULT_APPROVAL_POLICY).toEqual({ largeRefundThresholds: {} });
  });

  test('epoch days are plain calendar arithmetic', () => {
    expect(toEpochDay({ year: 1970, month: 1, day: 2 })).toBe(1);
    expect(fromEpochDay(20_089)).toEqual({ year: 2025, month: 1, day: 1 });
  });
});
