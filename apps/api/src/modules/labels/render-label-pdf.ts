import { formatMoney, isCurrencyCode, type ReturnShippingPayer } from '@rebound/domain';
import { toBuffer } from 'bwip-js';
import PDFDocument from 'pdfkit';
import type { LabelAddress } from './return-label.entity';

/** Everything printed on a return label; the renderer reads nothing else. */
export interface LabelPrintData {
  carrier: string;
  service: string;
  trackingNumber: string;
  rmaNumber: string;
  /** The marketplace order number, e.g. Amazon 114-1234567-1234567. */
  orderNumber: string;
  channel: string;
  customerName: string;
  shipTo: LabelAddress;
  payer: ReturnShippingPayer;
  costMinor: number;
  currency: string;
  issuedAt: Date;
  expiresAt: Date;
}

/** A 4×6 inch thermal label, in PDF points. */
export const LABEL_SIZE = { width: 288, height: 432 } as const;

const MARGIN = 14;
const INNER = LABEL_SIZE.width - 2 * MARGIN;
const BOLD = 'Helvetica-Bold';
const REGULAR = 'Helvetica';

/** A Code 128 barcode as a black-on-white PNG, without human-readable text (printed separately). */
function code128(text: string): Promise<Buffer> {
  return toBuffer({ bcid: 'code128', text, scale: 3, height: 12, includetext: false });
}

const day = (instant: Date): string => instant.toISOString().slice(0, 10);

function payerLine(data: LabelPrintData): string {
  if (data.payer === 'SELLER') return 'Postage paid by seller';
  const cost = isCurrencyCode(data.currency)
    ? formatMoney({ amount: data.costMinor, currency: data.currency })
    : `${data.costMinor} ${data.currency}`;
  return `Return shipping deducted from refund (${cost})`;
}

function cityLine(address: LabelAddress): string {
  const regionPostal = [address.region, address.postalCode]
    .filter((part) => part !== null)
    .join(' ');
  return `${address.city}, ${regionPostal}`;
}

type Doc = PDFKit.PDFDocument;

function rule(doc: Doc, y: number, thickness: number): void {
  doc
    .lineWidth(thickness)
    .moveTo(MARGIN, y)
    .lineTo(LABEL_SIZE.width - MARGIN, y)
    .stroke();
}

function caption(doc: Doc, text: string, y: number): void {
  doc.font(BOLD).fontSize(7).fillColor('black').text(text, MARGIN, y);
}

function oneLine(doc: Doc, text: string, y: number, font: string, size: number): void {
  doc
    .font(font)
    .fontSize(size)
    .text(text, MARGIN, y, { width: INNER, lineBreak: false, ellipsis: true });
}

function drawHeader(doc: Doc, data: LabelPrintData): void {
  doc.rect(MARGIN, MARGIN, INNER, 44).fill('black');
  doc
    .fillColor('white')
    .font(BOLD)
    .fontSize(26)
    .text(data.carrier, MARGIN + 8, MARGIN + 10, { lineBreak: false });
  doc
    .font(BOLD)
    .fontSize(9)
    .text(data.service, MARGIN + 100, MARGIN + 11, { width: INNER - 108, align: 'right' });
  doc
    .font(REGULAR)
    .fontSize(8)
    .text('PREPAID RETURN LABEL', MARGIN + 100, MARGIN + 25, {
      width: INNER - 108,
      align: 'right',
    });
  doc.fillColor('black');
}

function drawFrom(doc: Doc, data: LabelPrintData): void {
  oneLine(doc, `FROM: ${data.customerName}, order ${data.orderNumber}`, 70, REGULAR, 9);
  rule(doc, 90, 1);
}

function drawShipTo(doc: Doc, address: LabelAddress): void {
  caption(doc, 'SHIP TO', 96);
  const lines = [
    address.addressLine1,
    address.addressLine2,
    cityLine(address),
    address.countryCode,
  ];
  oneLine(doc, address.name, 108, BOLD, 14);
  let y = 127;
  for (const line of lines) {
    if (line === null || line.trim() === '') continue;
    oneLine(doc, line, y, BOLD, 13);
    y += 16;
  }
  rule(doc, 198, 3);
}

function drawBarcodeBlock(
  doc: Doc,
  title: string,
  value: string,
  png: Buffer,
  y: number,
  height: number,
): void {
  caption(doc, title, y);
  doc
    .font(BOLD)
    .fontSize(12)
    .text(value, MARGIN + 70, y - 3, { width: INNER - 70, align: 'right', lineBreak: false });
  doc.image(png, MARGIN, y + 14, { fit: [INNER, height], align: 'center', valign: 'center' });
}

function drawFooter(doc: Doc, data: LabelPrintData): void {
  rule(doc, 356, 1);
  oneLine(doc, `Order ${data.orderNumber} (${data.channel})`, 363, BOLD, 10);
  oneLine(doc, payerLine(data), 379, BOLD, 9);
  oneLine(
    doc,
    `Issued ${day(data.issuedAt)}   Expires ${day(data.expiresAt)} (UTC)`,
    394,
    REGULAR,
    8,
  );
  oneLine(doc, 'Not valid after the expiry date. Keep the RMA barcode visible.', 408, REGULAR, 7);
}

/**
 * Renders a printable 4×6 inch return label: carrier and service, the return address large, the
 * customer and order, the tracking and RMA numbers as text and Code 128 barcodes, who pays, and
 * the issue and expiry dates. Pure apart from the PDF library: no database, no clock.
 */
export async function renderLabelPdf(data: LabelPrintData): Promise<Buffer> {
  const [trackingBarcode, rmaBarcode] = await Promise.all([
    code128(data.trackingNumber),
    code128(data.rmaNumber),
  ]);
  const doc = new PDFDocument({
    size: [LABEL_SIZE.width, LABEL_SIZE.height],
    margin: 0,
    info: {
      Title: `Return label ${data.rmaNumber}`,
      Subject: `${data.carrier} ${data.trackingNumber}`,
      Author: 'Rebound',
      CreationDate: data.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  drawHeader(doc, data);
  drawFrom(doc, data);
  drawShipTo(doc, data.shipTo);
  drawBarcodeBlock(doc, 'TRACKING #', data.trackingNumber, trackingBarcode, 206, 64);
  drawBarcodeBlock(doc, 'RMA', data.rmaNumber, rmaBarcode, 292, 44);
  drawFooter(doc, data);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
