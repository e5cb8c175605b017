import type { DashboardData } from '../dashboard-models';

export interface DashboardHandlers {
  /** Verdict distribution (project and per domain), open problems per section, cited decisions per year. */
  'dashboard.get': (args: Record<string, never>) => DashboardData;
}
