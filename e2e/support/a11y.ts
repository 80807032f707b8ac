// axe-core on the page as it is now: WCAG 2.1 A and AA; serious and critical findings fail.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

type Finding = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describe(violations: Finding[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 8)
        .map(
          (node) =>
            `      - ${JSON.stringify(node.target)}${node.failureSummary ? `\n        ${node.failureSummary.replace(/\n/g, '\n        ')}` : ''}`,
        )
        .join('\n');
      const more = violation.nodes.length > 8 ? `\n      … and ${violation.nodes.length - 8} more` : '';
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Throws (listing rule id, targets and help) when axe finds serious or critical violations. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Legacy mode: axe.run() in the page itself. The default (runPartial + finishRun) opens a blank page for
  // every analysis to finish the run in, which was most of a checkpoint's time; the app has no
  // cross-origin frames, the one thing legacy mode cannot look into. Only violations are collected: the
  // passes' node lists are large on long pages and never read.
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const failing = results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
  const minor = results.violations.filter((violation) => !FAILING_IMPACTS.has(violation.impact ?? ''));
  if (minor.length > 0) {
    console.warn(
      `axe (${where}, ${page.url()}): ${minor.length} moderate/minor finding(s), not failing:\n${describe(minor)}`,
    );
  }
  if (failing.length > 0) {
    throw new Error(
      `axe found ${failing.length} serious/critical violation(s) on ${where} (${page.url()}):\n${describe(failing)}`,
    );
  }
}
