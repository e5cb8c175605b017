// POST /api/upload?kind=…&path=…[&batch=…]: a file the person picked or dropped in the
// page, streamed into the backend's workspace (see backend/workspace/uploads.ts). The
// mirror of the download route: a call's file path in the desktop app is an upload's
// ticket here. Like /api/call it needs the token in a header (a form cannot send one)
// and a content type a form cannot send; the body is never held in memory.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { Result } from '../../shared/models';
import type { UploadTicket } from '../../shared/api';
import { declaredLength, sendError, sendJson } from './http-util';

export interface UploadTarget {
  acceptUpload?(request: { kind: string; batch?: string; path: string }, body: Readable, declaredBytes: number | null, signal: AbortSignal): Promise<Result<UploadTicket>>;
}

export async function serveUpload(req: IncomingMessage, res: ServerResponse, url: URL, backend: UploadTarget): Promise<void> {
  if (req.method !== 'POST') return sendError(res, 405, 'bad-request', 'Use POST for uploads.', { Allow: 'POST' });
  if (!/^application\/octet-stream\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    return sendError(res, 415, 'bad-request', 'Send the file as application/octet-stream.');
  }
  if (!backend.acceptUpload) return sendError(res, 404, 'not-found', 'This host takes no uploads.');
  const kind = url.searchParams.get('kind') ?? '';
  const path = url.searchParams.get('path') ?? '';
  const batch = url.searchParams.get('batch') ?? undefined;
  const controller = new AbortController();
  req.once('close', () => {
    if (!req.complete) controller.abort();
  });
  const result = await backend.acceptUpload({ kind, path, ...(batch !== undefined ? { batch } : {}) }, req, declaredLength(req), controller.signal);
  if (controller.signal.aborted) return void res.destroy();
  // Refused before the whole file arrived: say so, and do not read the rest.
  sendJson(res, 200, result, req.complete ? {} : { Connection: 'close' });
}
