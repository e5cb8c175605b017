// VS Code's way of owning listeners and registrations: everything a view or a document
// registers goes into one store, and disposing the store undoes all of it. The live count
// across all stores is what the leak test watches (window.__pwbEditorStats).

export interface Disposable {
  dispose(): void;
}

let live = 0;

/** Registrations held by stores that are not disposed yet, app-wide. */
export function liveDisposables(): number {
  return live;
}

export class DisposableStore implements Disposable {
  private items = new Set<Disposable>();
  private disposed = false;

  /** Keeps `d` until the store is disposed; a store already disposed disposes it at once. */
  add<T extends Disposable>(d: T): T {
    if (this.disposed) {
      d.dispose();
      return d;
    }
    this.items.add(d);
    live++;
    return d;
  }

  /** Wraps a plain unsubscribe function (`client.on(...)` returns one). */
  addFn(off: () => void): void {
    this.add({ dispose: off });
  }

  get size(): number {
    return this.items.size;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const items = [...this.items];
    this.items.clear();
    live -= items.length;
    for (const d of items) {
      try {
        d.dispose();
      } catch (err) {
        // One failing disposal must not keep the others alive.
        console.error('dispose failed', err);
      }
    }
  }
}
