// history.*: every saved change is a revision; restoring one saves its content as a
// new revision, so history is never rewritten.
import type { Services } from '../../../shared/api';
import type { Section } from '../../../shared/models';
import { validateForRender } from '../../../core/format';
import { sectionRuleProblem } from '../../../shared/content-checks';
import { AppException } from '../errors';
import { requireSession } from './context';
import type { BackendContext } from './context';
import { sectionLabel } from '../../../shared/section-label';

type HistoryServices = Pick<Services, 'history.list' | 'history.get' | 'history.restore'>;

export function historyServices(ctx: BackendContext): HistoryServices {
  const revision = (id: number) => {
    const detail = requireSession(ctx).store.getRevision(id);
    if (!detail) throw new AppException('not-found', `No revision with id ${id} in this project.`, { id });
    return detail;
  };

  return {
    'history.list': ({ sectionId }) => requireSession(ctx).store.listRevisions(sectionId),

    'history.get': ({ id }) => revision(id),

    'history.restore': ({ id }) => {
      const session = requireSession(ctx);
      const store = session.requireWritable();
      const old = revision(id).section;
      // A revision of a file made elsewhere (or before a rule existed) may hold what the
      // app no longer lets in; it stays readable in history, but does not come back.
      const problem = sectionRuleProblem(old) ?? validateForRender(old);
      if (problem) throw new AppException('bad-request', `This revision cannot be restored: ${problem}`, { id });
      const author = ctx.state.author();
      const clash = store.findSection(old.path, old.name);
      if (clash && clash.id !== old.id) {
        throw new AppException('conflict', `Another section now lives at "${sectionLabel(old)}"; rename it first.`, { id: clash.id });
      }
      const content = {
        heading: old.heading,
        agreement: old.agreement,
        body: old.body,
        references: old.references,
        verdict: old.verdict,
        verdictNote: old.verdictNote,
        status: old.status,
        path: old.path,
        name: old.name,
      };
      let restored: Section;
      if (session.section(old.id)) {
        restored = store.saveSection(old.id, content, { author });
      } else {
        // The section was deleted since: bring it back under its own id.
        restored = store.createSection({ id: old.id, ...content, agreementChecksum: old.agreementChecksum }, { author });
      }
      ctx.events.emit('sectionChanged', { id: restored.id, revision: restored.revision });
      ctx.events.emit('treeChanged', {});
      return restored;
    },
  };
}
