// The one contract between renderer and backend: a map of method name -> handler.
// Every transport (Electron IPC, loopback HTTP, in-process) carries exactly these
// methods; the client derives argument and result types from this map.
import type { AppHandlers } from './api/app';
import type { DashboardHandlers } from './api/dashboard';
import type { DecisionHandlers } from './api/decisions';
import type { DialogHandlers } from './api/dialogs';
import type { HistoryHandlers } from './api/history';
import type { MergeHandlers } from './api/merge';
import type { ProjectHandlers } from './api/project';
import type { SectionHandlers } from './api/sections';
import type { TransferHandlers } from './api/transfer';
import type { ApiEventName, ApiEvents } from './api/events';
import type { Result } from './models';

export type Handlers = AppHandlers &
  ProjectHandlers &
  SectionHandlers &
  TransferHandlers &
  DecisionHandlers &
  HistoryHandlers &
  DashboardHandlers &
  DialogHandlers &
  MergeHandlers;

export type Method = keyof Handlers;
export type ArgsOf<M extends Method> = Parameters<Handlers[M]>[0];
export type ResultOf<M extends Method> = Awaited<ReturnType<Handlers[M]>>;

/** What the backend implements: the same map, allowed to be async. */
export type Services = { [M in Method]: (args: ArgsOf<M>) => ResultOf<M> | Promise<ResultOf<M>> };

/** What every transport gives the renderer. Errors come back as data, never thrown. */
export interface ApiClient {
  call<M extends Method>(method: M, args: ArgsOf<M>): Promise<Result<ResultOf<M>>>;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

export type { ApiEvents, ApiEventName };
export type { AppStatus, Settings } from './api/app';
export type { CitingSection } from './api/decisions';
export type { DialogFilter, DialogOptions } from './api/dialogs';
export type { MenuCommand } from './api/events';
