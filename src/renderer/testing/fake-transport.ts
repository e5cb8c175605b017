// A fake ApiClient for renderer unit tests: an in-memory backend for sections that keeps
// revisions the way the store does (a save against an old revision is a conflict), with
// failures and slow answers on request. Test-only (imported by *.test.ts files).
import type { ApiClient, ApiEventName, ApiEvents, ArgsOf, Method, ResultOf } from '../../shared/api';
import type { AppError, Result, Section } from '../../shared/models';

type Handler<M extends Method> = (args: ArgsOf<M>) => Result<ResultOf<M>>;

export interface FakeCall {
  method: Method;
  args: unknown;
}

export function section(id: string, over: Partial<Section> = {}): Section {
  return {
    id,
    path: ['Map'],
    name: id,
    order: 0,
    heading: `Sectie ${id}`,
    agreement: '',
    body: 'Eerste regel.\n',
    references: [],
    verdict: 'not-rated',
    verdictNote: '',
    status: 'draft',
    agreementChecksum: null,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    revision: 1,
    ...over,
  };
}

export class FakeTransport implements ApiClient {
  readonly sections = new Map<string, Section>();
  readonly calls: FakeCall[] = [];
  /** The next answers to `sections.save`, in order, instead of the stored behaviour. */
  readonly saveFailures: AppError[] = [];
  /** The open project's file; a save naming another one is refused, as the backend does. */
  project: string | null = null;
  /** While set, calls wait until `release()`. */
  private gate: { promise: Promise<void>; open(): void } | null = null;
  private listeners = new Map<ApiEventName, Set<(payload: never) => void>>();
  private handlers: { [M in Method]?: Handler<M> } = {
    'sections.get': ({ id }) => {
      const s = this.sections.get(id);
      return s ? { ok: true, value: structuredClone(s) } : { ok: false, error: { code: 'not-found', message: `No section ${id}` } };
    },
    'sections.save': ({ id, patch, baseRevision, project }) => {
      const failure = this.saveFailures.shift();
      if (failure) return { ok: false, error: failure };
      if (project !== undefined && project !== this.project) return { ok: false, error: { code: 'no-project', message: `Not saved: ${project} is no longer the open project.` } };
      const s = this.sections.get(id);
      if (!s) return { ok: false, error: { code: 'not-found', message: `No section ${id}` } };
      if (baseRevision !== undefined && baseRevision !== s.revision) {
        return { ok: false, error: { code: 'conflict', message: `Changed elsewhere (now revision ${s.revision})` } };
      }
      const saved: Section = { ...s, ...structuredClone(patch), revision: s.revision + 1 };
      this.sections.set(id, saved);
      return { ok: true, value: structuredClone(saved) };
    },
  };

  constructor(...initial: Section[]) {
    for (const s of initial) this.sections.set(s.id, structuredClone(s));
  }

  /** Answers `method` with `handler` (methods the fake has no behaviour for, or a different one). */
  handle<M extends Method>(method: M, handler: Handler<M>): void {
    (this.handlers as Record<string, unknown>)[method] = handler;
  }

  /** Sends an event to the listeners, as the backend does. */
  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void {
    for (const l of this.listeners.get(event) ?? []) (l as (p: ApiEvents[E]) => void)(payload);
  }

  /** Holds every call until `release()`: a save in flight. */
  hold(): void {
    let open!: () => void;
    const promise = new Promise<void>((r) => (open = r));
    this.gate = { promise, open };
  }

  release(): void {
    this.gate?.open();
    this.gate = null;
  }

  saves(id?: string): { id: string; patch: Record<string, unknown>; baseRevision?: number }[] {
    return this.calls
      .filter((c) => c.method === 'sections.save')
      .map((c) => c.args as { id: string; patch: Record<string, unknown>; baseRevision?: number })
      .filter((a) => id === undefined || a.id === id);
  }

  async call<M extends Method>(method: M, args: ArgsOf<M>): Promise<Result<ResultOf<M>>> {
    this.calls.push({ method, args });
    const gate = this.gate;
    if (gate) await gate.promise;
    const handler = this.handlers[method] as Handler<M> | undefined;
    if (!handler) return { ok: false, error: { code: 'bad-request', message: `The fake transport has no ${method}` } };
    return handler(args);
  }

  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener as (payload: never) => void);
    return () => set.delete(listener as (payload: never) => void);
  }
}
