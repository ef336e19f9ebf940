import { describeAccessTable } from '../../../testing/access-table';

describeAccessTable('orders', [
  {
    operation: 'order',
    document: '{ order(id: "00000000-0000-4000-8000-000000000000") { id } }',
    allowed: 'signed-in',
  },
  {
    operation: 'orderByExternalId',
    document:
      '{ orderByExternalId(channel: "AMAZON_US", externalId: "114-1234567-1234567") { id } }',
    allowed: 'signed-in',
  },
  { operation: 'orders', document: '{ orders(first: 1) { nodes { id } } }', allowed: 'signed-in' },
  {
    operation: 'upsertOrder',
    document: `mutation { upsertOrder(input: {
      channel: "AMAZON_US", externalId: "114-1234567-1234567",
      customer: { email: "probe@example.com", name: "Probe" }, currency: "USD",
      orderedAt: "2025-03-01T10:00:00Z",
      lines: [{ lineNo: 1, skuCode: "NO-SUCH-SKU", quantity: 1, unitPrice: 100, tax: 0, shipping: 0 }]
    }) { created } }`,
    allowed: ['SUPPORT', 'ADMIN'],
  },
]);
