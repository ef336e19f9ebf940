import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { FBA_COLUMNS, FLAT_COLUMNS } from '../report-columns';

/** One flat-file row; anything not given gets a plausible value. */
export type FlatRow = Partial<Record<(typeof FLAT_COLUMNS)[number], string>> &
  Record<string, string>;

/** A complete, valid flat-file row for an approved return of one kettle. */
export function flatRow(overrides: FlatRow = {}): FlatRow {
  return {
    'Order ID': '114-0000001-0000001',
    'Order date': '2025-03-01T10:00:00+00:00',
    'Return request date': '2025-03-10T09:00:00+00:00',
    'Return request status': 'Approved',
    'Amazon RMA ID': 'DRMA0001',
    'Merchant RMA ID': '',
    'Label type': 'AmazonUnPaidLabel',
    'Label cost': '6.50',
    'Currency code': 'USD',
    'Return carrier': 'UPS',
    'Tracking ID': '',
    'Label to be paid by': 'Customer',
    'A-to-Z Claim': 'N',
    'Is prime': 'Y',
    ASIN: 'B000KETTLE',
    'Merchant SKU': 'AMZ-KETTLE',
    'Item Name': 'Kettle',
    'Return quantity': '1',
    'Return Reason': 'Defective or does not work properly',
    'In policy': 'Y',
    'Return type': 'C-Returns',
    Resolution: 'StandardRefund',
    'Invoice number': 'INV-1',
    'Return delivery date': '',
    'Order Amount': '99.98',
    'Order quantity': '2',
    'SafeT Action reason': '',
    'SafeT claim id': '',
    'SafeT claim state': '',
    'SafeT claim creation time': '',
    'SafeT claim reimbursement amount': '',
    'Refunded Amount': '',
    ...overrides,
  };
}

export type FbaRow = Partial<Record<(typeof FBA_COLUMNS)[number], string>> & Record<string, string>;

export function fbaRow(overrides: FbaRow = {}): FbaRow {
  return {
    'return-date': '2025-04-02T08:00:00+00:00',
    'order-id': '114-0000009-0000009',
    sku: 'AMZ-MUG',
    asin: 'B0000MUG00',
    fnsku: 'X000MUG',
    'product-name': 'Mug',
    quantity: '1',
    'fulfillment-center-id': 'PHX7',
    'detailed-disposition': 'SELLABLE',
    reason: 'UNWANTED_ITEM',
    status: 'Unit returned to inventory',
    'license-plate-number': 'LPN0001',
    'customer-comments': '',
    ...overrides,
  };
}

const quote = (value: string): string =>
  /["\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** Writes rows as a tab-separated report with the given header (its order is the file's). */
export function tsv(
  header: readonly string[],
  rows: readonly Record<string, string>[],
  options: { bom?: boolean; lineEnd?: string } = {},
): string {
  const lineEnd = options.lineEnd ?? '\n';
  const lines = [
    header.map(quote).join('\t'),
    ...rows.map((row) => header.map((column) => quote(row[column] ?? '')).join('\t')),
  ];
  return (options.bom === true ? '\uFEFF' : '') + lines.join(lineEnd) + lineEnd;
}

export const streamOf = (text: string): Readable => Readable.from([Buffer.from(text, 'utf8')]);

/** The catalogue the reports refer to: a USD kettle and mug, a EUR lamp, and a returns centre. */
export async function createAmazonCatalog(dataSource: DataSource): Promise<void> {
  const [supplier] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO suppliers (code, name, contact_email) VALUES ('AMZ', 'Supplier', 'ops@supplier.test')
     RETURNING id`,
  );
  await dataSource.query(
    `INSERT INTO locations (code, name, kind, address_line1, city, postal_code, country_code)
     VALUES ('RC-AMZ', 'Returns centre', 'RETURNS_CENTRE', '1 Dock Road', 'Reno', '89501', 'US')`,
  );
  const skus = [
    ['AMZ-KETTLE', 'B000KETTLE', 'Kettle', 'USD', 4999],
    ['AMZ-MUG', 'B0000MUG00', 'Mug', 'USD', 1299],
    ['AMZ-LAMP-EU', null, 'Lamp', 'EUR', 3900],
  ] as const;
  for (const [code, asin, name, currency, price] of skus) {
    await dataSource.query(
      `INSERT INTO skus (code, asin, name, category, supplier_id, currency, unit_cost_minor, price_minor)
       VALUES ($1, $2, $3, 'Kitchen', $4, $5, 1000, $6)`,
      [code, asin, name, supplier?.id, currency, price],
    );
  }
}

/** Tables an import may write, minus its own run bookkeeping: row count and a hash of the rows. */
export async function tableFingerprints(
  dataSource: DataSource,
): Promise<Record<string, { rows: number; hash: string }>> {
  const tables = await dataSource.query<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('migrations', 'amazon_import_runs')
     ORDER BY table_name`,
  );
  const result: Record<string, { rows: number; hash: string }> = {};
  for (const { table_name: name } of tables) {
    const [row] = await dataSource.query<{ rows: number; hash: string | null }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash
       FROM "${name}" t`,
    );
    result[name] = { rows: row?.rows ?? 0, hash: row?.hash ?? '' };
  }
  return result;
}
