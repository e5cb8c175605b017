import type { ApiEventName, ApiEvents } from '../../shared/api';

type Listener<E extends ApiEventName> = (payload: ApiEvents[E]) => void;

/** The backend's event bus; each transport subscribes once and forwards to its clients. */
export class EventBus {
  private listeners = new Map<ApiEventName, Set<Listener<ApiEventName>>>();

  on<E extends ApiEventName>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener<ApiEventName>);
    return () => set.delete(listener as Listener<ApiEventName>);
  }

  /** Subscribes to every event; used by transports that forward all of them. */
  onAny(listener: <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void): () => void {
    const offs = (Object.keys(EVENT_NAMES) as ApiEventName[]).map((e) => this.on(e, (p) => listener(e, p)));
    return () => offs.forEach((off) => off());
  }

  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void {
    for (const l of this.listeners.get(event) ?? []) {
      try {
        l(payload);
      } catch {
        // A broken listener (e.g. a closed window) must not stop the others.
      }
    }
  }
}

/** Every event name, checked against the contract by the `Record` type. */
export const EVENT_NAMES: Record<ApiEventName, true> = {
  sectionChanged: true,
  treeChanged: true,
  projectChanged: true,
  settingsChanged: true,
  exportProgress: true,
  importProgress: true,
  menuCommand: true,
  openRequested: true,
};
