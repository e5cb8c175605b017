import { describe, expect, it } from 'vitest';
import { buildDecisionLink } from '../../../core/links/decision-link';
import { parseDecisionsJsonl } from './jsonl';

const line = (o: unknown) => JSON.stringify(o);

describe('parseDecisionsJsonl', () => {
  it('reads the fixture shape and keeps every field as given', () => {
    const url = buildDecisionLink('Titel', '2020-03-13T07:00:00Z');
    const parsed = parseDecisionsJsonl(
      line({ id: '5DB00B975084E7000800031C', date: '2020-03-13', meetingStart: '2020-03-13T07:00:00Z', title: 'Titel', url, text: 'Tekst' }) + '\n',
    );
    expect(parsed.skipped).toEqual([]);
    expect(parsed.records).toEqual([
      { line: 1, record: { id: '5DB00B975084E7000800031C', date: '2020-03-13', meetingStart: '2020-03-13T07:00:00Z', title: 'Titel', url, text: 'Tekst' } },
    ]);
  });

  it("keeps a title-less decision with its text (title '') and an empty link as null", () => {
    const parsed = parseDecisionsJsonl(line({ id: null, date: '2020-05-08', meetingStart: null, title: '', url: '', text: 'Conceptnota' }));
    expect(parsed.records[0].record).toEqual({ id: null, date: '2020-05-08', meetingStart: null, title: '', url: null, text: 'Conceptnota' });
    const nulls = parseDecisionsJsonl(line({ id: 'X', date: null, meetingStart: null, title: null, url: null, text: 'Alleen tekst' }));
    expect(nulls.records[0].record).toMatchObject({ title: '', text: 'Alleen tekst', date: null });
  });

  it('skips bad lines with their numbers and reads the rest; blank lines are not problems', () => {
    const text = [
      line({ title: 'Goed', text: '' }),
      '',
      '{not json',
      '[1,2]',
      line({ title: 42 }),
      line({ id: 'a', title: null, text: null }),
      line({ title: 'Datum fout', date: '2021-13-01' }),
      line({ title: 'Start fout', meetingStart: 'gisteren' }),
      line({ title: 'Ook goed', meetingStart: '2021-01-15T09:00Z' }),
    ].join('\r\n');
    const parsed = parseDecisionsJsonl(text);
    expect(parsed.records.map((r) => [r.line, r.record.title])).toEqual([
      [1, 'Goed'],
      [9, 'Ook goed'],
    ]);
    expect(parsed.records[1].record).toMatchObject({ meetingStart: '2021-01-15T09:00:00Z', date: '2021-01-15' });
    expect(parsed.records[1].record.url).toBe(buildDecisionLink('Ook goed', '2021-01-15T09:00:00Z'));
    expect(parsed.skipped.map((s) => s.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(parsed.skipped[0].message).toMatch(/not valid JSON/);
    // Where, never what: the line's own text is not repeated.
    const secret = parseDecisionsJsonl('root:x:0:0:root:/root:/bin/bash\n{"title": "x", "date": oops}\n{"title":\n{"a":1}}');
    expect(secret.skipped.map((s) => s.message)).toEqual([
      'not valid JSON (a character where none of its kind may be)',
      'not valid JSON (a character where none of its kind may be)',
      'not valid JSON (it ends too early)',
      'not valid JSON (at column 8)',
    ]);
    expect(parsed.skipped[1].message).toMatch(/JSON object/);
    expect(parsed.skipped[2].message).toMatch(/"title" must be a string or null/);
    expect(parsed.skipped[3].message).toMatch(/neither a title nor a text/);
  });
});
