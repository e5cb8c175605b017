import type { Database, Statement } from 'better-sqlite3';

/** Prepared statements, prepared once per connection on first use. */
export class Statements {
  private readonly cache = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  get<R = unknown>(sql: string): Statement<unknown[], R> {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt as Statement<unknown[], R>;
  }
}
