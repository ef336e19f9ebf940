/** Running totals the API reports after each batch of rows. */
export interface ImportCounts {
  readonly rowsRead: number;
  readonly returnsCreated: number;
  readonly linesAdded: number;
  readonly rowsUpdated: number;
  readonly rowsUnchanged: number;
  readonly rowsRefused: number;
  readonly rowsFlagged: number;
  readonly ordersCreated: number;
}

/** A refused row: where in the file, and why. */
export interface RowProblem {
  readonly line: number;
  readonly column: string | null;
  readonly reason: string;
}

/** One line of the API's NDJSON answer. */
export type ImportEvent =
  | { readonly type: 'progress'; readonly counts: ImportCounts }
  | ({ readonly type: 'problem' } & RowProblem)
  | { readonly type: 'done'; readonly runId: string; readonly counts: ImportCounts }
  | { readonly type: 'failed'; readonly code: string; readonly message: string };

/** Where an upload stands, as the page shows it. */
export interface ImportState {
  readonly phase: 'idle' | 'uploading' | 'done' | 'failed';
  /** Bytes of the file sent so far, and its size (XMLHttpRequest upload progress). */
  readonly sentBytes: number;
  readonly totalBytes: number;
  readonly counts: ImportCounts | null;
  readonly problems: readonly RowProblem[];
  readonly runId: string | null;
  readonly failure: string | null;
}

/** Problems kept on screen; the count says how many there were in all. */
export const SHOWN_PROBLEMS = 500;

export const IDLE_IMPORT: ImportState = {
  phase: 'idle',
  sentBytes: 0,
  totalBytes: 0,
  counts: null,
  problems: [],
  runId: null,
  failure: null,
};

/** Folds one event of the answer into the state. */
export function applyImportEvent(state: ImportState, event: ImportEvent): ImportState {
  switch (event.type) {
    case 'progress':
      return { ...state, counts: event.counts };
    case 'problem':
      if (state.problems.length >= SHOWN_PROBLEMS) return state;
      return {
        ...state,
        problems: [
          ...state.problems,
          { line: event.line, column: event.column, reason: event.reason },
        ],
      };
    case 'done':
      return {
        ...state,
        phase: 'done',
        counts: event.counts,
        runId: event.runId,
        problems: [...state.problems].sort((a, b) => a.line - b.line),
      };
    case 'failed':
      return { ...state, phase: 'failed', failure: event.message };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function parseEvent(line: string): ImportEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(value) || typeof value.type !== 'string') return null;
  return value as unknown as ImportEvent;
}

/**
 * Splits the NDJSON received so far into complete events and the unfinished last line, which
 * waits for the next chunk.
 * @example splitNdjson('{"type":"progress",…}\n{"ty') // { events: [progress], rest: '{"ty' }
 */
export function splitNdjson(buffer: string): { events: ImportEvent[]; rest: string } {
  const lines = buffer.split('\n');
  const rest = lines.pop() ?? '';
  const events = lines.flatMap((line) => {
    const event = line.trim() === '' ? null : parseEvent(line);
    return event === null ? [] : [event];
  });
  return { events, rest };
}

/** "42 %" of the file sent, or null before the size is known. */
export function uploadPercent(state: Pick<ImportState, 'sentBytes' | 'totalBytes'>): number | null {
  if (state.totalBytes <= 0) return null;
  return Math.min(100, Math.floor((state.sentBytes / state.totalBytes) * 100));
}
