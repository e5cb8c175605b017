// Completion, hover and quick fixes for section bodies. Registered once for the
// `markdown` language; each request finds its section through the model it is about.
import type { Decision, DecisionHit, Diagnostic, FixKind, Reference } from '../../../../shared/models';
import { buildDecisionLink, meetingDate } from '../../../../core/links/decision-link';
import { getClient } from '../../../api';
import { docs } from '../session/doc-registry';
import { escapeMarkdown } from './escape-markdown';
import { requestFix } from './fix-bridge';
import { fixLabel } from './fix-labels';
import { markerDiagnosticIndex } from './markers';
import { matchesQuery } from '../../../lib/normalize';
import { monaco } from './monaco';
import { nextNumber } from '../references/reference-edits';

const FIX_COMMAND = 'pwb.applyFix';
const ADD_DECISION_COMMAND = 'pwb.addDecisionReference';
const LIBRARY_DEBOUNCE_MS = 150;
const LIBRARY_LIMIT = 8;
const CITATION = /\[(0|[1-9][0-9]{0,8})\]/g;

let registered = false;

export function registerLanguageFeatures(): void {
  if (registered) return;
  registered = true;
  monaco.editor.registerCommand(FIX_COMMAND, (_accessor, docId: string, diagnostic: Diagnostic, kind: FixKind) => {
    const doc = docs.get(docId);
    if (doc) requestFix(doc, diagnostic, kind);
  });
  monaco.editor.registerCommand(ADD_DECISION_COMMAND, (_accessor, docId: string, reference: Reference) => {
    const doc = docs.get(docId);
    if (doc && !doc.references.some((r) => r.number === reference.number)) {
      doc.update({ references: [...doc.references, reference] });
    }
  });
  monaco.languages.registerCompletionItemProvider('markdown', { triggerCharacters: ['['], provideCompletionItems });
  monaco.languages.registerHoverProvider('markdown', { provideHover });
  monaco.languages.registerCodeActionProvider('markdown', { provideCodeActions }, { providedCodeActionKinds: ['quickfix'] });
}

/** A reference for a library decision: its own link, or one built from title and meeting start. */
export function referenceFromDecision(d: Decision, number: number): Reference {
  const url = d.url ?? (d.meetingStart ? buildDecisionLink(d.title, d.meetingStart) : undefined);
  const date = d.date ?? (d.meetingStart ? meetingDate(d.meetingStart) : null) ?? '';
  const ref: Reference = { number, date, title: d.title };
  if (d.meetingStart) ref.meetingStart = d.meetingStart;
  if (url) ref.url = url;
  return ref;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

async function provideCompletionItems(
  model: monaco.editor.ITextModel,
  position: monaco.Position,
  _context: monaco.languages.CompletionContext,
  token: monaco.CancellationToken,
): Promise<monaco.languages.CompletionList> {
  const doc = docs.forModel(model);
  const empty = { suggestions: [] };
  if (!doc) return empty;
  const line = model.getLineContent(position.lineNumber);
  const before = line.slice(0, position.column - 1);
  const open = before.lastIndexOf('[');
  if (open < 0 || (open > 0 && before[open - 1] === '\\')) return empty;
  const typed = before.slice(open + 1);
  if (typed.includes(']') || typed.length > 80) return empty;
  const closes = line.charAt(position.column - 1) === ']' ? 1 : 0;
  const range = new monaco.Range(position.lineNumber, open + 1, position.lineNumber, position.column + closes);

  // Filtering is done here, not by Monaco: every item then has the same filter text, so
  // Monaco's score ties and `sortText` keeps the section's references above the library.
  const filterText = `[${typed}`;
  const suggestions: monaco.languages.CompletionItem[] = doc.references
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => matchesQuery(`${r.number} ${r.date} ${r.title}`, typed))
    .map(({ r, i }) => ({
      label: { label: `[${r.number}] ${r.date} — ${r.title.trim() || '(untitled)'}`, description: 'reference' },
      kind: monaco.languages.CompletionItemKind.Reference,
      insertText: `[${r.number}]`,
      filterText,
      sortText: `0-${String(i).padStart(5, '0')}`,
      range,
      documentation: r.url ? { value: codeSpan(r.url), isTrusted: false, supportHtml: false } : undefined,
    }));

  const query = typed.trim();
  if (query.length >= 2 && !/^\d+$/.test(query)) {
    await sleep(LIBRARY_DEBOUNCE_MS);
    if (token.isCancellationRequested) return { suggestions, incomplete: true };
    const res = await getClient().call('decisions.search', { query, limit: LIBRARY_LIMIT });
    if (res.ok && !token.isCancellationRequested) {
      const known = new Set(doc.references.map((r) => r.url).filter(Boolean));
      const next = nextNumber(doc.references);
      res.value.hits
        .filter((hit: DecisionHit) => {
          const ref = referenceFromDecision(hit, next);
          return ref.title.trim() !== '' && !(ref.url && known.has(ref.url));
        })
        .forEach((hit, i) => {
          const ref = referenceFromDecision(hit, next);
          suggestions.push({
            label: { label: `${ref.date} — ${hit.title}`, description: `library → add as [${next}]` },
            kind: monaco.languages.CompletionItemKind.Module,
            insertText: `[${next}]`,
            filterText,
            sortText: `1-${String(i).padStart(5, '0')}`,
            range,
            detail: 'Adds this decision as a new reference',
            documentation: { value: escapeMarkdown(hit.text.slice(0, 500)), isTrusted: false, supportHtml: false },
            command: { id: ADD_DECISION_COMMAND, title: 'Add reference', arguments: [doc.id, ref] },
          });
        });
    }
  }
  // Incomplete: every further keystroke asks again, so the library search follows the typing.
  return { suggestions, incomplete: true };
}

const summaryCache = new Map<string, Decision | null>();

async function librarySummary(url: string): Promise<Decision | null> {
  if (summaryCache.has(url)) return summaryCache.get(url) ?? null;
  const res = await getClient().call('decisions.byUrl', { urls: [url] });
  const d = res.ok ? (res.value[url] ?? null) : null;
  // Failures are not cached: the library may be imported a minute later.
  if (res.ok) summaryCache.set(url, d);
  return d;
}

function contains(d: Diagnostic, pos: monaco.Position): boolean {
  if (!d.range) return false;
  const r = new monaco.Range(d.range.startLine, d.range.startColumn, d.range.endLine, d.range.endColumn);
  return r.containsPosition(pos);
}

async function provideHover(model: monaco.editor.ITextModel, position: monaco.Position): Promise<monaco.languages.Hover | null> {
  const doc = docs.forModel(model);
  if (!doc) return null;
  const contents: monaco.IMarkdownString[] = [];
  let range: monaco.Range | undefined;

  const line = model.getLineContent(position.lineNumber);
  for (const m of line.matchAll(CITATION)) {
    const start = (m.index ?? 0) + 1;
    const end = start + m[0].length;
    if (position.column < start || position.column > end) continue;
    range = new monaco.Range(position.lineNumber, start, position.lineNumber, end);
    const n = Number(m[1]);
    const ref = doc.references.find((r) => r.number === n);
    if (!ref) {
      contents.push(md(`**${escapeMarkdown(`[${n}]`)}** — no reference with this number`));
      break;
    }
    contents.push(md(`**${escapeMarkdown(`[${n}]`)}** ${escapeMarkdown(ref.date)} — ${escapeMarkdown(ref.title.trim() || '(untitled)')}`));
    if (ref.url) contents.push(md(`Link: ${codeSpan(ref.url)}`));
    if (ref.url) {
      const decision = await librarySummary(ref.url);
      if (decision?.text) {
        const text = decision.text.length > 700 ? `${decision.text.slice(0, 700)}…` : decision.text;
        contents.push(md(`*Library:* ${escapeMarkdown(text)}`));
      }
    }
    break;
  }

  for (const d of doc.diagnostics) {
    if (!contains(d, position) || !d.fixes?.length) continue;
    contents.push(md(`Quick fixes for “${escapeMarkdown(d.message)}”: ${d.fixes.map((f) => escapeMarkdown(fixLabel(f))).join(', ')}`));
    range ??= new monaco.Range(d.range!.startLine, d.range!.startColumn, d.range!.endLine, d.range!.endColumn);
  }
  return contents.length > 0 ? { contents, range } : null;
}

/** Text shown verbatim (no Markdown, no auto-link): a code span with a long enough fence. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${text.replace(/\n/g, ' ')} ${fence}`;
}

function md(value: string): monaco.IMarkdownString {
  return { value, isTrusted: false, supportHtml: false };
}

function provideCodeActions(
  model: monaco.editor.ITextModel,
  _range: monaco.Range,
  context: monaco.languages.CodeActionContext,
): monaco.languages.CodeActionList {
  const doc = docs.forModel(model);
  const actions: monaco.languages.CodeAction[] = [];
  if (doc) {
    for (const marker of context.markers) {
      const index = markerDiagnosticIndex(marker);
      const diagnostic = index === null ? undefined : doc.diagnostics[index];
      if (!diagnostic?.fixes) continue;
      diagnostic.fixes.forEach((kind, i) => {
        actions.push({
          title: fixLabel(kind),
          kind: 'quickfix',
          diagnostics: [marker],
          isPreferred: i === 0,
          command: { id: FIX_COMMAND, title: fixLabel(kind), arguments: [doc.id, diagnostic, kind] },
        });
      });
    }
  }
  return { actions, dispose: () => {} };
}
