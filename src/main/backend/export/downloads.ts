// Files the browser host hands to the browser as downloads. A call (`export.download`,
// `project.downloadCopy`, `export.printPage`) prepares one and returns a ticket; the
// browser then fetches `GET /api/download/<id>` (a plain navigation, so its download
// manager streams it to disk). The id is a 128-bit random capability, valid once (a
// print page: for its lifetime) and for a few minutes.
import { randomBytes } from 'node:crypto';
import type { DownloadTicket } from '../../../shared/api';

export interface DownloadSource {
  ticket: DownloadTicket;
  /** Produces the bytes; `signal` aborts when the browser goes away or the person cancels. */
  open(signal: AbortSignal): AsyncIterable<Uint8Array>;
  /** Bytes, when known in advance (a file copy); absent for a streamed zip. */
  size?: number;
  /** Runs once the download ends, is refused or expires (e.g. removes a temp copy). */
  dispose?: () => void;
}

const LIFETIME_MS = 5 * 60_000;
const MAX_WAITING = 50;

export class DownloadRegistry {
  private readonly waiting = new Map<string, { source: DownloadSource; expires: number; reusable: boolean }>();

  constructor(private readonly now: () => number = Date.now) {}

  add(source: Omit<DownloadSource, 'ticket'> & { ticket: Omit<DownloadTicket, 'id'> }, reusable = false): DownloadTicket {
    this.sweep();
    // A page that prepares downloads it never fetches must not pile them up.
    while (this.waiting.size >= MAX_WAITING) this.drop(this.waiting.keys().next().value!);
    const id = randomBytes(16).toString('base64url');
    const ticket: DownloadTicket = { ...source.ticket, id };
    this.waiting.set(id, { source: { ...source, ticket }, expires: this.now() + LIFETIME_MS, reusable });
    return ticket;
  }

  /** The download for `id`, or null when unknown or expired. A one-time download is taken out. */
  take(id: string): DownloadSource | null {
    this.sweep();
    const entry = this.waiting.get(id);
    if (!entry) return null;
    if (!entry.reusable) this.waiting.delete(id);
    return entry.source;
  }

  /** Drops everything (the backend closes). */
  clear(): void {
    for (const id of [...this.waiting.keys()]) this.drop(id);
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, e] of this.waiting) if (e.expires <= now) this.drop(id);
  }

  private drop(id: string): void {
    const e = this.waiting.get(id);
    this.waiting.delete(id);
    e?.source.dispose?.();
  }
}
