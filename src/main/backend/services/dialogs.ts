// Native pickers exist only in Electron. The backend never imports electron, so the
// Electron host hands its implementations in through `createBackend({ dialogs })`;
// every other host answers `bad-request` and the renderer offers a path field instead.
import type { DialogMethod, Services } from '../../../shared/api';
import { AppException } from '../errors';

export type DialogServices = Pick<Services, DialogMethod>;

function unavailable(): never {
  throw new AppException('bad-request', 'File dialogs are not available here; type a path instead.');
}

export function dialogServices(provided?: Partial<DialogServices>): DialogServices {
  return {
    'dialogs.openProject': provided?.['dialogs.openProject'] ?? unavailable,
    'dialogs.saveProject': provided?.['dialogs.saveProject'] ?? unavailable,
    'dialogs.pickFolder': provided?.['dialogs.pickFolder'] ?? unavailable,
    'dialogs.pickFiles': provided?.['dialogs.pickFiles'] ?? unavailable,
  };
}
