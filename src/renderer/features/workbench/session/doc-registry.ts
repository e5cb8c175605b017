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
import { registerFlusher } from '../../../app/flush';
import { currentTranslator } from '../../../i18n/current';
import type { monaco } from '../editor/monaco';
import { SectionDoc } from './section-doc';
import type { DocEnvironment, LinkedEdit } from './section-doc';

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
  private env: DocEnvironment = { term: () => ({ termStart: null, termEnd: null }), readOnly: () => true };

  configure(env: DocEnvironment): void {
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
          const doc = this.docs.get(id) ?? new SectionDoc(res.value, this.env, { scope: String(this.generation), linked: this.linked.get(id) });
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

  async flushAll(): Promise<void> {
    await Promise.all([...this.docs.values()].map((d) => d.flush()));
  }

  hasUnsavedChanges(): boolean {
    return [...this.docs.values()].some((d) => d.hasUnsavedChanges);
  }

  /** Another project was opened: the old models and their undo stacks go. */
  clear(): void {
    // Not saved here: the backend already serves the other project (the shell saves before it switches).
    for (const doc of this.docs.values()) doc.dispose();
    this.docs.clear();
    this.loading.clear();
    this.linked.clear();
    this.generation++;
  }

  drop(id: string): void {
    this.docs.get(id)?.dispose();
    this.docs.delete(id);
    this.linked.delete(id);
  }
}

export const docs = new DocRegistry();
registerFlusher(
  () => docs.flushAll(),
  () => docs.hasUnsavedChanges(),
);
