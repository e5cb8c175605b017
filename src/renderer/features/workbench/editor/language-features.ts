// Completion, hover and quick fixes for section bodies, for the `markdown` language; each
// request finds its section through the model it is about. Registered by the editor view
// while it lives and disposed with it (one registration at a time, however often the
// workbench remounts).
import type { Decision, DecisionHit, Diagnostic, FixKind } from '../../../../shared/models';
import { decisionLabel, findReferenceFor, referenceForDecision } from '../../../../core/citations';
import { activeCiteEditor, citeInSection } from '../cite/cite-decision';
import type { CitableDecision } from '../cite/cite-decision';
import { getClient } from '../../../api';
import { docs } from '../session/doc-registry';
import { escapeMarkdown } from './escape-markdown';
import { requestFix } from './fix-bridge';
import type { Translator } from '../../../../core/i18n';
import { currentTranslator } from '../../../i18n/current';
import { fixLabel } from './fix-labels';
import { markerDiagnosticIndex } from './markers';
import { DisposableStore } from '../../../lib/disposables';
import { matchesQuery } from '../../../lib/normalize';
import { monaco } from './monaco';
import { nextNumber } from '../references/reference-edits';

const FIX_COMMAND = 'pwb.applyFix';
const CITE_DECISION_COMMAND = 'pwb.citeDecision';
const LIBRARY_DEBOUNCE_MS = 150;
const LIBRARY_LIMIT = 8;
const RETRIGGER_DELAY_MS = 150;
/** The text the completion provider was last asked about: a live session asks on every keystroke. */
const lastAsked: { model: monaco.editor.ITextModel | null; version: number } = { model: null, version: -1 };
const CITATION = /\[(0|[1-9][0-9]{0,8})\]/g;

/** Registers the commands and providers; disposing the result removes every one of them. */
export function registerLanguageFeatures(): DisposableStore {
  const store = new DisposableStore();
  store.add(registerCommands());
  store.add(monaco.languages.registerCompletionItemProvider('markdown', { triggerCharacters: ['['], provideCompletionItems }));
  store.add(monaco.languages.registerHoverProvider('markdown', { provideHover }));
  store.add(monaco.languages.registerCodeActionProvider('markdown', { provideCodeActions }, { providedCodeActionKinds: ['quickfix'] }));
  return store;
}

function registerCommands(): DisposableStore {
  const store = new DisposableStore();
  store.add(
    monaco.editor.registerCommand(FIX_COMMAND, (_accessor, docId: string, diagnostic: Diagnostic, kind: FixKind) => {
      const doc = docs.get(docId);
      if (doc) requestFix(doc, diagnostic, kind);
    }),
  );
  store.add(monaco.editor.registerCommand(CITE_DECISION_COMMAND, (_accessor, docId: string, decision: CitableDecision) => {
    const doc = docs.get(docId);
    const editor = doc && activeCiteEditor();
    const position = editor?.getModel() === doc?.model ? editor?.getPosition() : null;
    if (!doc || !position) return;
    // The typed `[query` (and a `]` after the cursor) is what the citation replaces.
    const typed = typedCitation(doc.model, position);
    const range = typed ? { from: doc.model.getOffsetAt(typed.getStartPosition()), to: doc.model.getOffsetAt(typed.getEndPosition()) } : undefined;
    void citeInSection(doc.id, decision, range);
  }));
  return store;
}

/**
 * Monaco ends a suggestion session at a space, but a library query inside `[` has
 * several words ("[raad digitale ethiek"): start it again while such a query is typed.
 */
export function keepSuggestingInCitation(editor: monaco.editor.ICodeEditor): monaco.IDisposable {
  let timer: number | undefined;
  const sub = editor.onDidChangeModelContent((e) => {
    if (e.isUndoing || e.isRedoing || e.changes.length !== 1 || e.changes[0].text.length !== 1) return;
    window.clearTimeout(timer);
    // Late enough that Monaco has closed the session the space ended (also when typing
    // outruns it); not at all while a session still asks for this text.
    timer = window.setTimeout(() => {
      const model = editor.getModel();
      const position = editor.getPosition();
      const range = model && position ? typedCitation(model, position) : null;
      if (!model || !range || (lastAsked.model === model && lastAsked.version === model.getVersionId())) return;
      const typed = model.getValueInRange(range);
      if (typed.length > 3 && /\s/.test(typed)) editor.trigger('pwb', 'editor.action.triggerSuggest', {});
    }, RETRIGGER_DELAY_MS);
  });
  return {
    dispose() {
      window.clearTimeout(timer);
      sub.dispose();
    },
  };
}

/** The `[query` being typed before `position` (plus a `]` right after it), or null. */
function typedCitation(model: monaco.editor.ITextModel, position: monaco.Position): monaco.Range | null {
  const line = model.getLineContent(position.lineNumber);
  const before = line.slice(0, position.column - 1);
  const open = before.lastIndexOf('[');
  if (open < 0 || (open > 0 && before[open - 1] === '\\')) return null;
  const typed = before.slice(open + 1);
  if (typed.includes(']') || typed.length > 80) return null;
  const closes = line.charAt(position.column - 1) === ']' ? 1 : 0;
  return new monaco.Range(position.lineNumber, open + 1, position.lineNumber, position.column + closes);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

// Providers run outside React: they read the interface language's Translator when called.
const t: Translator['t'] = (key, values) => currentTranslator().t(key, values);
/** A reference's day as the interface language writes it (`27 nov 2020`). */
const shownDate = (day: string) => currentTranslator().date(day, 'medium');

async function provideCompletionItems(
  model: monaco.editor.ITextModel,
  position: monaco.Position,
  _context: monaco.languages.CompletionContext,
  token: monaco.CancellationToken,
): Promise<monaco.languages.CompletionList> {
  const doc = docs.forModel(model);
  const empty = { suggestions: [] };
  if (!doc) return empty;
  lastAsked.model = model;
  lastAsked.version = model.getVersionId();
  const range = typedCitation(model, position);
  if (!range) return empty;
  const typed = model.getValueInRange(new monaco.Range(range.startLineNumber, range.startColumn + 1, position.lineNumber, position.column));
  // Library items change nothing themselves (their command cites, as one undo step).
  const here = new monaco.Range(position.lineNumber, position.column, position.lineNumber, position.column);

  // Filtering is done here, not by Monaco: every item then has the same filter text, so
  // Monaco's score ties and `sortText` keeps the section's references above the library.
  const filterText = `[${typed}`;
  const suggestions: monaco.languages.CompletionItem[] = doc.references
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => matchesQuery(`${r.number} ${r.date} ${shownDate(r.date)} ${r.title}`, typed))
    .map(({ r, i }) => ({
      label: { label: `[${r.number}] ${shownDate(r.date)} — ${r.title.trim() || t('workbench.refs.untitled')}`, description: t('workbench.completion.reference') },
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
      const next = nextNumber(doc.references);
      res.value.hits
        // A decision the section lists already is offered above, as its own reference.
        .filter((hit: DecisionHit) => !findReferenceFor(doc.references, referenceForDecision(hit, next), hit.url))
        .forEach((hit, i) => {
          const ref = referenceForDecision(hit, next);
          const label = decisionLabel(hit);
          suggestions.push({
            label: { label: `${ref.date ? shownDate(ref.date) : '—'} — ${label.text}`, description: t(label.untitled ? 'cite.completion.addUntitled' : 'cite.completion.add', { number: next }) },
            kind: monaco.languages.CompletionItemKind.Module,
            insertText: '',
            filterText,
            sortText: `1-${String(i).padStart(5, '0')}`,
            range: here,
            detail: t('cite.completion.detail'),
            documentation: { value: escapeMarkdown(hit.text.slice(0, 500)), isTrusted: false, supportHtml: false },
            command: { id: CITE_DECISION_COMMAND, title: t('cite.insert'), arguments: [doc.id, { title: hit.title, date: hit.date, meetingStart: hit.meetingStart, url: hit.url }] },
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
      contents.push(md(`**${escapeMarkdown(`[${n}]`)}** — ${escapeMarkdown(t('workbench.hover.noReference'))}`));
      break;
    }
    contents.push(md(`**${escapeMarkdown(`[${n}]`)}** ${escapeMarkdown(shownDate(ref.date))} — ${escapeMarkdown(ref.title.trim() || t('workbench.refs.untitled'))}`));
    if (ref.url) contents.push(md(escapeMarkdown(t('workbench.hover.link', { link: '\u0000' })).replace('\u0000', codeSpan(ref.url))));
    if (ref.url) {
      const decision = await librarySummary(ref.url);
      if (decision?.text) {
        const text = decision.text.length > 700 ? `${decision.text.slice(0, 700)}…` : decision.text;
        contents.push(md(`*${escapeMarkdown(t('workbench.hover.library'))}* ${escapeMarkdown(text)}`));
      }
    }
    break;
  }

  for (const d of doc.diagnostics) {
    if (!contains(d, position) || !d.fixes?.length) continue;
    contents.push(md(escapeMarkdown(t('workbench.hover.fixes', { message: d.message, fixes: d.fixes.map((f) => fixLabel(f)).join(', ') }))));
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
