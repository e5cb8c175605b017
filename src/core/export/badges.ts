import { VERDICT_LABELS, WORKFLOW_LABELS } from '../../shared/models';
import type { Verdict, WorkflowStatus } from '../../shared/models';
import { escapeHtml } from './escape';

// Unknown values (a newer file, a typo in data) must not become class names or vanish.
function known<K extends string>(labels: Record<K, string>, value: string): value is K {
  return Object.prototype.hasOwnProperty.call(labels, value);
}

export function verdictBadge(verdict: Verdict): string {
  if (!known(VERDICT_LABELS, verdict)) return `<span class="badge verdict verdict-unknown">${escapeHtml(String(verdict))}</span>`;
  return `<span class="badge verdict verdict-${verdict}">${escapeHtml(VERDICT_LABELS[verdict])}</span>`;
}

export function workflowBadge(status: WorkflowStatus): string {
  if (!known(WORKFLOW_LABELS, status)) return `<span class="badge workflow workflow-unknown">${escapeHtml(String(status))}</span>`;
  return `<span class="badge workflow workflow-${status}">${escapeHtml(WORKFLOW_LABELS[status])}</span>`;
}
