import { AppError } from './errors/app-error';

/** A transitions table row, as every domain machine publishes it. */
interface TransitionRow {
  readonly from: string;
  readonly event: string;
  readonly to: readonly string[];
}

/** What is being moved: "return RMA-100001", currently AUTHORIZED. */
export interface TransitionSubject {
  /** The kind of thing, as in "only moves a return from…". */
  noun: string;
  /** How the message names this one: an RMA number or an id. */
  label: string;
  status: string;
}

/**
 * INVALID_TRANSITION naming both states: where the subject is (`from`) and where the event would
 * take it (`to`), with the states the event may start from (`allowedFrom`).
 */
export function invalidTransition(
  transitions: readonly TransitionRow[],
  subject: TransitionSubject,
  event: string,
): AppError {
  const rows = transitions.filter((row) => row.event === event);
  const targets = [...new Set(rows.flatMap((row) => row.to))];
  const allowedFrom = rows.map((row) => row.from);
  const to = targets.length === 1 ? (targets[0] ?? null) : null;
  const path = `${allowedFrom.join(' or ') || 'no state'}${to === null ? '' : ` to ${to}`}`;
  return new AppError(
    'INVALID_TRANSITION',
    `Cannot ${event} ${subject.noun} ${subject.label}: it is ${subject.status}, and ${event} only moves a ${subject.noun} from ${path}`,
    { from: subject.status, event, to, allowedFrom },
  );
}
