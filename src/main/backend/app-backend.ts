// The backend: the one implementation of the API contract, behind a single
// `dispatch(method, args)` that every transport (Electron IPC, loopback HTTP, the CLI,
// tests) calls. Arguments are validated here, errors come back as data, and calls run
// one at a time so a project can never be closed under a running import or export.
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { API, isMethod } from '../../shared/api';
import type { ApiClient, ArgsOf, Method, ResultOf, Services, UploadTicket } from '../../shared/api';
import { describeIssues } from '../../shared/content-rules';
import type { Result } from '../../shared/models';
import { fail, ok } from '../../shared/models';
import { AppException, toAppError } from './errors';
import { EventBus } from './events';
import { DownloadRegistry } from './export/downloads';
import type { DownloadSource } from './export/downloads';
import { ExportJobs } from './export/jobs';
import type { PdfPrinter } from './export/plan';
import { AppState } from './services/app-state';
import { Uploads } from './workspace/uploads';
import type { UploadRequest } from './workspace/uploads';
import { Workspace } from './workspace/workspace';
import type { BackendContext } from './services/context';
import type { DialogServices } from './services/dialogs';
import { createServices } from './services/index';
import { warmLibraryIndex } from './services/library-warmup';
import { OpenRequests } from './services/open-requests';

export interface BackendOptions {
  /** Where settings, the recent list and (by default) the demo project live. */
  dataDir: string;
  transport: 'electron' | 'http' | 'memory';
  nativeDialogs: boolean;
  /** Folder for `demo.pwb`; defaults to `dataDir`. */
  demoDir?: string;
  /** Native pickers, supplied by the Electron host only (the backend never imports electron). */
  dialogs?: Partial<DialogServices>;
  /** Whether opened projects go to the recent list; the CLI passes false. Default true. */
  recordRecent?: boolean;
  /** Prints a section page to PDF (the Electron host supplies Chromium's printToPDF). */
  pdf?: PdfPrinter;
  /**
   * The browser host's workspace folder (docs/adr/0015): when given, every path a call
   * names must lie inside it, and files reach the backend as uploads.
   */
  workspace?: string;
  /**
   * Builds the library's search index in the background after a project opens or its
   * library changes (docs/adr/0024). Default: on, but for the in-process transport (the
   * CLI, tests), which builds it when a call needs it.
   */
  indexInBackground?: boolean;
}

export interface Backend {
  /** Runs one API call. Never throws: every failure is `{ ok: false, error }`. */
  dispatch(method: string, args: unknown): Promise<Result<unknown>>;
  events: EventBus;
  services: Services;
  /** A prepared browser download by id (see DownloadRegistry), or null; for the browser host's download route. */
  openDownload(id: string): DownloadSource | null;
  /** Receives a file the browser uploads (browser host with a workspace); refuses elsewhere. */
  acceptUpload(request: UploadRequest, body: Readable | AsyncIterable<Uint8Array>, declaredBytes: number | null, signal?: AbortSignal): Promise<Result<UploadTicket>>;
  /**
   * Asks the renderer to open a project (the system handed one over while a window shows
   * the workbench); it saves its open edits first. See `OpenRequests`.
   */
  requestOpen(path: string): void;
  /** Resolves once no background build of the library index is under way. */
  libraryIndexed(): Promise<void>;
  /** Waits for running calls, then closes the open project. */
  close(): Promise<void>;
}

// Pickers wait for a person; holding the queue meanwhile would stall every other window.
// A cancel must reach the export it stops while that export holds the queue.
const unqueued = (method: Method) => method.startsWith('dialogs.') || method === 'export.cancel';

export function createBackend(opts: BackendOptions): Backend {
  const events = new EventBus();
  const workspace = opts.workspace === undefined ? null : Workspace.open(opts.workspace);
  const ctx: BackendContext = {
    dataDir: resolve(opts.dataDir),
    demoDir: resolve(opts.demoDir ?? opts.dataDir),
    transport: opts.transport,
    nativeDialogs: opts.nativeDialogs,
    events,
    state: new AppState(resolve(opts.dataDir)),
    recordRecent: opts.recordRecent ?? true,
    downloads: new DownloadRegistry(),
    jobs: new ExportJobs(),
    ...(opts.pdf ? { pdf: opts.pdf } : {}),
    workspace,
    uploads: workspace ? new Uploads(workspace) : null,
    openRequests: new OpenRequests(events),
    session: null,
  };
  const services = createServices(ctx, opts.dialogs);
  const warmup = (opts.indexInBackground ?? opts.transport !== 'memory') ? warmLibraryIndex(ctx) : null;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const run = async (method: Method, args: unknown): Promise<Result<unknown>> => {
    const parsed = API[method].args.safeParse(args === undefined ? {} : args);
    if (!parsed.success) return fail('bad-request', `Invalid request: ${describeIssues(parsed.error)}`, { method });
    try {
      const handler = services[method] as (a: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (err) {
      if (err instanceof AppException) return { ok: false, error: err.toError() };
      process.stderr.write(`policy-workbench: ${method} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      return fail('internal', `Unexpected error in ${method}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const dispatch = (method: string, args: unknown): Promise<Result<unknown>> => {
    if (!isMethod(method)) return Promise.resolve(fail('bad-request', `Unknown method "${String(method)}"`));
    if (closed) return Promise.resolve(fail('internal', 'The backend has been closed.'));
    if (unqueued(method)) return run(method, args);
    const result = queue.then(() => run(method, args));
    queue = result;
    return result;
  };

  return {
    dispatch,
    events,
    services,
    openDownload: (id) => ctx.downloads.take(id),
    // Not queued: an upload streams for as long as the browser sends, and touches no project.
    acceptUpload: async (request, body, declaredBytes, signal) => {
      if (!ctx.uploads) return fail('bad-request', 'This host takes no uploads: name files by their paths.');
      if (closed) return fail('internal', 'The backend has been closed.');
      try {
        return ok(await ctx.uploads.receive(request, body, declaredBytes, signal));
      } catch (err) {
        return { ok: false, error: toAppError(err) };
      }
    },
    requestOpen: (path) => ctx.openRequests.request(path),
    libraryIndexed: () => warmup?.idle() ?? Promise.resolve(),
    close: async () => {
      if (closed) return;
      closed = true;
      warmup?.stop();
      await queue;
      ctx.downloads.clear();
      ctx.uploads?.clear();
      const session = ctx.session;
      ctx.session = null;
      session?.store.close();
    },
  };
}

/** JSON in, JSON out: what every real transport does to values, so tests see the same. */
function roundTrip<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** The in-process transport: the ApiClient over a backend in the same process (tests; the CLI calls `dispatch` itself, see cli/session.ts). */
export function createInProcessClient(backend: Backend): ApiClient {
  return {
    call: async <M extends Method>(method: M, args: ArgsOf<M>) =>
      roundTrip(await backend.dispatch(method, roundTrip(args))) as Result<ResultOf<M>>,
    on: (event, listener) => backend.events.on(event, listener),
  };
}
