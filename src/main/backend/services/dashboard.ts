// dashboard.get: the project's figures, from the same cached diagnostics as the tree.
import type { Services } from '../../../shared/api';
import { scanCitations } from '../../../core/citations/scan';
import { summarizeProject } from '../../../core/dashboard/summarize';
import { requireSession } from './context';
import type { BackendContext } from './context';

type DashboardServices = Pick<Services, 'dashboard.get'>;

export function dashboardServices(ctx: BackendContext): DashboardServices {
  return {
    'dashboard.get': () => {
      const session = requireSession(ctx);
      const info = session.store.info();
      return summarizeProject(
        session.sections().map((s) => ({
          id: s.id,
          path: s.path,
          name: s.name,
          verdict: s.verdict,
          references: s.references,
          citedNumbers: scanCitations(s.body).citations.map((c) => c.number),
          problems: session.diagnostics.counts(s, info),
        })),
      );
    },
  };
}
