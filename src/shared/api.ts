// The one contract between renderer and backend: method name -> argument schema and
// result type, composed from one file per domain in ./api (see docs/adr/0008). Every
// transport (Electron IPC, loopback HTTP, in-process) carries exactly these methods;
// `dispatch` validates arguments with these schemas; the types below are derived from
// them, so what a client may send and what the backend accepts cannot drift.
import type { z } from 'zod';
import { appMethods } from './api/app';
import { dashboardMethods } from './api/dashboard';
import { decisionMethods } from './api/decisions';
import type { Returns } from './api/define';
import { dialogMethods } from './api/dialogs';
import { evidenceMethods } from './api/evidence';
import type { ApiEventName, ApiEvents } from './api/events';
import type { DownloadTicket, UploadKind, UploadTicket } from './api/transfer';
import { historyMethods } from './api/history';
import { mergeMethods } from './api/merge';
import { projectMethods } from './api/project';
import { sectionMethods } from './api/sections';
import { transferMethods } from './api/transfer';
import type { Result } from './models';

export const API = {
  ...appMethods,
  ...projectMethods,
  ...sectionMethods,
  ...transferMethods,
  ...decisionMethods,
  ...historyMethods,
  ...dashboardMethods,
  ...dialogMethods,
  ...mergeMethods,
  ...evidenceMethods,
};

export type Method = keyof typeof API;
/** What a caller sends (the schema's input). */
export type ArgsOf<M extends Method> = z.input<(typeof API)[M]['args']>;
/** What a handler receives: the arguments after `dispatch` parsed them. */
export type ParsedArgsOf<M extends Method> = z.output<(typeof API)[M]['args']>;
export type ResultOf<M extends Method> = (typeof API)[M]['result'] extends Returns<infer R> ? R : never;

/** The contract as a map of handlers (documentation and the client's view). */
export type Handlers = { [M in Method]: (args: ArgsOf<M>) => ResultOf<M> };

/** What the backend implements: the same map, given parsed arguments, allowed to be async. */
export type Services = { [M in Method]: (args: ParsedArgsOf<M>) => ResultOf<M> | Promise<ResultOf<M>> };

/** What every transport gives the renderer. Errors come back as data, never thrown. */
export interface ApiClient {
  call<M extends Method>(method: M, args: ArgsOf<M>): Promise<Result<ResultOf<M>>>;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  /**
   * Hands a prepared download to the browser (its download manager saves it, or for an
   * `inline` ticket a new tab shows it). Only the browser-host client has it.
   */
  download?(ticket: DownloadTicket): void;
  /**
   * Hands a file the person chose (picker or drop) to the browser host, streamed; the
   * ticket's `path` then goes where a desktop call takes a file path. `path` here is the
   * file's name, or its place in a chosen folder (`Brussel/Media.md`). Only the
   * browser-host client has it.
   */
  upload?(file: Blob, request: UploadRequest): Promise<Result<UploadTicket>>;
}

export interface UploadRequest {
  kind: UploadKind;
  /** Joins the folder of an earlier upload (a folder of reports arrives file by file). */
  batch?: string;
  path: string;
}

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(API, name);
}

export type { ApiEvents, ApiEventName };
export type { AppStatus, Settings } from './api/app';
export type { CitingSection } from './api/decisions';
export type { DialogFilter, DialogMethod, DialogOptions } from './api/dialogs';
export type { DownloadTicket, UploadKind, UploadTicket } from './api/transfer';
export { UPLOAD_KINDS } from './api/transfer';
