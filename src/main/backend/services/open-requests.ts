// Projects the operating system asks the app to open while the workbench is showing
// (Open recent, a second launch with a file, macOS `open-file`). The main process must
// not open them itself: the renderer may hold edits that are not saved yet, and only the
// renderer can save them first (docs/adr/0026). So the request waits here, the renderer
// is told (`openRequested`), and it takes the request when it is ready — also when it
// was still loading as the request came, because it asks once when it starts.
import type { EventBus } from '../events';

export class OpenRequests {
  private pending: string | null = null;

  constructor(private readonly events: EventBus) {}

  /** A newer request replaces one not yet taken: the person asked for that file last. */
  request(path: string): void {
    this.pending = path;
    this.events.emit('openRequested', { path });
  }

  /** The waiting request, once. */
  take(): string | null {
    const path = this.pending;
    this.pending = null;
    return path;
  }

  get waiting(): boolean {
    return this.pending !== null;
  }
}
