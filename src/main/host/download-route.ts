// GET /api/download/<id>: hands a prepared download (see backend/export/downloads.ts) to
// the browser as a stream. The page starts it by navigating an <a download> to this URL,
// so the browser's download manager writes it to disk as it arrives and shows its own
// progress; a navigation cannot carry the API token, so the one-time random id is the
// capability, and the static-file cookie must come with it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DownloadSource } from '../backend/export/downloads';
import { CSP as EXPORT_PAGE_CSP } from '../../core/export';
import { sendError } from './http-util';

const ID = /^[A-Za-z0-9_-]{16,64}$/;

/** `attachment; filename="Media.docx"; filename*=UTF-8''Media.docx` — an ASCII fallback plus the exact UTF-8 name. */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export async function serveDownload(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  authorised: boolean,
  open: (id: string) => DownloadSource | null,
): Promise<void> {
  if (req.method !== 'GET') return sendError(res, 405, 'bad-request', 'Use GET for downloads.', { Allow: 'GET' });
  if (!authorised) return sendError(res, 401, 'bad-request', 'Open the workbench page first; downloads start from there.');
  if (!ID.test(id)) return sendError(res, 400, 'bad-request', 'This is not a download address.');
  const source = open(id);
  if (!source) return sendError(res, 404, 'not-found', 'This download has expired or was already fetched; start it again from the workbench.');

  const { ticket } = source;
  const controller = new AbortController();
  let finished = false;
  res.on('close', () => {
    if (!finished) controller.abort();
  });
  const headers: Record<string, string | number> = {
    'Content-Type': ticket.contentType,
    'Content-Disposition': contentDisposition(ticket.fileName, ticket.inline),
    'Cache-Control': 'no-store',
  };
  if (source.size !== undefined) headers['Content-Length'] = source.size;
  if (ticket.inline) {
    // The print page is shown in a frame of the workbench (to print it); nothing else may frame it.
    headers['Content-Security-Policy'] = `${EXPORT_PAGE_CSP}; frame-ancestors 'self'`;
    headers['X-Frame-Options'] = 'SAMEORIGIN';
  }
  try {
    const iterator = source.open(controller.signal)[Symbol.asyncIterator]();
    // The first chunk decides between an error answer and a stream: once bytes are sent,
    // a failure can only cut the connection (the browser then reports a failed download).
    let first: IteratorResult<Uint8Array>;
    try {
      first = await iterator.next();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return sendError(res, 500, 'io', `The download could not be produced: ${message}`);
    }
    res.writeHead(200, headers);
    let step = first;
    while (!step.done) {
      if (controller.signal.aborted) break;
      if (!res.write(step.value)) await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
      step = await iterator.next();
    }
    if (controller.signal.aborted) {
      await iterator.return?.(undefined);
      res.destroy();
      return;
    }
    finished = true;
    res.end();
  } catch {
    res.destroy();
  } finally {
    source.dispose?.();
  }
}
