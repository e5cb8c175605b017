// decisions.*: the local decision library and which sections cite a decision.
import type { CitingSection, Services } from '../../../shared/api';
import { AppException } from '../errors';
import { requireSession } from './context';
import type { BackendContext } from './context';

type DecisionServices = Pick<Services, 'decisions.search' | 'decisions.get' | 'decisions.byUrl'>;

export function decisionServices(ctx: BackendContext): DecisionServices {
  return {
    'decisions.search': (query) => requireSession(ctx).store.searchDecisions(query),

    'decisions.get': ({ key }) => {
      const session = requireSession(ctx);
      const decision = session.store.getDecision(key);
      if (!decision) throw new AppException('not-found', `No decision with key ${key} in the library.`, { key });
      const citedBy: CitingSection[] = [];
      if (decision.url) {
        for (const s of session.sections()) {
          for (const r of s.references) {
            if (r.url === decision.url) citedBy.push({ sectionId: s.id, path: s.path, name: s.name, referenceNumber: r.number });
          }
        }
      }
      return { ...decision, citedBy };
    },

    'decisions.byUrl': ({ urls }) => requireSession(ctx).store.decisionsByUrl(urls),
  };
}
