import { originOf } from './app-url';

/** What the IPC handler knows about who sent a message. */
export interface SenderFrame {
  /** URL of the sending frame; undefined when the frame is gone. */
  url: string | undefined;
  /** True when the frame is the top-level frame of its window (not an iframe). */
  isMainFrame: boolean;
}

/**
 * Only the app's own top-level page may call the backend: not an iframe (a report
 * preview could contain one), not a page the window was somehow navigated to.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, allowedOrigins: readonly string[]): boolean {
  if (!frame || !frame.isMainFrame) return false;
  const origin = originOf(frame.url);
  return origin !== null && allowedOrigins.includes(origin);
}
