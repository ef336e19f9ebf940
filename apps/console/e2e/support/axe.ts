import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './paths';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_DIR = path.join(ARTIFACTS_DIR, 'axe');

export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

export interface AxeSummary {
  readonly page: string;
  readonly violations: readonly AxeFinding[];
  readonly passes: number;
}

interface AxeRawResult {
  readonly violations: readonly {
    readonly id: string;
    readonly impact?: string | null;
    readonly help: string;
    readonly nodes: readonly { readonly target: readonly unknown[] }[];
  }[];
  readonly passes: readonly unknown[];
}

/**
 * Runs axe-core (its source injected into the page, no CDN) on what the page shows now, WCAG
 * 2.x A and AA rules plus best practices; writes the findings to test-artifacts/axe/<name>.json.
 */
export async function runAxe(page: Page, name: string): Promise<AxeSummary> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  const raw = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<unknown> };
      }
    ).axe;
    return axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
  });
  const result = raw as AxeRawResult;
  const summary: AxeSummary = {
    page: name,
    passes: result.passes.length,
    violations: result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
    })),
  };
  await mkdir(AXE_DIR, { recursive: true });
  await writeFile(path.join(AXE_DIR, `${name}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

/** The findings a page must not have: serious or critical impact. */
export function seriousOrCritical(summary: AxeSummary): AxeFinding[] {
  return summary.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
