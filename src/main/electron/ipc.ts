// The one IPC entry point: `pwb:call` carries (method, args) to the backend's dispatch
// after checking who sent it; backend events go back on `pwb:event`.
import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../shared/models';
import type { Backend } from '../backend/app-backend';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../preload/bridge';
import { isTrustedSender } from './ipc-guard';

const REFUSED: Result<never> = { ok: false, error: { code: 'bad-request', message: 'Refused: only the workbench page itself may call the backend.' } };

export function registerIpc(backend: Backend, allowedOrigins: readonly string[]): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    const frame = event.senderFrame;
    const sender = frame ? { url: frame.url, isMainFrame: frame === event.sender.mainFrame } : null;
    if (!isTrustedSender(sender, allowedOrigins)) return REFUSED;
    if (typeof method !== 'string') return { ok: false, error: { code: 'bad-request', message: 'The method name must be a string.' } };
    return backend.dispatch(method, args);
  });

  const off = backend.events.onAny((name, payload) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(EVENT_CHANNEL, name, payload);
    }
  });

  return () => {
    off();
    ipcMain.removeHandler(CALL_CHANNEL);
  };
}

/** A menu choice for the renderer: sent to one window only, as a `menuCommand` event. */
export function sendToWindow(win: BrowserWindow, name: string, payload: unknown): void {
  if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, name, payload);
}
