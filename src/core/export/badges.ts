import { VERDICT_LABELS, WORKFLOW_LABELS } from '../../shared/models';
import type { Verdict, WorkflowStatus } from '../../shared/models';
import { escapeHtml } from './escape';
import type { PageLabels } from './labels';

// Unknown values (a newer file, a typo in data) must not become class names or vanish.
function known<K extends string>(labels: Record<K, string>, value: string): value is K {
  return Object.prototype.hasOwnProperty.call(labels, value);
}

/** A verdict as a coloured badge; the English labels unless the page's labels are given. */
export function verdictBadge(verdict: Verdict, labels?: PageLabels): string {
  if (!known(VERDICT_LABELS, verdict)) return `<span class="badge verdict verdict-unknown">${escapeHtml(String(verdict))}</span>`;
  const text = labels ? labels.verdicts[verdict] : VERDICT_LABELS[verdict];
  return `<span class="badge verdict verdict-${verdict}">${escapeHtml(text)}</span>`;
}

export function workflowBadge(status: WorkflowStatus, labels?: PageLabels): string {
  if (!known(WORKFLOW_LABELS, status)) return `<span class="badge workflow workflow-unknown">${escapeHtml(String(status))}</span>`;
  const text = labels ? labels.workflow[status] : WORKFLOW_LABELS[status];
  return `<span class="badge workflow workflow-${status}">${escapeHtml(text)}</span>`;
}
