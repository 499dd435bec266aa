/**
 * The automated accessibility audit (axe-core, WCAG 2.0/2.1 A and AA rules) run on the page
 * as it is now: what a screen reader or a low-vision user would stumble on.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
let axeSource: Promise<string> | null = null;

/** One rule broken, with the elements that break it (CSS selectors) and why. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  /** axe's explanation for the first element, e.g. the measured contrast ratio. */
  summary: string;
}

/**
 * Runs axe-core on the whole document; injects it first if the page does not have it yet.
 * The app's Content-Security-Policy refuses inline scripts (so `addScriptTag` is blocked):
 * the source is evaluated through the DevTools protocol instead, which the policy does not govern.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    axeSource ??= readFile(AXE, 'utf8');
    await page.evaluate(`${await axeSource}\n;void 0`);
  }
  return page.evaluate(async () => {
    interface Result {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    }
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: Result[] }> } }).axe;
    const { violations } = await axe.run(document, {
      // WCAG 2.1 A/AA, and axe's best practices: one h1, landmarks, heading order, table headers.
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      summary: v.nodes[0]?.failureSummary ?? '',
    }));
  });
}

/** A readable account of the violations for a failing assertion: rule, help, count, first targets. */
export function describeViolations(where: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => `${where}: ${v.id} (${v.impact ?? '?'}) ${v.help} — ${v.targets.length} element(s): ${v.targets.slice(0, 4).join(' | ')}\n    ${v.summary.replace(/\n/g, '\n    ')}`)
    .join('\n');
}
