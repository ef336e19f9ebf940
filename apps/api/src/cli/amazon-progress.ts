import type { ImportCounts } from '../modules/amazon-reports/import-report';

const BAR_WIDTH = 30;
/** Without a terminal, one plain line at most this often. */
const PLAIN_INTERVAL_MS = 5_000;

/**
 * Progress of an import on stderr: a bar redrawn in place on a terminal, plain periodic lines
 * otherwise (logs, CI). Problems printed in between clear the bar first.
 */
export class ImportProgress {
  private readonly startedAt = Date.now();
  private lastPlainAt = 0;
  private barShown = false;
  bytesRead = 0;

  constructor(
    private readonly totalBytes: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  private get tty(): boolean {
    return this.stream.isTTY;
  }

  private describe(counts: Readonly<ImportCounts>): string {
    const seconds = Math.max((Date.now() - this.startedAt) / 1000, 0.001);
    const rate = Math.round(counts.rowsRead / seconds);
    return `${counts.rowsRead.toLocaleString('en-US')} rows, ${rate.toLocaleString('en-US')} rows/s, ${counts.rowsRefused.toLocaleString('en-US')} refused`;
  }

  update(counts: Readonly<ImportCounts>): void {
    const share = this.totalBytes === 0 ? 1 : Math.min(this.bytesRead / this.totalBytes, 1);
    const percent = Math.floor(share * 100);
    if (this.tty) {
      const filled = Math.round(share * BAR_WIDTH);
      const bar = `${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}`;
      this.stream.write(
        `\r[${bar}] ${String(percent).padStart(3)}% ${this.describe(counts)}\x1b[K`,
      );
      this.barShown = true;
      return;
    }
    const now = Date.now();
    if (now - this.lastPlainAt < PLAIN_INTERVAL_MS) return;
    this.lastPlainAt = now;
    this.stream.write(`progress: ${percent}% of the file, ${this.describe(counts)}\n`);
  }

  /** Prints a line (a row's problem) without garbling the bar. */
  line(text: string): void {
    if (this.barShown) {
      this.stream.write('\r\x1b[K');
      this.barShown = false;
    }
    this.stream.write(`${text}\n`);
  }

  done(): void {
    if (this.barShown) this.stream.write('\n');
    this.barShown = false;
  }
}
