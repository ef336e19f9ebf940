import type { SkuEntity } from '../modules/catalog/sku.entity';
import type { CustomerEntity } from '../modules/orders/customer.entity';
import type { OrderLineEntity } from '../modules/orders/order-line.entity';
import type { OrderEntity } from '../modules/orders/order.entity';
import type { LocationEntity } from '../modules/suppliers/location.entity';
import type { SupplierEntity } from '../modules/suppliers/supplier.entity';
import { DEMO_CUSTOMER_NAMES, DEMO_SUPPLIERS, RETURNS_CENTRE } from './demo-data';
import { demoId, seededRandom } from './demo-ids';
import { DEMO_PATHS } from './demo-lifecycle';
import { planDemoReturn, type DemoReturnRows, type Row } from './demo-returns';

export interface DemoPlan extends DemoReturnRows {
  suppliers: Row<SupplierEntity>[];
  locations: Row<LocationEntity>[];
  skus: Row<SkuEntity>[];
  customers: Row<CustomerEntity>[];
  orders: Row<OrderEntity>[];
  orderLines: Row<OrderLineEntity>[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ORDER_COUNT = 96;
const TAX_RATE_BASIS_POINTS = 825;

function amazonOrderId(random: () => number): string {
  const digits = (count: number): string =>
    Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  return `11${Math.floor(random() * 4)}-${digits(7)}-${digits(7)}`;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Plans every row of the demo business, deterministic except for dates relative to `now`. */
export function planDemoBusiness(now: Date): DemoPlan {
  const random = seededRandom(20261126);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 15);

  const suppliers = DEMO_SUPPLIERS.map((supplier) => ({
    id: demoId('supplier', supplier.code),
    code: supplier.code,
    name: supplier.name,
    contactEmail: supplier.contactEmail,
    returnWindowDays: supplier.returnWindowDays,
    claimTermsDays: 30,
  }));
  const locations: Row<LocationEntity>[] = [
    {
      id: demoId('location', RETURNS_CENTRE.code),
      kind: 'RETURNS_CENTRE',
      supplierId: null,
      addressLine2: null,
      ...RETURNS_CENTRE,
    },
    ...DEMO_SUPPLIERS.map((supplier) => ({
      id: demoId('location', supplier.code),
      code: `${supplier.code}-WH`,
      name: `${supplier.name} returns warehouse`,
      kind: 'SUPPLIER_WAREHOUSE' as const,
      supplierId: demoId('supplier', supplier.code),
      addressLine2: null,
      ...supplier.warehouse,
    })),
  ];
  const skus = DEMO_SUPPLIERS.flatMap((supplier) =>
    supplier.products.map(([name, priceMinor, unitCostMinor], index) => ({
      id: demoId('sku', `${supplier.code}-${index}`),
      code: `HP-${supplier.code}-${String(index + 1).padStart(3, '0')}`,
      asin: `B0${demoId('asin', `${supplier.code}-${index}`).replace(/-/g, '').slice(0, 8).toUpperCase()}`,
      name,
      category: supplier.category,
      supplierId: demoId('supplier', supplier.code),
      currency: 'USD',
      unitCostMinor,
      priceMinor,
    })),
  );
  const customers = DEMO_CUSTOMER_NAMES.map((name) => ({
    id: demoId('customer', name),
    name,
    email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
  }));

  // Paths interleaved, so that neighbouring orders are in different states.
  const returnPaths = DEMO_PATHS.flatMap((path) =>
    Array.from({ length: path.count }, (_, copy) => ({ path, copy })),
  )
    .sort((a, b) => a.copy - b.copy)
    .map(({ path }) => path);
  const orders: Row<OrderEntity>[] = [];
  const orderLines: Row<OrderLineEntity>[] = [];
  const planned: DemoReturnRows = {
    returns: [],
    returnLines: [],
    inspections: [],
    returnEvents: [],
    labels: [],
    scans: [],
  };

  for (let index = 0; index < ORDER_COUNT; index += 1) {
    const path = returnPaths[index];
    // Orders with returns are placed so that the whole return history fits before today.
    const requestedAt =
      today - ((path?.events.length ?? 0) * 2 + 1 + Math.floor(random() * 12)) * DAY;
    const deliveredAt =
      requestedAt -
      (2 + Math.floor(random() * (path?.lateRequest === true ? 3 : 20))) * DAY -
      (path?.lateRequest === true ? 40 * DAY : 0);
    const orderedAt = deliveredAt - (3 + Math.floor(random() * 5)) * DAY;
    const order = {
      id: demoId('order', index),
      channel: 'AMAZON_US',
      externalId: amazonOrderId(random),
      customerId: pick(random, customers).id,
      currency: 'USD',
      orderedAt: new Date(orderedAt),
      deliveredAt: path === undefined && index % 9 === 0 ? null : new Date(deliveredAt),
    };
    orders.push(order);
    const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, lineIndex) => {
      const sku = pick(random, skus);
      const quantity = 1 + Math.floor(random() * 3);
      return {
        id: demoId('order-line', `${index}-${lineIndex}`),
        orderId: order.id,
        lineNo: lineIndex + 1,
        skuId: sku.id,
        quantity,
        unitPriceMinor: sku.priceMinor,
        taxMinor: Math.round((sku.priceMinor * quantity * TAX_RATE_BASIS_POINTS) / 10_000),
        shippingMinor: lineIndex === 0 ? 599 : 0,
      };
    });
    orderLines.push(...lines);
    if (path === undefined) continue;

    const rows = planDemoReturn({
      rmaSequence: 1001 + planned.returns.length,
      path,
      order,
      lines,
      skus,
      locations,
      requestedAt: new Date(requestedAt),
      random,
      supportUserId: demoId('user', 'support@harborpine.test'),
      warehouseUserId: demoId('user', 'warehouse@harborpine.test'),
    });
    planned.returns.push(...rows.returns);
    planned.returnLines.push(...rows.returnLines);
    planned.inspections.push(...rows.inspections);
    planned.returnEvents.push(...rows.returnEvents);
    planned.labels.push(...rows.labels);
    planned.scans.push(...rows.scans);
  }
  return { suppliers, locations, skus, customers, orders, orderLines, ...planned };
}
