// Files the browser hands to the browser host (docs/adr/0015): streamed to disk inside
// the workspace, counted as they arrive (a body never sits in memory), checked by kind,
// and removed once the import or merge they were for is done. A project file is checked
// like any file made elsewhere before it joins `projects/`.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { UploadKind, UploadTicket } from '../../../shared/api/transfer';
import { UPLOAD_KINDS } from '../../../shared/api/transfer';
import { LIMITS } from '../../../shared/limits';
import { AppException } from '../errors';
import { validateProjectFile } from '../store';
import type { Workspace } from './workspace';

export interface UploadRequest {
  kind: string;
  batch?: string;
  /** The file's name, or its place in a chosen folder: `Brussel/Media.md`. */
  path: string;
}

const MB = 1024 * 1024;

/** Largest file of each kind (a report is at most 20 MB, as the importer reads it), and of a batch. */
const MAX_FILE: Record<UploadKind, number> = { reports: 20 * MB, decisions: 1024 * MB, merge: 2048 * MB, project: 2048 * MB };
const MAX_BATCH_BYTES = 1024 * MB;
/** Everything waiting in uploads/ at once. */
const MAX_WAITING_BYTES = 4096 * MB;
/** An upload nobody used within this long is removed. */
const KEEP_MS = 60 * 60_000;

const EXTENSIONS: Record<UploadKind, readonly string[]> = { reports: [], decisions: ['.jsonl', '.csv'], merge: ['.pwb'], project: ['.pwb'] };
const BATCH = /^[A-Za-z0-9_-]{16,64}$/;

interface Batch {
  kind: UploadKind;
  dir: string;
  bytes: number;
  files: number;
  touched: number;
}

const refuse = (message: string) => new AppException('bad-request', message);

/** The folders and name of an uploaded file, each one a name a disk can hold and that stays where it is put. */
function checkRelativePath(given: string, kind: UploadKind): string[] {
  const parts = typeof given === 'string' ? given.split('/') : [];
  if (parts.length === 0 || parts.length > LIMITS.treeDepth + 2) throw refuse('An upload needs the file’s name (and, in a folder, its place there).');
  for (const part of parts) {
    // eslint-disable-next-line no-control-regex
    if (part === '' || part === '.' || part === '..' || /[\\\u0000-\u001f\u007f]/.test(part) || Buffer.byteLength(part) > 255) {
      throw refuse(`"${JSON.stringify(given).slice(1, -1).slice(0, 200)}" is not a file name that can be uploaded.`);
    }
  }
  if (kind !== 'reports' && parts.length !== 1) throw refuse('Upload one file here, not a folder.');
  const ext = path.extname(parts[parts.length - 1]).toLowerCase();
  if (EXTENSIONS[kind].length > 0 && !EXTENSIONS[kind].includes(ext)) {
    throw refuse(`This upload takes ${EXTENSIONS[kind].join(' or ')} files, not "${parts[parts.length - 1].slice(0, 100)}".`);
  }
  return parts;
}

export class Uploads {
  private readonly batches = new Map<string, Batch>();
  private waitingBytes = 0;

  constructor(
    private readonly ws: Workspace,
    private readonly now: () => number = Date.now,
  ) {}

  /** Streams one file into the workspace. `declared` is the request's Content-Length, when it has one. */
  async receive(request: UploadRequest, body: Readable | AsyncIterable<Uint8Array>, declared: number | null, signal?: AbortSignal): Promise<UploadTicket> {
    this.sweep();
    if (!(UPLOAD_KINDS as readonly string[]).includes(request.kind)) throw refuse(`Unknown kind of upload "${String(request.kind).slice(0, 40)}".`);
    const kind = request.kind as UploadKind;
    const parts = checkRelativePath(request.path, kind);
    const limit = MAX_FILE[kind];
    if (declared !== null && declared > limit) throw refuse(`"${parts[parts.length - 1]}" is larger than ${limit / MB} MB; no ${kind === 'reports' ? 'report' : 'file of this kind'} is that large.`);

    let id = request.batch;
    let batch: Batch | undefined;
    if (id !== undefined) {
      batch = BATCH.test(id) ? this.batches.get(id) : undefined;
      if (!batch || batch.kind !== kind) throw refuse('That upload is no longer here; choose the files again.');
      if (batch.files >= LIMITS.importPaths) throw refuse(`One import takes at most ${LIMITS.importPaths} files.`);
    } else {
      // Only one colleague's file waits for a merge at a time.
      if (kind === 'merge') for (const [other, b] of this.batches) if (b.kind === 'merge') this.drop(other);
      id = randomBytes(16).toString('base64url');
      batch = { kind, dir: path.join(this.ws.uploads, id), bytes: 0, files: 0, touched: this.now() };
      fs.mkdirSync(batch.dir);
      this.batches.set(id, batch);
    }

    const target = path.join(batch.dir, ...parts);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const size = await this.write(target, body, Math.min(limit, MAX_BATCH_BYTES - batch.bytes, MAX_WAITING_BYTES - this.waitingBytes), signal);
    batch.bytes += size;
    batch.files += 1;
    batch.touched = this.now();
    this.waitingBytes += size;

    const name = parts[parts.length - 1];
    if (kind === 'project') return { batch: id, kind, name, size, path: this.ws.relative(await this.adopt(id, target, name)) };
    return { batch: id, kind, name, size, path: this.ws.relative(path.join(batch.dir, parts[0])) };
  }

  /** Removes the upload a finished import or merge used (a path elsewhere is left alone). */
  discard(full: string): void {
    const rel = path.relative(this.ws.uploads, full);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return;
    const id = rel.split(path.sep)[0];
    if (this.batches.has(id)) this.drop(id);
  }

  /** Removes everything waiting (the host is closing). */
  clear(): void {
    for (const id of [...this.batches.keys()]) this.drop(id);
  }

  private async write(target: string, body: Readable | AsyncIterable<Uint8Array>, room: number, signal?: AbortSignal): Promise<number> {
    // `wx`: never through a link or over a file already there (two uploads of one name in a batch).
    const out = fs.createWriteStream(target, { flags: 'wx' });
    const opened = new Promise<void>((resolve, reject) => out.once('open', () => resolve()).once('error', reject));
    let size = 0;
    try {
      await opened;
      for await (const chunk of body) {
        if (signal?.aborted) throw new AppException('cancelled', 'The upload was stopped.');
        size += chunk.length;
        if (size > room) {
          throw refuse(room <= 0 ? 'Too much is waiting to be imported; finish or cancel the other imports first.' : `"${path.basename(target)}" is too large to upload here.`);
        }
        if (!out.write(chunk)) await new Promise<void>((resolve, reject) => out.once('drain', resolve).once('error', reject));
      }
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
      return size;
    } catch (err) {
      out.destroy();
      fs.rmSync(target, { force: true });
      if (err instanceof AppException) throw err;
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw refuse(`"${path.basename(target)}" was sent twice.`);
      throw new AppException('io', `The upload did not arrive whole: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }

  /** A project arrives whole and checked, or not at all: then it moves to projects/, under a name not yet taken. */
  private async adopt(id: string, file: string, name: string): Promise<string> {
    try {
      const checked = await validateProjectFile(file);
      if (!checked.ok) throw new AppException(checked.error.code, checked.error.message.replace(file, name));
      const base = name.slice(0, -'.pwb'.length);
      for (let n = 1; ; n++) {
        const dest = path.join(this.ws.projects, n === 1 ? name : `${base} (${n}).pwb`);
        if (fs.existsSync(`${dest}.lock`)) continue;
        try {
          // A hard link cannot replace a file already there, as a rename would.
          fs.linkSync(file, dest);
          return dest;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        }
      }
    } finally {
      this.drop(id);
    }
  }

  private sweep(): void {
    const old = this.now() - KEEP_MS;
    for (const [id, b] of this.batches) if (b.touched < old) this.drop(id);
  }

  private drop(id: string): void {
    const b = this.batches.get(id);
    if (!b) return;
    this.batches.delete(id);
    this.waitingBytes = Math.max(0, this.waitingBytes - b.bytes);
    fs.rmSync(b.dir, { recursive: true, force: true });
  }
}
