import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERDICTS, WORKFLOW_STATUSES } from '../../../../shared/models';

// The schema's CHECK constraints are a frozen copy of the two lists (a released migration
// never changes). A verdict or status added to models.ts must come with a migration that
// widens the constraint, or saving it fails; this test says so first.
describe('migration 0001', () => {
  const sql = readFileSync(join(__dirname, '0001-initial.ts'), 'utf8');
  const listed = (column: string) =>
    [...(new RegExp(`${column} TEXT NOT NULL CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(sql)?.[1] ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);

  it('allows exactly the verdicts and workflow statuses of models.ts', () => {
    expect(listed('verdict')).toEqual([...VERDICTS]);
    expect(listed('status')).toEqual([...WORKFLOW_STATUSES]);
  });
});
