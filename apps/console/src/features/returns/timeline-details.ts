import { humanizeEnum } from '../../lib/ui/format';

/** One fact of a timeline entry, as shown under it ("Grade: Like new"). */
export interface TimelineFact {
  readonly label: string;
  readonly value: string;
}

const LABELS: Readonly<Record<string, string>> = {
  overrideReason: 'Override reason',
  declineReason: 'Decline reason',
  note: 'Note',
  reason: 'Reason',
  grade: 'Grade',
  fault: 'Fault',
  disposition: 'Disposition',
  carrier: 'Carrier',
  trackingNumber: 'Tracking',
  resolution: 'Resolution',
  replacementOrderId: 'Replacement order',
  event: 'Carrier event',
  location: 'Location',
};

/** Values that are enum names are shown as words; free text as typed. */
const ENUM_KEYS = new Set([
  'declineReason',
  'grade',
  'fault',
  'disposition',
  'resolution',
  'event',
]);

/**
 * The facts worth reading in an entry's `details` (a JSON object text). Ids, nested objects and
 * unknown keys are left out; a body that is not JSON yields nothing rather than an error.
 */
export function timelineFacts(
  details: string,
  lineName: (returnLineId: string) => string | undefined = () => undefined,
): TimelineFact[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [];
  const facts: TimelineFact[] = [];
  // The one id worth showing, by name: which item a line step was about.
  const lineId = 'returnLineId' in parsed ? parsed.returnLineId : undefined;
  const item = typeof lineId === 'string' ? lineName(lineId) : undefined;
  if (item !== undefined) facts.push({ label: 'Item', value: item });
  for (const [key, value] of Object.entries(parsed)) {
    const label = LABELS[key];
    if (label === undefined || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const text = String(value).trim();
    if (text === '') continue;
    facts.push({
      label,
      value: ENUM_KEYS.has(key) && /^[A-Z_]+$/.test(text) ? humanizeEnum(text) : text,
    });
  }
  return facts;
}
