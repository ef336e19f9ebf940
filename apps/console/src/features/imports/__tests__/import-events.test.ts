import {
  applyImportEvent,
  IDLE_IMPORT,
  SHOWN_PROBLEMS,
  splitNdjson,
  uploadPercent,
  type ImportCounts,
  type ImportState,
} from '../import-events';
import { amazonImportEndpoint } from '../urls';

const counts = (rowsRead: number): ImportCounts => ({
  rowsRead,
  returnsCreated: rowsRead,
  linesAdded: 0,
  rowsUpdated: 0,
  rowsUnchanged: 0,
  rowsRefused: 0,
  rowsFlagged: 0,
  ordersCreated: 0,
});

describe('reading the import answer (NDJSON)', () => {
  it('keeps an unfinished last line for the next chunk', () => {
    const first = splitNdjson('{"type":"progress","counts":{"rowsRead":1}}\n{"type":"pro');
    expect(first.events).toEqual([{ type: 'progress', counts: { rowsRead: 1 } }]);
    expect(first.rest).toBe('{"type":"pro');
    const second = splitNdjson(`${first.rest}blem","line":3,"column":null,"reason":"x"}\n`);
    expect(second.events).toEqual([{ type: 'problem', line: 3, column: null, reason: 'x' }]);
    expect(second.rest).toBe('');
  });

  it('skips lines that are not JSON events', () => {
    expect(splitNdjson('garbage\n{"no":"type"}\n\n').events).toEqual([]);
  });
});

describe('the import state', () => {
  it('follows progress, problems and the end, sorting problems by line', () => {
    let state: ImportState = { ...IDLE_IMPORT, phase: 'uploading' };
    state = applyImportEvent(state, { type: 'problem', line: 9, column: 'ASIN', reason: 'b' });
    state = applyImportEvent(state, { type: 'problem', line: 2, column: null, reason: 'a' });
    state = applyImportEvent(state, { type: 'progress', counts: counts(500) });
    expect(state.counts?.rowsRead).toBe(500);
    state = applyImportEvent(state, { type: 'done', runId: 'run-1', counts: counts(700) });
    expect(state).toMatchObject({ phase: 'done', runId: 'run-1', counts: { rowsRead: 700 } });
    expect(state.problems.map((problem) => problem.line)).toEqual([2, 9]);
  });

  it('keeps at most SHOWN_PROBLEMS problems on screen', () => {
    let state = IDLE_IMPORT;
    for (let line = 0; line < SHOWN_PROBLEMS + 10; line += 1) {
      state = applyImportEvent(state, { type: 'problem', line, column: null, reason: 'x' });
    }
    expect(state.problems).toHaveLength(SHOWN_PROBLEMS);
  });

  it('records a file-level failure', () => {
    const state = applyImportEvent(IDLE_IMPORT, {
      type: 'failed',
      code: 'BAD_REPORT_FILE',
      message: 'no header',
    });
    expect(state).toMatchObject({ phase: 'failed', failure: 'no header' });
  });

  it('reports the share of the file sent, or nothing before its size is known', () => {
    expect(uploadPercent({ sentBytes: 0, totalBytes: 0 })).toBeNull();
    expect(uploadPercent({ sentBytes: 50, totalBytes: 200 })).toBe(25);
    expect(uploadPercent({ sentBytes: 300, totalBytes: 200 })).toBe(100);
  });

  it('names the report kind and file in the upload URL', () => {
    expect(amazonImportEndpoint('fba', 'june returns.txt')).toBe(
      '/imports/amazon-returns?fileName=june+returns.txt&kind=fba',
    );
  });
});
