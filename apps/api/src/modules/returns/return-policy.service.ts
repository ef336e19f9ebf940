import {
  CURRENCY_CODES,
  DEFAULT_RETURN_POLICY,
  FIRST_RESPONSE_HOURS,
  REFUND_BUSINESS_DAYS,
  returnlessThreshold,
  type ReturnPolicy,
} from '@rebound/domain';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { SupplierEntity } from '../suppliers/supplier.entity';
import type { ReturnPolicyType } from './return-policy.type';

/**
 * The policy in force: the domain's defaults, with each supplier's own return window (set on
 * the supplier) as a SUPPLIER window override. Limited to `supplierIds` when given.
 */
export async function returnPolicyInForce(
  manager: EntityManager,
  supplierIds?: readonly string[],
): Promise<ReturnPolicy> {
  if (supplierIds?.length === 0) return DEFAULT_RETURN_POLICY;
  const suppliers = await manager.find(SupplierEntity, {
    select: { id: true, returnWindowDays: true },
    where: {
      returnWindowDays: Not(IsNull()),
      ...(supplierIds === undefined ? {} : { id: In([...supplierIds]) }),
    },
    order: { code: 'ASC' },
  });
  return {
    ...DEFAULT_RETURN_POLICY,
    windowOverrides: suppliers.flatMap((supplier) =>
      supplier.returnWindowDays === null
        ? []
        : [{ scope: 'SUPPLIER' as const, id: supplier.id, days: supplier.returnWindowDays }],
    ),
  };
}

/** The policy as the API shows it, with the returnless threshold of every supported currency. */
export function toReturnPolicyType(policy: ReturnPolicy): ReturnPolicyType {
  return {
    windowDays: policy.windowDays,
    windowOverrides: policy.windowOverrides.map((override) => ({ ...override })),
    holidayExtension: policy.holidayExtension,
    timeZone: policy.timeZone,
    overrideReasonMinLength: policy.overrideReasonMinLength,
    returnlessThresholds: CURRENCY_CODES.map((currency) => ({
      currency,
      amount: returnlessThreshold(currency, policy),
    })),
    firstResponseHours: FIRST_RESPONSE_HOURS,
    refundBusinessDays: REFUND_BUSINESS_DAYS,
  };
}
