import type { Database } from 'better-sqlite3';

/** One numbered, append-only schema step. `up` runs inside a transaction the runner opens. */
export interface Migration {
  /** The `user_version` the file has once this step is applied (1, 2, 3, ...). */
  version: number;
  name: string;
  up(db: Database): void;
}
