import type { PwbBridge } from '../../preload/bridge';

declare global {
  interface Window {
    /** Present in the Electron app (put there by the preload); absent in a browser. */
    pwb?: PwbBridge;
  }
}

export {};
