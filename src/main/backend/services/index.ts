// Every API method's implementation, one domain a file; `Services` makes a missing
// method a compile error.
import type { Services } from '../../../shared/api';
import { appServices } from './app';
import type { BackendContext } from './context';
import { dashboardServices } from './dashboard';
import { decisionServices } from './decisions';
import { dialogServices } from './dialogs';
import { evidenceServices } from './evidence';
import type { DialogServices } from './dialogs';
import { exportServices } from './export';
import { historyServices } from './history';
import { decisionImportServices } from './import-decisions';
import { mergeServices } from '../merge/merge-services';
import { importServices } from './import-reports';
import { projectServices } from './project';
import { sectionServices } from './sections';

export function createServices(ctx: BackendContext, dialogs?: Partial<DialogServices>): Services {
  return {
    ...appServices(ctx),
    ...projectServices(ctx),
    ...sectionServices(ctx),
    ...importServices(ctx),
    ...decisionImportServices(ctx),
    ...exportServices(ctx),
    ...decisionServices(ctx),
    ...historyServices(ctx),
    ...mergeServices(ctx),
    ...dashboardServices(ctx),
    ...evidenceServices(ctx),
    ...dialogServices(dialogs),
  };
}
