import { createReturn, type FixtureReturn } from './label-fixtures';
import {
  issueLabel,
  startLabelTestbed,
  type LabelAnswer,
  type LabelTestbed,
} from './label-testbed';
import { readPdfPages } from './read-pdf-text';

let bed: LabelTestbed;
let supplierReturn: FixtureReturn;
let supplierLabel: LabelAnswer;

beforeAll(async () => {
  bed = await startLabelTestbed();
  const { world } = bed;
  supplierReturn = await createReturn(bed.database.dataSource, world, [
    { sku: world.acmeKettle, reason: 'DEFECTIVE' },
  ]);
  supplierLabel = await issueLabel(bed.support, supplierReturn.returnId);
});

afterAll(async () => {
  await bed.close();
});

const download = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${bed.server.url}${path}`, { headers });

describe('GET /labels/<id>.pdf', () => {
  test('a signed-in user downloads a printable 4×6 inch PDF, shown inline and never cached', async () => {
    const response = await download(supplierLabel.downloadUrl, bed.warehouse.headers);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="${supplierReturn.rmaNumber}-label.pdf"`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await readPdfPages(pdf);
    expect(pages.map(({ width, height }) => ({ width, height }))).toEqual([
      { width: 288, height: 432 },
    ]);
  });

  test('the label reads the RMA number, the order number, the tracking number and the return address', async () => {
    const response = await download(supplierLabel.downloadUrl, bed.finance.headers);
    const [page] = await readPdfPages(Buffer.from(await response.arrayBuffer()));
    const text = page?.text ?? '';

    expect(text).toContain(supplierReturn.rmaNumber);
    expect(text).toContain(supplierReturn.orderNumber);
    expect(text).toContain(supplierLabel.trackingNumber);
    for (const line of [
      'Acme Returns Dock',
      '77 Foundry Road',
      'Dock 4',
      'Columbus, OH 43215',
      'US',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain('UPS Ground Returns');
    expect(text).toContain(`FROM: Jane Customer, order ${supplierReturn.orderNumber}`);
    expect(text).toContain('Postage paid by seller');
    expect(text).toContain(`Expires ${supplierLabel.expiresAt.slice(0, 10)}`);
  });

  test('a customer-paid label says the return shipping is deducted from the refund', async () => {
    const { world } = bed;
    const rma = await createReturn(bed.database.dataSource, world, [
      { sku: world.acmeKettle, reason: 'NO_LONGER_NEEDED' },
    ]);
    const label = await issueLabel(bed.support, rma.returnId);
    const response = await download(label.downloadUrl, bed.support.headers);
    const [page] = await readPdfPages(Buffer.from(await response.arrayBuffer()));
    expect(page?.text).toContain('Return shipping deducted from refund (6.50 USD)');
    expect(page?.text).toContain('Harbor & Pine Returns Centre');
  });

  test('an integration downloads with its API token', async () => {
    const { createApiToken } = await bed.warehouse.data<{ createApiToken: { secret: string } }>(
      'mutation { createApiToken(input: { name: "label printer" }) { secret } }',
    );
    const response = await download(supplierLabel.downloadUrl, {
      authorization: `Bearer ${createApiToken.secret}`,
    });
    expect(response.status).toBe(200);
  });

  test('an anonymous caller gets 401 UNAUTHENTICATED, even for a label that exists', async () => {
    const response = await download(supplierLabel.downloadUrl);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  test('an unknown or malformed label id is 404 NOT_FOUND', async () => {
    for (const path of [
      '/labels/00000000-0000-4000-8000-000000000000.pdf',
      '/labels/not-a-label.pdf',
      `/labels/${supplierLabel.id}.png`,
      `/labels/${supplierLabel.id}`,
    ]) {
      const response = await download(path, bed.support.headers);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });
});
