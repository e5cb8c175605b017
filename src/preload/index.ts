// Runs sandboxed, isolated from the page. Exposes one object, `window.pwb`, with two
// functions bound to two fixed channels — never ipcRenderer itself or a generic
// invoke, so the page can reach nothing but the API contract.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { ApiEventName, ApiEvents } from '../shared/api';
import type { Result } from '../shared/models';
import { CALL_CHANNEL, EVENT_CHANNEL } from './bridge';
import type { PwbBridge } from './bridge';

type AnyListener = (payload: unknown) => void;
const listeners = new Map<string, Set<AnyListener>>();

// One IPC listener for all subscriptions, however many the page makes.
ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const listener of listeners.get(name) ?? []) {
    try {
      listener(payload);
    } catch (err) {
      console.error(`A listener for "${name}" failed:`, err);
    }
  }
});

const api = {
  platform: process.platform,
  call: async (method, args) => {
    try {
      return await ipcRenderer.invoke(CALL_CHANNEL, method, args);
    } catch (err) {
      return {
        ok: false,
        error: { code: 'internal', message: `The call ${String(method)} failed: ${err instanceof Error ? err.message : String(err)}` },
      } satisfies Result<never>;
    }
  },
  on: <E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) => {
    const l = listener as AnyListener;
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(l);
    return () => {
      set.delete(l);
    };
  },
} satisfies PwbBridge;

contextBridge.exposeInMainWorld('pwb', api);
