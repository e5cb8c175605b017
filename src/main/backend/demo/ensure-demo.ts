// The built-in demo project: created on first use in the data folder, and created
// again when the file is damaged (the damaged file is kept aside, never deleted:
// someone may have typed into the demo). It is built in a temp file and renamed into
// place, so a crash halfway never leaves a half-built demo behind.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ProjectInfo } from '../../../shared/models';
import { AppException } from '../errors';
import { createProjectStore, openProjectStore } from '../store';
import type { ProjectStore } from '../store/types';
import { demoDecisionRecords } from './decisions';
import { demoSections } from './sections';

export const DEMO_INFO: Omit<ProjectInfo, 'createdAt'> = {
  name: 'Demo: Regering Demo (2019-2024)',
  government: 'Regering Demo (2019-2024)',
  termStart: '2019-10-01',
  termEnd: '2024-06-30',
  language: 'nl',
};

function removeWithSidecars(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
}

function moveAside(file: string): string {
  const aside = file.replace(/\.pwb$/, '') + `.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}.pwb`;
  renameSync(file, aside);
  for (const side of ['-wal', '-shm']) if (existsSync(file + side)) renameSync(file + side, aside + side);
  return aside;
}

/** Builds the demo into `file` (which must not exist). */
export function buildDemoProject(file: string, author: string): void {
  const tmp = `${file}.${process.pid}.building`;
  removeWithSidecars(tmp);
  const store = createProjectStore(tmp, { ...DEMO_INFO, createdAt: new Date().toISOString() });
  try {
    store.transaction(() => {
      for (const section of demoSections()) store.createSection(section, { author });
      store.upsertDecisions(demoDecisionRecords());
    });
  } finally {
    store.close();
  }
  renameSync(tmp, file);
  removeWithSidecars(tmp);
}

export async function ensureDemoProject(file: string, author: string): Promise<ProjectStore> {
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) {
    try {
      return await openProjectStore(file);
    } catch (err) {
      // Only a damaged file is replaced; a locked or unreadable one is reported as is.
      if (!(err instanceof AppException) || err.code !== 'bad-file') throw err;
      const aside = moveAside(file);
      process.stderr.write(`policy-workbench: the demo project was damaged (${err.message}); kept it as ${aside} and made a new one.\n`);
    }
  }
  buildDemoProject(file, author);
  return openProjectStore(file);
}
