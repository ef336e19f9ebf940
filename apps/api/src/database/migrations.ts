import type { MigrationInterface } from 'typeorm';
import { Foundation1795686960491 } from './migrations/1795686960491-Foundation';
import { ReturnsLifecycle1795687474214 } from './migrations/1795687474214-ReturnsLifecycle';
import { ReturnsList1795688638726 } from './migrations/1795688638726-ReturnsList';
import { Refunds1795690130427 } from './migrations/1795690130427-Refunds';
import { AnalyticsRollups1795700000000 } from './migrations/1795700000000-AnalyticsRollups';
import { RefundSupplierParts1795700100000 } from './migrations/1795700100000-RefundSupplierParts';
import { AmazonReports1795695716381 } from './migrations/1795695716381-AmazonReports';
import { AmazonReasonMappings1795700116318 } from './migrations/1795700116318-AmazonReasonMappings';

/** Every migration, oldest first; both databases run exactly these at start. */
export const migrations: (new () => MigrationInterface)[] = [
  Foundation1795686960491,
  ReturnsLifecycle1795687474214,
  ReturnsList1795688638726,
  Refunds1795690130427,
  AmazonReports1795695716381,
  AnalyticsRollups1795700000000,
  RefundSupplierParts1795700100000,
  AmazonReasonMappings1795700116318,
];
