// Accessibility checks with axe-core for any page the tests reach: the app's views and
// dialogs, and exported pages (a section page, the index, the report site). The rule set
// is WCAG 2.1 A + AA; a check passes only with zero violations.
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// axe's best practices too: landmarks, one main, one h1 — what a screen-reader user navigates by.
export const AXE_TAGS = [...WCAG_TAGS, 'best-practice'];

export interface AxeViolationSummary {
  id: string;
  impact: string | null;
  nodes: number;
  help: string;
  targets: string[];
}

export interface AxeOptions {
  /** CSS selectors to leave out (only for content axe cannot judge, never to hide a finding). */
  exclude?: string[];
  /** Limits the check to these selectors (e.g. an open dialog). */
  include?: string[];
}

/** Runs axe on the page as it is now and returns the violations, one entry per rule. */
export async function axeViolations(page: Page, opts: AxeOptions = {}): Promise<AxeViolationSummary[]> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const s of opts.include ?? []) builder = builder.include(s);
  for (const s of opts.exclude ?? []) builder = builder.exclude(s);
  const result = await builder.analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    nodes: v.nodes.length,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`),
  }));
}

/** Readable list for a failure message: rule, count and the first few elements. */
export function describeViolations(violations: readonly AxeViolationSummary[]): string {
  return violations.map((v) => `${v.id} (${v.impact}, ${v.nodes} node${v.nodes === 1 ? '' : 's'}): ${v.help}\n    ${v.targets.join('\n    ')}`).join('\n');
}

/** Asserts that axe finds no WCAG 2.1 AA violation; `label` names the view in the message. */
export async function expectAccessible(page: Page, label: string, opts: AxeOptions = {}): Promise<void> {
  const violations = await axeViolations(page, opts);
  const nodes = violations.reduce((n, v) => n + v.nodes, 0);
  // One line per view in the run's output: the counts for the report (before/after).
  console.log(`axe ${label}: ${violations.length} rule(s), ${nodes} node(s)`);
  expect.soft(violations, `axe found WCAG 2.1 AA violations on ${label}:\n${describeViolations(violations)}`).toEqual([]);
}
