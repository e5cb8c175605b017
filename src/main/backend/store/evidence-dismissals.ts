// Decisions hidden from a section's evidence suggestions ("not relevant"), by identity
// (see migrations/0003-evidence-dismissals.ts).
import { AppException } from '../errors';
import type { Statements } from './statements';
import type { Dismissal } from './types';

interface Row {
  section_id: string;
  decision: string;
  title: string;
  dismissed_at: string;
}

const MAX_IDENTITY = 20_000;

const toDismissal = (r: Row): Dismissal => ({ sectionId: r.section_id, decision: r.decision, title: r.title, dismissedAt: r.dismissed_at });

export class EvidenceDismissals {
  private present: boolean | null = null;

  constructor(private readonly sql: Statements) {}

  /** One section's dismissals, or every section's (a merge reads them all). */
  list(sectionId?: string): Dismissal[] {
    // An older file opened read-only is not upgraded: it has none.
    this.present ??= this.sql.get("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'evidence_dismissals'").get() !== undefined;
    if (!this.present) return [];
    const rows =
      sectionId === undefined
        ? this.sql.get<Row>('SELECT * FROM evidence_dismissals ORDER BY section_id, dismissed_at, decision').all()
        : this.sql.get<Row>('SELECT * FROM evidence_dismissals WHERE section_id = ? ORDER BY dismissed_at, decision').all(sectionId);
    return rows.map(toDismissal);
  }

  /** True when it was not dismissed yet. */
  add(d: Dismissal): boolean {
    check(d.sectionId, 'sectionId');
    check(d.decision, 'decision');
    if (typeof d.title !== 'string' || typeof d.dismissedAt !== 'string') throw new AppException('bad-request', 'a dismissal needs a title and a time');
    const r = this.sql
      .get('INSERT INTO evidence_dismissals (section_id, decision, title, dismissed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
      .run(d.sectionId, d.decision, d.title, d.dismissedAt);
    return r.changes > 0;
  }

  /** True when it was dismissed. */
  remove(sectionId: string, decision: string): boolean {
    check(sectionId, 'sectionId');
    check(decision, 'decision');
    return this.sql.get('DELETE FROM evidence_dismissals WHERE section_id = ? AND decision = ?').run(sectionId, decision).changes > 0;
  }
}

function check(value: unknown, what: string): void {
  if (typeof value !== 'string' || value === '' || value.length > MAX_IDENTITY) throw new AppException('bad-request', `${what} must be non-empty text`);
}
