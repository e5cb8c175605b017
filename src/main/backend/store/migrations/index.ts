import type { Migration } from './migration';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-project-language';
import { migration0003 } from './0003-evidence-dismissals';

export type { Migration } from './migration';

/**
 * Every schema step, in order; append only. A released step is never edited: files
 * in the wild were written by it, and validation compares their schema with what
 * these steps produce.
 */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003];
