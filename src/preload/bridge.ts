// The shape of `window.pwb`, shared by the preload (which builds it with `satisfies`)
// and the renderer (which declares it on Window). No electron import: types only.
import type { ApiClient } from '../shared/api';

/** IPC channel names; the main process listens on exactly these. */
export const CALL_CHANNEL = 'pwb:call';
export const EVENT_CHANNEL = 'pwb:event';

export interface PwbBridge extends ApiClient {
  /** `process.platform` of the machine, e.g. to show ⌘ rather than Ctrl in shortcut labels. */
  readonly platform: string;
}
