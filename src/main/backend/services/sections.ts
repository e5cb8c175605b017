// sections.*: the tree, reading, creating, saving (as new revisions) and checking.
import type { Services } from '../../../shared/api';
import type { Report, Section, SectionSummary } from '../../../shared/models';
import { validateForRender } from '../../../core/format';
import { AppException } from '../errors';
import type { ProjectStore } from '../store/types';
import { requireSession } from './context';
import type { BackendContext, ProjectSession } from './context';
import { sectionLabel } from '../../../shared/section-label';

type SectionServices = Pick<
  Services,
  'sections.tree' | 'sections.get' | 'sections.create' | 'sections.save' | 'sections.delete' | 'sections.check'
>;

export function requireSection(session: ProjectSession, id: string): Section {
  const section = session.section(id);
  if (!section) throw AppException.worded('not-found', 'error.sectionNotFound', { id }, { id });
  return section;
}

function refuseDuplicate(store: ProjectStore, path: string[], name: string, exceptId?: string): void {
  const other = store.findSection(path, name);
  if (other && other.id !== exceptId) {
    throw AppException.worded('conflict', 'error.sectionExists', { label: sectionLabel({ path, name }) }, { id: other.id });
  }
}

export function toSummary(section: Section, problems: SectionSummary['problems']): SectionSummary {
  return {
    id: section.id,
    path: section.path,
    name: section.name,
    heading: section.heading,
    order: section.order,
    verdict: section.verdict,
    status: section.status,
    referenceCount: section.references.length,
    problems,
    updatedAt: section.updatedAt,
  };
}

export function sectionServices(ctx: BackendContext): SectionServices {
  const announce = (id: string, revision: number, deleted = false) => {
    ctx.events.emit('sectionChanged', deleted ? { id, revision, deleted } : { id, revision });
    ctx.events.emit('treeChanged', {});
  };

  return {
    'sections.tree': () => {
      const session = requireSession(ctx);
      const info = session.store.info();
      return session.sections().map((s) => toSummary(s, session.diagnostics.counts(s, info)));
    },

    'sections.get': ({ id }) => requireSection(requireSession(ctx), id),

    'sections.create': ({ path, name, heading }) => {
      const session = requireSession(ctx);
      const store = session.requireWritable();
      refuseDuplicate(store, path, name);
      const section = store.createSection(
        { path, name, heading: heading?.trim() ? heading : name, agreement: '', body: '', references: [] },
        { author: ctx.state.author() },
      );
      announce(section.id, section.revision);
      return section;
    },

    'sections.save': ({ id, patch, baseRevision, project }) => {
      const session = requireSession(ctx);
      if (project !== undefined && project !== session.store.path) {
        throw AppException.worded('no-project', 'error.otherProject', { project }, { id, project });
      }
      const store = session.requireWritable();
      const current = requireSection(session, id);
      if (baseRevision !== undefined && baseRevision !== current.revision) {
        throw AppException.worded('conflict', 'error.sectionChanged', { revision: current.revision, base: baseRevision }, { id, revision: current.revision, baseRevision });
      }
      if (patch.path !== undefined || patch.name !== undefined) {
        refuseDuplicate(store, patch.path ?? current.path, patch.name ?? current.name, id);
      }
      const merged: Report = {
        heading: patch.heading ?? current.heading,
        agreement: patch.agreement ?? current.agreement,
        body: patch.body ?? current.body,
        references: patch.references ?? current.references,
      };
      const problem = validateForRender(merged);
      if (problem) throw new AppException('bad-request', problem, { id });
      const saved = store.saveSection(id, patch, { author: ctx.state.author(), baseRevision });
      if (saved.revision !== current.revision) announce(id, saved.revision);
      return saved;
    },

    'sections.delete': ({ id }) => {
      const session = requireSession(ctx);
      const store = session.requireWritable();
      const current = requireSection(session, id);
      store.deleteSection(id, { author: ctx.state.author() });
      session.diagnostics.forget(id);
      announce(id, current.revision + 1, true);
      return null;
    },

    'sections.check': ({ id }) => {
      const session = requireSession(ctx);
      const section = requireSection(session, id);
      return session.diagnostics.diagnostics(section, session.store.info());
    },
  };
}
