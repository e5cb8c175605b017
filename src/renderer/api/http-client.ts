// The browser-host transport, client side: calls are POSTs to /api/call with the
// per-run token in a header; events arrive over one EventSource. Like every ApiClient
// it never throws: a host that is gone becomes an `io` error the UI can show.
import type { ApiClient, ApiEventName, DownloadTicket, UploadRequest, UploadTicket } from '../../shared/api';
import type { AppError, Result } from '../../shared/models';
import { currentTranslator } from '../i18n/current';

/** Bytes (UTF-16 units, a safe over-estimate for ASCII JSON) below which a call may outlive the page. */
const KEEPALIVE_LIMIT = 60_000;

type AnyListener = (payload: unknown) => void;

/** The parts of EventSource the client uses (a test passes a fake). */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (ev: MessageEvent) => void): void;
  close(): void;
  onerror: ((ev: Event) => void) | null;
  onopen: ((ev: Event) => void) | null;
}

export interface HttpClientOptions {
  /** The per-run token from the page URL. */
  token: string;
  /** Origin of the host; defaults to the page's own. */
  baseUrl?: string;
  fetch?: typeof fetch;
  createEventSource?: (url: string) => EventSourceLike;
  /** First reconnect delay after the event stream is refused; doubles up to 30 s. */
  reconnectMs?: number;
  /** Called with true/false when the event stream connects or drops (for a status light). */
  onConnectionChange?: (connected: boolean) => void;
}

const CLOSED = 2;
const MAX_RECONNECT = 30_000;

const ioError = (message: string): { ok: false; error: AppError } => ({ ok: false, error: { code: 'io', message } });

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error?.message === 'string';
}

/** The host's answer as Result data: it answers errors (401, 403, 413, …) as Results too, passed on as they are. */
async function readResult(res: Response): Promise<Result<unknown>> {
  let answer: unknown;
  try {
    answer = await res.json();
  } catch {
    return ioError(res.ok ? currentTranslator().t('app.host.notJson') : currentTranslator().t('app.host.httpStatus', { status: String(res.status) }));
  }
  if (isResult(answer)) return answer;
  return ioError(currentTranslator().t('app.host.unexpected', { status: String(res.status) }));
}

export function createHttpClient(opts: HttpClientOptions): ApiClient {
  const base = (opts.baseUrl ?? '').replace(/\/$/, '');
  const doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
  const makeSource = opts.createEventSource ?? ((url: string) => new EventSource(url));
  const listeners = new Map<string, Set<AnyListener>>();
  let source: EventSourceLike | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let retryDelay = opts.reconnectMs ?? 1000;

  async function call(method: string, args: unknown): Promise<Result<unknown>> {
    let res: Response;
    const body = JSON.stringify({ method, args: args ?? {} });
    try {
      res = await doFetch(`${base}/api/call`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${opts.token}` },
        body,
        credentials: 'same-origin',
        cache: 'no-store',
        // A save sent as the tab closes must still arrive; browsers allow keepalive up to 64 KB.
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
    } catch {
      return ioError(currentTranslator().t('app.host.unreachable'));
    }
    return readResult(res);
  }

  function dispatchEvent(name: string, data: string): void {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const l of listeners.get(name) ?? []) {
      try {
        l(payload);
      } catch (err) {
        console.error(`A listener for "${name}" failed:`, err);
      }
    }
  }

  function connect(): void {
    if (source) return;
    const s = makeSource(`${base}/api/events?token=${encodeURIComponent(opts.token)}`);
    source = s;
    for (const name of listeners.keys()) s.addEventListener(name, (ev) => dispatchEvent(name, ev.data as string));
    s.onopen = () => {
      retryDelay = opts.reconnectMs ?? 1000;
      opts.onConnectionChange?.(true);
    };
    s.onerror = () => {
      opts.onConnectionChange?.(false);
      // EventSource retries a dropped stream by itself; after a refusal (401, host
      // restarted on another token) it gives up, so try again with back-off.
      if (s.readyState === CLOSED) {
        s.close();
        if (source === s) source = null;
        scheduleReconnect();
      }
    };
  }

  function scheduleReconnect(): void {
    if (retryTimer || listeners.size === 0) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect();
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, MAX_RECONNECT);
  }

  function on(event: ApiEventName, listener: AnyListener): () => void {
    let set = listeners.get(event);
    if (!set) {
      listeners.set(event, (set = new Set()));
      // A new event name needs a listener on the open stream too.
      source?.addEventListener(event, (ev) => dispatchEvent(event, ev.data as string));
    }
    set.add(listener);
    connect();
    return () => {
      set.delete(listener);
    };
  }

  /**
   * A download goes through the browser itself: a navigation to the host's download route
   * (an <a download> click), so the browser's download manager streams it to disk, asks
   * where to save when the person has set it to, and shows its own progress. An `inline`
   * ticket (the print page) is loaded into an out-of-sight frame and handed to the
   * browser's print dialog, where "Save as PDF" makes the PDF.
   */
  function download(ticket: DownloadTicket): void {
    const href = `${base}/api/download/${encodeURIComponent(ticket.id)}`;
    if (ticket.inline) return printInFrame(href, ticket.fileName);
    const a = document.createElement('a');
    a.href = href;
    a.download = ticket.fileName;
    a.rel = 'noopener';
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  /**
   * An upload goes the other way through the same host (the mirror of `download`): the
   * file the person picked or dropped is posted as it is, streamed by the browser, and
   * the host answers with a ticket (or an error) as Result data.
   */
  async function upload(file: Blob, request: UploadRequest): Promise<Result<UploadTicket>> {
    const query = new URLSearchParams({ kind: request.kind, path: request.path });
    if (request.batch) query.set('batch', request.batch);
    let res: Response;
    try {
      res = await doFetch(`${base}/api/upload?${query.toString()}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${opts.token}` },
        body: file,
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      return ioError(currentTranslator().t('app.host.unreachable'));
    }
    return (await readResult(res)) as Result<UploadTicket>;
  }

  return { call, on, download, upload } as ApiClient;
}

function printInFrame(href: string, title: string): void {
  document.querySelectorAll('iframe.print-frame').forEach((f) => f.remove());
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = title;
  frame.dataset.testid = 'print-frame';
  // No scripts run in the page; same origin only so this page may call its print().
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.addEventListener('load', () => {
    const w = frame.contentWindow;
    if (!w) return;
    w.addEventListener('afterprint', () => frame.remove());
    w.focus();
    w.print();
  });
  frame.src = href;
  document.body.appendChild(frame);
}

/** A client for a page opened without its token: every call explains what to do. */
export function createMissingTokenClient(): ApiClient {
  // Worded when asked, so it speaks the language the interface has by then.
  const error = (): AppError => ({ code: 'bad-request', message: currentTranslator().t('app.host.noToken') });
  return {
    call: async () => ({ ok: false, error: error() }),
    on: () => () => undefined,
  } as ApiClient;
}
