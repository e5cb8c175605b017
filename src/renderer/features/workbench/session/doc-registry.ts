// The open sections of the current project, by id and by Monaco model. The editor's
// language providers (completion, hover, code actions) find their section here through
// the model they are asked about.
//
// Bounded, as VS Code bounds open editors: every live model holds listeners inside Monaco
// (one on the language service each, which warns of a leak at 200), so only the most
// recently used sections keep a model. A section with edits not yet saved is never let go;
// one that is let go keeps its undo (Monaco restores it, see `sectionUri`).
import type { AppError } from '../../../../shared/models';
import { getClient } from '../../../api';
import { registerEditSession } from '../../../app/flush';
import { currentTranslator } from '../../../i18n/current';
import type { monaco } from '../editor/monaco';
import { draftOf, draftsOf, forgetDrafts, keepDrafts } from './drafts';
import { SectionDoc } from './section-doc';
import type { DocEnvironment, LinkedEdit, SaveState } from './section-doc';
import type { SectionDraft } from './drafts';

export interface RegistryEnvironment extends DocEnvironment {
  /** The open project's file (`OpenProject.path`): saves name it, kept drafts are filed under it. */
  project?: string;
}

/** A section whose edits are not in the project file, and why (its save state). */
export interface UnsavedSection {
  id: string;
  label: string;
  state: SaveState;
}

/** Sections kept open (with their Monaco model) besides those with unsaved edits. */
export const MAX_OPEN_DOCS = 24;

export class DocRegistry {
  /** In use order: the least recently opened first. */
  private docs = new Map<string, SectionDoc>();
  /** Reference links of fixes in sections let go, for when they are opened again. */
  private linked = new Map<string, readonly LinkedEdit[]>();
  /** Changes with every project, so no undo stack crosses from one project to another. */
  private generation = 0;
  private loading = new Map<string, Promise<SectionDoc | AppError>>();
  private env: RegistryEnvironment = { term: () => ({ termStart: null, termEnd: null }), readOnly: () => true };
  /** The person chose to drop what could not be saved: the next `clear` keeps no drafts. */
  private discarding = false;

  configure(env: RegistryEnvironment): void {
    this.env = env;
  }

  get(id: string): SectionDoc | undefined {
    return this.docs.get(id);
  }

  forModel(model: monaco.editor.ITextModel): SectionDoc | undefined {
    for (const doc of this.docs.values()) if (doc.model === model) return doc;
    return undefined;
  }

  /** The open doc for a section, loading it on first use. */
  open(id: string): Promise<SectionDoc | AppError> {
    const existing = this.docs.get(id);
    if (existing) {
      this.touch(id, existing);
      return Promise.resolve(existing);
    }
    let pending = this.loading.get(id);
    if (!pending) {
      const generation = this.generation;
      pending = getClient()
        .call('sections.get', { id })
        .then((res) => {
          if (generation !== this.generation) return { code: 'not-found', message: currentTranslator().t('workbench.projectClosed') } satisfies AppError;
          this.loading.delete(id);
          if (!res.ok) return res.error;
          let doc = this.docs.get(id);
          if (!doc) {
            doc = new SectionDoc(res.value, this.env, { scope: String(this.generation), linked: this.linked.get(id), project: this.env.project });
            this.takeDraft(doc);
          }
          this.linked.delete(id);
          this.touch(id, doc);
          this.evict();
          return doc;
        });
      this.loading.set(id, pending);
    }
    return pending;
  }

  get size(): number {
    return this.docs.size;
  }

  private touch(id: string, doc: SectionDoc): void {
    this.docs.delete(id);
    this.docs.set(id, doc);
  }

  /** Lets go of the least recently used sections beyond the limit, unless they hold edits. */
  private evict(): void {
    let excess = this.docs.size - MAX_OPEN_DOCS;
    for (const [id, doc] of this.docs) {
      if (excess <= 0) break;
      if (doc.hasUnsavedChanges || doc.saveState.kind !== 'saved') continue;
      if (doc.linked.length > 0) this.linked.set(id, doc.linked);
      doc.dispose();
      this.docs.delete(id);
      excess--;
    }
  }

  /** Re-runs the checker everywhere (the project's term changed). */
  recheckAll(): void {
    for (const doc of this.docs.values()) doc.recheck();
  }

  /** A draft kept for this section when the project was left goes back in as local edits. */
  private takeDraft(doc: SectionDoc): boolean {
    const project = this.env.project;
    const draft = project ? draftOf(project, doc.id) : null;
    if (!project || !draft) return false;
    const applied = doc.applyDraft(draft);
    forgetDrafts(project, [doc.id]);
    return applied;
  }

  /**
   * Opens every section of this project that has a kept draft, putting the draft back (it
   * then saves, or shows its conflict). Returns the labels of the sections that got text
   * back, and the drafts whose section is gone (handed over: no longer kept here).
   */
  async restoreDrafts(): Promise<{ restored: string[]; missing: SectionDraft[] }> {
    const project = this.env.project;
    const restored: string[] = [];
    const missing: SectionDraft[] = [];
    if (!project) return { restored, missing };
    for (const draft of draftsOf(project)) {
      const open = this.docs.get(draft.id);
      if (open) {
        if (this.takeDraft(open)) restored.push(draft.label);
        continue;
      }
      const doc = await this.open(draft.id);
      if ('code' in doc) missing.push(draft);
      else if (doc.hasUnsavedChanges) restored.push(draft.label);
    }
    if (missing.length > 0) forgetDrafts(project, missing.map((d) => d.id));
    return { restored, missing };
  }

  /** The open sections whose edits have not reached the project file. */
  unsaved(): UnsavedSection[] {
    return [...this.docs.values()].filter((d) => d.hasUnsavedChanges).map((d) => ({ id: d.id, label: d.draft()?.label ?? d.id, state: d.saveState }));
  }

  /** Files what could not be saved as drafts of this project; false when the storage refused. */
  keepUnsaved(): boolean {
    const project = this.env.project;
    if (!project) return false;
    return keepDrafts(project, [...this.docs.values()].flatMap((d) => d.draft() ?? []));
  }

  /** Takes back the drafts `keepUnsaved` filed for the sections open here. */
  forgetKept(): void {
    const project = this.env.project;
    if (project) forgetDrafts(project, [...this.docs.keys()]);
  }

  /** The project is left without its unsaved edits (the person chose so); undone when the switch fails. */
  discardOnClear(on: boolean): void {
    this.discarding = on;
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.docs.values()].map((d) => d.flush()));
  }

  hasUnsavedChanges(): boolean {
    return [...this.docs.values()].some((d) => d.hasUnsavedChanges);
  }

  /**
   * Another project was opened: the old models and their undo stacks go. Not saved here:
   * the backend already serves the other project (the shell saves before it switches).
   * What is still unsaved (a failed save, or a switch made from another window) is kept as
   * drafts of the project it belongs to, unless the person chose to discard it.
   */
  clear(): void {
    if (this.discarding) this.discarding = false;
    else this.keepUnsaved();
    for (const doc of this.docs.values()) doc.dispose();
    this.docs.clear();
    this.loading.clear();
    this.linked.clear();
    this.generation++;
  }

  /** A section was deleted: its doc goes; what it held unsaved is handed back, to be saved elsewhere. */
  dropDeleted(id: string): SectionDraft | null {
    const draft = this.docs.get(id)?.draft() ?? null;
    this.drop(id);
    return draft;
  }

  drop(id: string): void {
    this.docs.get(id)?.dispose();
    this.docs.delete(id);
    this.linked.delete(id);
  }
}

export const docs = new DocRegistry();
registerEditSession({
  flush: () => docs.flushAll(),
  hasUnsaved: () => docs.hasUnsavedChanges(),
  unsaved: () => docs.unsaved().map((u) => ({ id: u.id, label: u.label, reason: 'message' in u.state ? u.state.message : null })),
  keep: () => docs.keepUnsaved(),
  forgetKept: () => docs.forgetKept(),
  discardOnSwitch: (on) => docs.discardOnClear(on),
});
