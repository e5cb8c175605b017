import type { DashboardData } from '../dashboard-models';
import { defineMethods, noArgs, returns } from './define';

export const dashboardMethods = defineMethods({
  /** Verdict distribution (project and per domain), open problems per section, cited decisions per year. */
  'dashboard.get': { args: noArgs, result: returns<DashboardData>() },
});
