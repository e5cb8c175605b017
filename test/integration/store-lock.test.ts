// One writer per project: the lock file, within a process and across processes,
// stale locks after a crash, and a holder that lost its lock.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectStore } from '../../src/main/backend/store';
import type { ProjectStore } from '../../src/main/backend/store';
import { appError, closeQuietly, killHard, makeSampleProject, startChild, tempDir } from './store-test-kit';
import type { Child } from './store-test-kit';

let dir: string;
let file: string;
let lockFile: string;
const stores: ProjectStore[] = [];
const children: Child[] = [];
const track = (s: ProjectStore) => (stores.push(s), s);

beforeEach(() => {
  dir = tempDir('pwb-lock-');
  file = path.join(dir, 'p.pwb');
  lockFile = `${fs.realpathSync(dir)}/p.pwb.lock`;
  makeSampleProject(file, 3, 5);
});
afterEach(async () => {
  stores.splice(0).forEach(closeQuietly);
  for (const c of children.splice(0)) await killHard(c);
  fs.rmSync(dir, { recursive: true, force: true });
});

function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

function writeLock(holder: object, ageMs = 0): void {
  fs.writeFileSync(lockFile, JSON.stringify(holder));
  const t = new Date(Date.now() - ageMs);
  fs.utimesSync(lockFile, t, t);
}

describe('within one process', () => {
  it('refuses a second writer, allows readers alongside, and frees the project on close', async () => {
    const writer = track(await openProjectStore(file));
    const err = await appError(() => openProjectStore(file));
    expect(err.code).toBe('locked');
    expect(err.message).toBe(`"p.pwb" is already open in another window (pid ${process.pid})`);
    expect(err.details).toMatchObject({ pid: process.pid, lockFile });

    const reader = track(await openProjectStore(file, { readOnly: true }));
    const s = writer.listSections()[0];
    writer.saveSection(s.id, { body: 'seen by the reader' }, { author: 'w' });
    expect(reader.getSection(s.id)?.body).toBe('seen by the reader');

    writer.close();
    expect(fs.existsSync(lockFile)).toBe(false);
    const next = track(await openProjectStore(file));
    expect(next.readOnly).toBe(false);
  });

  it('a refused file leaves no lock behind', async () => {
    fs.writeFileSync(file, 'not a project');
    expect((await appError(() => openProjectStore(file))).code).toBe('bad-file');
    expect(fs.existsSync(lockFile)).toBe(false);
  });
});

describe('across processes', () => {
  it('refuses a project another process holds, allows reading it, and takes it over once that process is killed', async () => {
    const child = await startChild(['hold', file]);
    children.push(child);
    const pid = Number((await child.waitFor(/^open \d+$/)).split(' ')[1]);
    expect(pid).toBe(child.proc.pid);

    const err = await appError(() => openProjectStore(file));
    expect(err.code).toBe('locked');
    expect(err.message).toBe(`"p.pwb" is already open in another window (pid ${pid})`);
    const reader = track(await openProjectStore(file, { readOnly: true }));
    expect(reader.listSections()).toHaveLength(3);

    await killHard(child);
    const writer = track(await openProjectStore(file));
    expect(writer.readOnly).toBe(false);
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8')).pid).toBe(process.pid);
  });
});

describe('stale and foreign locks', () => {
  it('takes over a lock whose process is gone', async () => {
    writeLock({ app: 'Policy Workbench', pid: deadPid(), hostname: os.hostname(), token: 'old', openedAt: '2020-01-01T00:00:00Z' });
    const store = track(await openProjectStore(file));
    expect(store.readOnly).toBe(false);
  });

  it('waits for a lock still being written, but takes over an unreadable old one', async () => {
    writeLock({});
    fs.writeFileSync(lockFile, '');
    expect((await appError(() => openProjectStore(file))).message).toBe('"p.pwb" is being opened by another window');
    writeLock({}, 60_000);
    fs.writeFileSync(lockFile, '{"pid":');
    const t = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFile, t, t);
    track(await openProjectStore(file));
  });

  it('names another computer holding the lock, and takes over once its lock stops being refreshed', async () => {
    const holder = { app: 'Policy Workbench', pid: 4242, hostname: 'laptop-of-an', token: 't', openedAt: '2024-01-01T00:00:00Z' };
    writeLock(holder);
    const err = await appError(() => openProjectStore(file));
    expect(err.code).toBe('locked');
    expect(err.message).toBe('"p.pwb" is already open in another window (pid 4242 on computer "laptop-of-an"); if that computer crashed, delete "p.pwb.lock" and try again');
    writeLock(holder, 11 * 60_000);
    track(await openProjectStore(file));
  });

  it('a holder whose lock was taken over refuses to write, and says so', async () => {
    const store = track(await openProjectStore(file));
    const s = store.listSections()[0];
    writeLock({ app: 'Policy Workbench', pid: 4242, hostname: 'laptop-of-an', token: 'theirs', openedAt: '2024-01-01T00:00:00Z' });
    const err = await appError(() => store.saveSection(s.id, { body: 'lost' }, { author: 'a' }));
    expect(err.code).toBe('locked');
    expect(err.message).toMatch(/^"p\.pwb" was opened elsewhere \(pid 4242 on computer "laptop-of-an"\) after this window's lock went stale; this change was not saved/);
    expect(store.getSection(s.id)?.body).toBe(s.body);
    store.close();
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8')).token).toBe('theirs');
  });
});
