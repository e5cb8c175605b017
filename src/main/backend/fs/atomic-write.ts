// Every file the backend writes goes through here: a temp file beside the target,
// flushed, then renamed over it. A crash or a full disk leaves the old file intact,
// never a half-written one.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';

function tempNameFor(file: string): string {
  return `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
}

export function writeFileAtomicSync(file: string, data: string | Uint8Array): void {
  const tmp = tempNameFor(file);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Async variant for exports. `durable` adds an fsync per file; exports skip it
 * because the rename alone already guarantees no reader sees a partial file.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, durable = false): Promise<void> {
  const tmp = tempNameFor(file);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      if (durable) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
