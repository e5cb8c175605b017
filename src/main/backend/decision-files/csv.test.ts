import { describe, expect, it } from 'vitest';
import { buildDecisionLink } from '../../../core/links/decision-link';
import { AppException } from '../errors';
import { parseDecisionsCsv } from './csv';
import { CsvError, detectSeparator, readCsv } from './csv-reader';

describe('readCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks (RFC 4180)', () => {
    const rows = readCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\nlast,,\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 4, fields: ['last', '', ''] },
    ]);
  });

  it('takes ; as the separator when the header has more of them than commas', () => {
    expect(detectSeparator('title;date;meeting start;link\n"a, b";2020')).toBe(';');
    expect(detectSeparator('title,date,"meeting; start",link')).toBe(',');
    expect(readCsv('title;date\n"a, b";2020-01-01')[1].fields).toEqual(['a, b', '2020-01-01']);
  });

  it('keeps a last row without a line end and drops a byte order mark', () => {
    expect(readCsv('\uFEFFa,b\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('refuses an unclosed quote and a stray quote, naming the line', () => {
    expect(() => readCsv('a,b\n"open,2\n')).toThrow(CsvError);
    try {
      readCsv('a,b\n1,2\nx"y,3\n');
    } catch (err) {
      expect((err as CsvError).line).toBe(3);
    }
    expect(() => readCsv('a,b\n"x"y,2\n')).toThrow(/after a closing quote/);
  });
});

describe('parseDecisionsCsv', () => {
  const link = buildDecisionLink('Fietsbudget 2020', '2020-05-15T08:00:00Z');

  it('reads title, date, meeting start and link in any column order and case', () => {
    const parsed = parseDecisionsCsv(`Link;Title;Date;Meeting Start\n${link};Fietsbudget 2020;2020-05-15;2020-05-15T08:00:00Z\n`);
    expect(parsed.skipped).toEqual([]);
    expect(parsed.records).toEqual([
      { line: 2, record: { id: null, date: '2020-05-15', meetingStart: '2020-05-15T08:00:00Z', title: 'Fietsbudget 2020', url: link, text: '' } },
    ]);
  });

  it('turns a Brussels wall-clock meeting time into UTC and builds the missing link', () => {
    const parsed = parseDecisionsCsv('title,date,meeting start,link\nFietsbudget 2020,15/05/2020,10:00,\n');
    expect(parsed.records[0].record).toMatchObject({ date: '2020-05-15', meetingStart: '2020-05-15T08:00:00Z', url: link });
    const winter = parseDecisionsCsv('title,date,meeting start,link\nX,2020-01-10,2020-01-10 10:00,\n');
    expect(winter.records[0].record.meetingStart).toBe('2020-01-10T09:00:00Z');
  });

  it('reads the meeting start back from the link when the column is empty', () => {
    const parsed = parseDecisionsCsv(`title,date,meeting start,link\nFietsbudget 2020,,,${link}\n`);
    expect(parsed.records[0].record).toMatchObject({ meetingStart: '2020-05-15T08:00:00Z', date: '2020-05-15' });
  });

  it('skips rows with a bad date, a bad time or no title, with their line numbers; blank rows are ignored', () => {
    const parsed = parseDecisionsCsv('title,date,meeting start,link\nA,2020-02-30,,\n\nB,2020-01-01,25:99,\n,2020-01-01,,\nC,,10:00,\n');
    expect(parsed.records).toEqual([]);
    expect(parsed.skipped.map((s) => s.line)).toEqual([2, 4, 5, 6]);
    expect(parsed.skipped[0].message).toMatch(/date "2020-02-30"/);
    expect(parsed.skipped[2].message).toMatch(/neither a title nor a text/);
    expect(parsed.skipped[3].message).toMatch(/no date/);
  });

  it('refuses a file without a title column or without any rows, as bad-file', () => {
    expect(() => parseDecisionsCsv('name,date\nx,2020-01-01\n')).toThrow(AppException);
    expect(() => parseDecisionsCsv('name,date\nx,2020-01-01\n')).toThrow(/"title" column/);
    expect(() => parseDecisionsCsv('')).toThrow(/empty/);
    expect(() => parseDecisionsCsv('title\n"never closed\n')).toThrow(/line 2/);
  });

  it('names the columns of a header of decisions, but never repeats a line that is no header at all', () => {
    expect(() => parseDecisionsCsv('name,date\nx,2020-01-01\n')).toThrow(/found "name", "date"/);
    let message = '';
    try {
      parseDecisionsCsv('root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1\n');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/not a file of decisions/);
    expect(message).not.toMatch(/root|daemon|bash/);
  });
});
