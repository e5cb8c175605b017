// The open sections of the current project, by id and by Monaco model. The editor's
// language providers (completion, hover, code actions) are registered once for the
// whole app and find their section here through the model they are asked about.
import type { AppError } from '../../../../shared/models';
import { getClient } from '../../../api';
import { registerFlusher } from '../../../app/flush';
import type { monaco } from '../editor/monaco';
import { SectionDoc } from './section-doc';
import type { DocEnvironment } from './section-doc';

class DocRegistry {
  private docs = new Map<string, SectionDoc>();
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
    if (existing) return Promise.resolve(existing);
    let pending = this.loading.get(id);
    if (!pending) {
      pending = getClient()
        .call('sections.get', { id })
        .then((res) => {
          this.loading.delete(id);
          if (!res.ok) return res.error;
          const doc = this.docs.get(id) ?? new SectionDoc(res.value, this.env);
          this.docs.set(id, doc);
          return doc;
        });
      this.loading.set(id, pending);
    }
    return pending;
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
    for (const doc of this.docs.values()) doc.dispose();
    this.docs.clear();
    this.loading.clear();
  }

  drop(id: string): void {
    this.docs.get(id)?.dispose();
    this.docs.delete(id);
  }
}

export const docs = new DocRegistry();
registerFlusher(
  () => docs.flushAll(),
  () => docs.hasUnsavedChanges(),
);
