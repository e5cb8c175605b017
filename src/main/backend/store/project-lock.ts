// Who may write a project: the holder of `<file>.lock`, which appears complete or not at
// all (written aside, then hard-linked into place; see createComplete).
//
// Why a lock file and not SQLite's locking_mode=EXCLUSIVE: an exclusive SQLite lock
// would also shut out read-only viewers (which we allow), it is an OS byte-range lock
// that network shares (SMB/NFS) honour unreliably, and it says nothing a person can
// read. The lock file names its holder (pid, host), works on any share, and outlives a
// crash in a way we can detect: a holder on this host whose pid is gone, or a holder
// anywhere that stopped refreshing the file's mtime (every minute while open), is
// stale and is taken over. Because a taken-over holder may still be alive (a laptop
// waking from sleep), the holder re-reads the lock before every write transaction and
// refuses to write once the token is not its own.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppException } from '../errors';

const HEARTBEAT_MS = 60_000;
const STALE_AFTER_MS = 10 * 60_000;
/**
 * A lock file still being written looks empty for a moment — only where the disk has no
 * hard links and the lock is created in place (createComplete's fallback).
 */
const UNREADABLE_GRACE_MS = 5_000;

interface Holder {
  app: string;
  pid: number;
  hostname: string;
  token: string;
  openedAt: string;
}

/** Tokens held by this process: a lock naming our pid but not one of these is a leftover. */
const heldTokens = new Set<string>();

export class ProjectLock {
  private timer: NodeJS.Timeout | undefined;
  private released = false;

  private constructor(
    readonly lockPath: string,
    private readonly token: string,
    private readonly name: string,
  ) {
    heldTokens.add(token);
    this.timer = setInterval(() => this.heartbeat(), HEARTBEAT_MS);
    this.timer.unref();
  }

  static lockPathFor(dbPath: string): string {
    let real = path.resolve(dbPath);
    try {
      real = fs.realpathSync(real);
    } catch {
      // Not there yet (being created): the resolved path is what it will be.
    }
    return `${real}.lock`;
  }

  /** Takes the lock or throws `locked` naming the holder; `read-only` when the folder cannot be written. */
  static acquire(dbPath: string): ProjectLock {
    const lockPath = ProjectLock.lockPathFor(dbPath);
    const name = path.basename(dbPath);
    const token = crypto.randomUUID();
    const holder: Holder = { app: 'Policy Workbench', pid: process.pid, hostname: os.hostname(), token, openedAt: new Date().toISOString() };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        createComplete(lockPath, JSON.stringify(holder), token);
        return new ProjectLock(lockPath, token, name);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
          throw new AppException('read-only', `"${name}" is in a folder that cannot be written`, { path: dbPath });
        }
        if (code !== 'EEXIST') throw new AppException('io', `"${name}" cannot be locked (${code ?? String(err)})`, { path: dbPath });
      }
      const found = readHolder(lockPath);
      if (found && !isStale(found)) throw lockedError(name, dbPath, lockPath, found.holder);
      try {
        fs.unlinkSync(lockPath);
      } catch {
        // Someone else removed it first; try again.
      }
    }
    throw new AppException('locked', `"${name}" is being opened by another window`, { path: dbPath, lockFile: lockPath });
  }

  /** Throws `locked` when another window has taken the lock over since we took it. */
  verify(): void {
    if (this.released) throw new AppException('no-project', `"${this.name}" is closed`);
    const found = readHolder(this.lockPath);
    if (found?.holder?.token === this.token) return;
    const who = found?.holder ? describeHolder(found.holder) : 'someone else';
    throw new AppException(
      'locked',
      `"${this.name}" was opened elsewhere (${who}) after this window's lock went stale; this change was not saved — close and reopen the project`,
      { lockFile: this.lockPath },
    );
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    clearInterval(this.timer);
    heldTokens.delete(this.token);
    if (readHolder(this.lockPath)?.holder?.token !== this.token) return;
    try {
      fs.unlinkSync(this.lockPath);
    } catch {
      // Already gone: nothing to release.
    }
  }

  private heartbeat(): void {
    if (readHolder(this.lockPath)?.holder?.token !== this.token) return;
    const now = new Date();
    try {
      fs.utimesSync(this.lockPath, now, now);
    } catch {
      // A missed beat only brings staleness closer; the next one may succeed.
    }
  }
}

/**
 * Creates the lock file with its content already in it, or fails with EEXIST. Written
 * aside and hard-linked into place, so a process killed mid-way never leaves an empty
 * lock (which would read as "being opened" until the grace period ends). Where the
 * disk has no hard links (FAT, some shares), falls back to an exclusive create.
 */
function createComplete(lockPath: string, content: string, token: string): void {
  const aside = `${lockPath}.${token}.tmp`;
  fs.writeFileSync(aside, content, { flag: 'wx' });
  try {
    fs.linkSync(aside, lockPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw err;
    const fd = fs.openSync(lockPath, 'wx');
    try {
      fs.writeSync(fd, content);
    } finally {
      fs.closeSync(fd);
    }
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

function readHolder(lockPath: string): { holder: Holder | null; ageMs: number } | null {
  let text: string;
  let ageMs: number;
  try {
    ageMs = Date.now() - fs.statSync(lockPath).mtimeMs;
    text = fs.readFileSync(lockPath, 'utf8');
  } catch {
    return null;
  }
  try {
    const h = JSON.parse(text) as Partial<Holder>;
    if (Number.isInteger(h.pid) && (h.pid as number) > 0 && typeof h.hostname === 'string' && typeof h.token === 'string') {
      return { holder: { app: String(h.app ?? ''), pid: h.pid as number, hostname: h.hostname, token: h.token, openedAt: String(h.openedAt ?? '') }, ageMs };
    }
  } catch {
    // Unreadable: judged by age below.
  }
  return { holder: null, ageMs };
}

function isStale({ holder, ageMs }: { holder: Holder | null; ageMs: number }): boolean {
  if (!holder) return ageMs > UNREADABLE_GRACE_MS;
  if (ageMs > STALE_AFTER_MS) return true;
  if (holder.hostname !== os.hostname()) return false;
  if (holder.pid === process.pid) return !heldTokens.has(holder.token);
  return !pidAlive(holder.pid);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describeHolder(h: Holder): string {
  return h.hostname === os.hostname() ? `pid ${h.pid}` : `pid ${h.pid} on computer "${h.hostname}"`;
}

function lockedError(name: string, dbPath: string, lockPath: string, holder: Holder | null): AppException {
  const details = { path: dbPath, lockFile: lockPath, pid: holder?.pid, hostname: holder?.hostname };
  if (!holder) return new AppException('locked', `"${name}" is being opened by another window`, details);
  if (holder.hostname === os.hostname()) {
    return new AppException('locked', `"${name}" is already open in another window (pid ${holder.pid})`, details);
  }
  return new AppException(
    'locked',
    `"${name}" is already open in another window (pid ${holder.pid} on computer "${holder.hostname}"); if that computer crashed, delete "${path.basename(lockPath)}" and try again`,
    details,
  );
}
