// One open section: its Monaco model, its live diagnostics, and its autosave. Plain class,
// no React: the save must also run from `pagehide` and menu commands, outside any component.
// The registry keeps a bounded number of these; a section's undo outlives its model (see
// `sectionUri`) and its fixes' reference links are handed over in `LinkedEdit`s.
import type { CheckInput, Diagnostic, Reference, Section, SectionPatch } from '../../../../shared/models';
import { errorText } from '../../../../core/i18n';
import { currentTranslator } from '../../../i18n/current';
import { checkSection } from '../../../../core/citations';
import type { Translator } from '../../../../core/i18n';
import type { ApiClient } from '../../../../shared/api';
import { getClient } from '../../../api';
import { DisposableStore } from '../../../lib/disposables';
import { recordCheck } from '../../../lib/metrics';
import { monaco } from '../editor/monaco';
import { diagnosticsToMarkers, MARKER_OWNER } from '../editor/markers';
import { minimalSplice } from '../editor/minimal-edit';
import { sectionLabel } from '../../../../shared/section-label';
import { DRAFT_FIELDS } from './drafts';
import type { SectionDraft } from './drafts';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

export interface DocEnvironment {
  /** The project's term, for date checks. */
  term(): { termStart: string | null; termEnd: string | null };
  readOnly(): boolean;
  /** The interface language's Translator: diagnostics are worded in it. */
  translator?(): Translator;
  /** Called after every successful save (the tree refreshes its counts from events too). */
  onSaved?(section: Section): void;
}

type EditableField = Exclude<keyof SectionPatch, 'body'>;

export const AUTOSAVE_DELAY_MS = 500;

/** A fix changed body and references together: the text versions around it and both reference lists. */
export interface LinkedEdit {
  before: number;
  after: number;
  refsBefore: Reference[];
  refsAfter: Reference[];
}

/**
 * The model's address. A `file:` URI because that is the scheme for which Monaco keeps a
 * disposed model's undo stack (up to 20 MB) and gives it back when a model with the same
 * URI and the same text is created again, as VS Code does for a closed and reopened file.
 * Nothing is read from or written to disk.
 */
export function sectionUri(id: string, scope = 'default'): monaco.Uri {
  return monaco.Uri.from({ scheme: 'file', path: `/pwb-sections/${encodeURIComponent(scope)}/${encodeURIComponent(id)}.md` });
}

export interface DocOptions {
  /** The transport; the app's own by default, a fake in tests. */
  client?: ApiClient;
  /** Part of the model URI: a new scope (another project) never gets an old undo stack back. */
  scope?: string;
  /**
   * The fixes of an earlier doc of this section whose model was disposed; they apply again
   * when Monaco gave the undo stack back (same text as then).
   */
  linked?: readonly LinkedEdit[];
  /**
   * The project file the section belongs to (`OpenProject.path`). Every save names it, so
   * a save that arrives after a switch to another project is refused instead of landing
   * in a section of the same id there (docs/adr/0026).
   */
  project?: string;
}

export class SectionDoc {
  readonly id: string;
  readonly model: monaco.editor.ITextModel;
  /** The section as the user sees it now; `body` is read from the model on demand. */
  private current: Section;
  private revision: number;
  private dirty = new Set<keyof SectionPatch>();
  private timer: number | null = null;
  private inflight: Promise<void> | null = null;
  private listeners = new Set<() => void>();
  private suppressBodyEvents = false;
  private readonly store = new DisposableStore();
  /**
   * Fixes change body and references together, but Monaco's undo knows only the body.
   * Each fix remembers the text versions around it, so undo/redo of that edit puts the
   * matching reference list back too.
   */
  private linkedEdits: LinkedEdit[];

  diagnostics: Diagnostic[] = [];
  saveState: SaveState = { kind: 'saved' };
  /** Bumped on every change a view may show; React reads it through useSyncExternalStore. */
  version = 0;

  private readonly client: ApiClient;
  private readonly project: string | undefined;

  constructor(
    section: Section,
    private readonly env: DocEnvironment,
    options: DocOptions = {},
  ) {
    this.id = section.id;
    this.current = section;
    this.revision = section.revision;
    this.client = options.client ?? getClient();
    this.project = options.project;
    const uri = sectionUri(section.id, options.scope);
    this.model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(section.body, 'markdown', uri);
    this.model.setEOL(monaco.editor.EndOfLineSequence.LF);
    // A fresh model starts at version 1; a restored undo stack brings its old versions back.
    this.linkedEdits = this.model.getAlternativeVersionId() > 1 ? [...(options.linked ?? [])] : [];
    this.store.add(
      this.model.onDidChangeContent((e) => {
        if (this.suppressBodyEvents) return;
        if (e.isUndoing || e.isRedoing) this.followUndo(e.isUndoing);
        this.markDirty('body');
        this.recheck();
      }),
    );
    this.recheck();
  }

  get section(): Section {
    return { ...this.current, body: this.model.getValue(), revision: this.revision };
  }

  get references(): Reference[] {
    return this.current.references;
  }

  get isReadOnly(): boolean {
    return this.env.readOnly();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private emit(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  /** Runs the checker on the current text and sets the markers; timed for the metrics. */
  recheck(): void {
    const t0 = performance.now();
    const term = this.env.term();
    const input: CheckInput = {
      body: this.model.getValue(),
      references: this.current.references,
      termStart: term.termStart,
      termEnd: term.termEnd,
      verdict: this.current.verdict,
      agreement: this.current.agreement,
      agreementChecksum: this.current.agreementChecksum,
    };
    this.diagnostics = checkSection(input, this.env.translator?.());
    monaco.editor.setModelMarkers(this.model, MARKER_OWNER, diagnosticsToMarkers(this.diagnostics));
    recordCheck(performance.now() - t0);
    this.emit();
  }

  /** Changes fields other than the body (references, verdict, note, status, agreement...). */
  update(patch: Omit<SectionPatch, 'body'>): void {
    if (this.env.readOnly()) return;
    let changed = false;
    for (const key of Object.keys(patch) as EditableField[]) {
      const value = patch[key];
      if (value === undefined) continue;
      if (JSON.stringify(this.current[key]) === JSON.stringify(value)) continue;
      this.current = { ...this.current, [key]: value };
      this.dirty.add(key);
      changed = true;
    }
    if (!changed) return;
    this.scheduleSave();
    this.recheck();
  }

  /**
   * Replaces body and references together (a fix): the body as one undoable edit, and
   * both in the same save.
   */
  applyChange(body: string, references: Reference[]): void {
    if (this.env.readOnly()) return;
    const before = this.model.getAlternativeVersionId();
    const refsBefore = this.current.references;
    this.suppressBodyEvents = true;
    try {
      this.replaceBody(body);
    } finally {
      this.suppressBodyEvents = false;
    }
    if (JSON.stringify(references) !== JSON.stringify(this.current.references)) {
      this.current = { ...this.current, references };
      this.dirty.add('references');
      const after = this.model.getAlternativeVersionId();
      if (after !== before) this.linkedEdits = [...this.linkedEdits.slice(-49), { before, after, refsBefore, refsAfter: references }];
    }
    this.dirty.add('body');
    this.scheduleSave();
    this.recheck();
  }

  private followUndo(undoing: boolean): void {
    const version = this.model.getAlternativeVersionId();
    const link = this.linkedEdits.find((l) => (undoing ? l.before : l.after) === version);
    if (!link) return;
    this.current = { ...this.current, references: undoing ? link.refsBefore : link.refsAfter };
    this.dirty.add('references');
  }

  /** One undo stop around one minimal edit, so Ctrl+Z undoes a fix in one step. */
  private replaceBody(body: string): void {
    const splice = minimalSplice(this.model.getValue(), body);
    if (!splice) return;
    const start = this.model.getPositionAt(splice.start);
    const end = this.model.getPositionAt(splice.end);
    this.model.pushStackElement();
    this.model.pushEditOperations(
      [],
      [{ range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: splice.text }],
      () => null,
    );
    this.model.pushStackElement();
  }

  private markDirty(field: keyof SectionPatch): void {
    if (this.env.readOnly()) return;
    this.dirty.add(field);
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.saveState.kind !== 'conflict') this.setState({ kind: 'dirty' });
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, AUTOSAVE_DELAY_MS);
  }

  private setState(state: SaveState): void {
    this.saveState = state;
    this.emit();
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty.size > 0 || this.inflight !== null;
  }

  /** Saves now whatever is pending; resolves when stored (or failed, shown in saveState). */
  async flush(): Promise<void> {
    if (this.store.isDisposed) return;
    if (this.timer !== null) {
      window.clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.inflight) await this.inflight;
    if (this.dirty.size === 0 || this.saveState.kind === 'conflict' || this.env.readOnly()) return;
    this.inflight = this.saveOnce().finally(() => {
      this.inflight = null;
    });
    await this.inflight;
    // Typing during the save left new changes: save them on the normal schedule.
    if (this.dirty.size > 0 && this.saveState.kind === 'saved') this.scheduleSave();
  }

  private async saveOnce(baseRevision: number = this.revision): Promise<void> {
    const fields = [...this.dirty];
    this.dirty.clear();
    const patch: SectionPatch = {};
    const snapshot = this.section;
    for (const f of fields) (patch as Record<string, unknown>)[f] = snapshot[f];
    this.setState({ kind: 'saving' });
    const res = await this.client.call('sections.save', { id: this.id, patch, baseRevision, ...(this.project ? { project: this.project } : {}) });
    if (res.ok) {
      this.revision = res.value.revision;
      // Fields changed again while saving stay as the user has them now.
      const keep: Partial<Section> = {};
      for (const f of this.dirty) if (f !== 'body') (keep as Record<string, unknown>)[f] = this.current[f as EditableField];
      this.current = { ...res.value, ...keep, body: this.current.body };
      this.setState(this.dirty.size > 0 ? { kind: 'dirty' } : { kind: 'saved' });
      this.env.onSaved?.(res.value);
      return;
    }
    for (const f of fields) this.dirty.add(f);
    if (res.error.code === 'conflict') {
      this.setState({ kind: 'conflict', message: errorText(currentTranslator(), res.error) });
    } else {
      this.setState({ kind: 'error', message: errorText(currentTranslator(), res.error) });
    }
  }

  /** After a conflict: drop local changes and take the stored section. */
  async reload(): Promise<string | null> {
    const res = await this.client.call('sections.get', { id: this.id });
    if (!res.ok) return errorText(currentTranslator(), res.error);
    this.dirty.clear();
    this.adopt(res.value);
    this.setState({ kind: 'saved' });
    return null;
  }

  /** After a conflict: store the local version over the other change. */
  async overwrite(): Promise<string | null> {
    const res = await this.client.call('sections.get', { id: this.id });
    if (!res.ok) return errorText(currentTranslator(), res.error);
    for (const f of ['body', 'references', 'verdict', 'verdictNote', 'status', 'agreement', 'heading'] as const) this.dirty.add(f);
    this.inflight = this.saveOnce(res.value.revision).finally(() => {
      this.inflight = null;
    });
    await this.inflight;
    return this.saveState.kind === 'error' || this.saveState.kind === 'conflict' ? this.saveState.message : null;
  }

  /** Retries a failed save (the error state keeps the changes). */
  retry(): void {
    if (this.saveState.kind === 'error') {
      this.setState({ kind: 'dirty' });
      void this.flush();
    }
  }

  /**
   * Another window (or a history restore) saved this section. Taken over when we have no
   * local changes; otherwise our next save reports the conflict.
   */
  async onRemoteChange(revision: number): Promise<void> {
    if (revision <= this.revision || this.hasUnsavedChanges || this.timer !== null) return;
    const res = await this.client.call('sections.get', { id: this.id });
    if (!res.ok || res.value.revision <= this.revision || this.hasUnsavedChanges) return;
    this.adopt(res.value);
  }

  private adopt(section: Section): void {
    this.current = section;
    this.revision = section.revision;
    if (this.model.getValue() !== section.body) {
      this.suppressBodyEvents = true;
      try {
        this.replaceBody(section.body);
      } finally {
        this.suppressBodyEvents = false;
      }
    }
    this.recheck();
  }

  /** What the person has here and the project file lacks, to be kept past a project switch; null when nothing is. */
  draft(): SectionDraft | null {
    if (!this.hasUnsavedChanges) return null;
    const now = this.section;
    const fields = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, structuredClone(now[f])])) as SectionDraft['fields'];
    return { id: this.id, label: sectionLabel(now), path: [...now.path], name: now.name, baseRevision: this.revision, fields };
  }

  /**
   * Puts a kept draft back as local edits, which then save as usual. Made on an older
   * revision than the stored one, it is saved against that revision, so the person gets
   * the conflict bar (keep theirs or take the stored text) rather than a silent overwrite.
   * Returns false when the section already holds exactly the draft.
   */
  applyDraft(draft: SectionDraft): boolean {
    if (this.env.readOnly()) return false;
    const now = this.section;
    const changed = DRAFT_FIELDS.filter((f) => JSON.stringify(draft.fields[f]) !== JSON.stringify(now[f]));
    if (changed.length === 0) return false;
    if (draft.baseRevision < this.revision) this.revision = draft.baseRevision;
    for (const f of changed) {
      if (f === 'body') continue;
      this.current = { ...this.current, [f]: draft.fields[f] };
      this.dirty.add(f);
    }
    if (changed.includes('body')) {
      this.suppressBodyEvents = true;
      try {
        this.replaceBody(draft.fields.body);
      } finally {
        this.suppressBodyEvents = false;
      }
      this.dirty.add('body');
    }
    this.scheduleSave();
    this.recheck();
    return true;
  }

  /** The fixes whose undo also restores references, for the next doc of this section. */
  get linked(): readonly LinkedEdit[] {
    return this.linkedEdits;
  }

  dispose(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.store.dispose();
    this.listeners.clear();
    monaco.editor.setModelMarkers(this.model, MARKER_OWNER, []);
    this.model.dispose();
  }
}
