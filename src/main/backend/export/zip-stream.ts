// A project export as one .zip, produced while it is sent: each file is rendered,
// compressed and handed on before the next is rendered, so memory holds one file at a
// time, not the whole archive. Stopping the iteration (a cancelled download) stops the work.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { cancelled } from './write-folder';
import type { RunControl } from './write-folder';
import type { PlannedFile } from './plan';

const encoder = new TextEncoder();
// Already-compressed formats gain nothing from a second deflate.
const STORED = /\.(?:docx|pdf|zip|png|jpe?g)$/i;

/** The zip's bytes, chunk by chunk; every entry sits under `root/`. */
export async function* zipExport(root: string, files: readonly PlannedFile[], control: RunControl = {}): AsyncGenerator<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  const drain = function* () {
    while (chunks.length > 0) yield chunks.shift()!;
  };
  let done = 0;
  for (const f of files) {
    if (control.signal?.aborted) throw cancelled();
    const rendered = await f.render();
    const bytes = typeof rendered === 'string' ? encoder.encode(rendered) : rendered;
    const name = [root, ...f.segments].join('/');
    const entry = STORED.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(bytes, true);
    if (failure) throw failure;
    control.onProgress?.(++done, files.length);
    yield* drain();
  }
  zip.end();
  if (failure) throw failure;
  yield* drain();
}
