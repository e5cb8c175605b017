// Their project file, opened read-only. Opening checks the whole file (it comes from
// someone else), which is a good part of a merge's time; so the file a preview opened is
// kept open for the apply that usually follows, and reused only while the file on disk
// is provably the same (inode, size, modification time).
import { statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { resolve } from 'node:path';
import { AppException } from '../errors';
import { openProjectStore } from '../store';
import type { ProjectStore } from '../store/types';

const KEEP_MS = 5 * 60_000;

export interface OpenedTheirs {
  store: ProjectStore;
  /** Done with it: closes it, unless it is kept for the next call. */
  release(keep: boolean): void;
}

const signature = (s: Stats) => `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}`;

function closeQuietly(store: ProjectStore): void {
  try {
    store.close();
  } catch {
    // Read-only: nothing of theirs can be lost by a failed close.
  }
}

export class TheirFiles {
  private kept: { file: string; signature: string; store: ProjectStore; timer: NodeJS.Timeout } | null = null;

  async open(mine: ProjectStore, theirsPath: string): Promise<OpenedTheirs> {
    const file = resolve(theirsPath);
    // Merging the open file with itself must not open it a second time.
    if (file === resolve(mine.path)) return { store: mine, release: () => {} };
    let stat: Stats;
    try {
      stat = statSync(file);
    } catch {
      throw new AppException('not-found', `Project file to merge not found: ${file}`, { path: file });
    }
    if (stat.isDirectory()) throw new AppException('bad-request', `${file} is a folder, not a project file.`, { path: file });

    const kept = this.take();
    let store: ProjectStore;
    if (kept && kept.file === file && kept.signature === signature(stat)) store = kept.store;
    else {
      if (kept) closeQuietly(kept.store);
      store = await openProjectStore(file, { readOnly: true });
    }
    return {
      store,
      release: (keep) => {
        if (!keep) return closeQuietly(store);
        const timer = setTimeout(() => this.closeKept(), KEEP_MS);
        timer.unref();
        this.kept = { file, signature: signature(stat), store, timer };
      },
    };
  }

  closeKept(): void {
    const kept = this.take();
    if (kept) closeQuietly(kept.store);
  }

  private take() {
    const kept = this.kept;
    this.kept = null;
    if (kept) clearTimeout(kept.timer);
    return kept;
  }
}
