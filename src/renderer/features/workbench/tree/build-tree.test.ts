import { describe, expect, it } from 'vitest';
import type { SectionSummary } from '../../../../shared/models';
import { ancestorKeys, findByPrefix, visibleRows } from './build-tree';

function section(id: string, path: string[], name: string, order = 0, errors = 0): SectionSummary {
  return {
    id,
    path,
    name,
    heading: name,
    order,
    verdict: 'not-rated',
    status: 'draft',
    referenceCount: 0,
    problems: { error: errors, warning: 0, info: 0 },
    updatedAt: '2024-01-01T00:00:00Z',
  };
}

const sections = [
  section('ict', ['Bestuurzaken', 'Concrete voorstellen'], 'ICT en Informatie', 1, 2),
  section('hr', ['Bestuurzaken', 'Concrete voorstellen'], 'HR', 0),
  section('media', ['Brussel'], 'Média'),
  section('top', [], 'Algemeen'),
];

const labels = (rows: ReturnType<typeof visibleRows>) => rows.map((r) => `${'  '.repeat(r.depth)}${r.kind === 'folder' ? r.name + '/' : r.section.name}`);

describe('visibleRows', () => {
  it('lists folders by name, then sections by order', () => {
    expect(labels(visibleRows(sections, '', new Set()))).toEqual([
      'Bestuurzaken/',
      '  Concrete voorstellen/',
      '    HR',
      '    ICT en Informatie',
      'Brussel/',
      '  Média',
      'Algemeen',
    ]);
  });

  it('adds up problems and counts per folder', () => {
    const folder = visibleRows(sections, '', new Set())[0];
    expect(folder).toMatchObject({ kind: 'folder', count: 2, problems: { error: 2, warning: 0 } });
  });

  it('hides the rows of a collapsed folder', () => {
    const collapsed = new Set([ancestorKeys(['Bestuurzaken'])[0]]);
    expect(labels(visibleRows(sections, '', collapsed))).toEqual(['Bestuurzaken/', 'Brussel/', '  Média', 'Algemeen']);
  });

  it('filters on name, heading and path without regard to case or accents, opening every folder', () => {
    const collapsed = new Set(ancestorKeys(['Brussel']));
    expect(labels(visibleRows(sections, 'media', collapsed))).toEqual(['Brussel/', '  Média']);
    expect(labels(visibleRows(sections, 'concrete ict', new Set()))).toEqual(['Bestuurzaken/', '  Concrete voorstellen/', '    ICT en Informatie']);
    expect(visibleRows(sections, 'nothing like this', new Set())).toEqual([]);
  });
});

describe('tree positions', () => {
  it('tells each row its place among its siblings', () => {
    const rows = visibleRows(sections, '', new Set());
    expect(rows.map((r) => `${r.posInSet}/${r.setSize}`)).toEqual(['1/3', '1/1', '1/2', '2/2', '2/3', '1/1', '3/3']);
  });

  it('counts only the siblings the filter leaves', () => {
    const rows = visibleRows(sections, 'hr', new Set());
    expect(rows.map((r) => `${r.depth}:${r.posInSet}/${r.setSize}`)).toEqual(['0:1/1', '1:1/1', '2:1/1']);
  });
});

describe('findByPrefix (type-ahead)', () => {
  const rows = visibleRows(sections, '', new Set());
  const name = (i: number) => (i < 0 ? null : rows[i].kind === 'folder' ? (rows[i] as { name: string }).name : (rows[i] as { section: SectionSummary }).section.name);

  it('finds the next row whose name starts with the typed letters, wrapping round', () => {
    expect(name(findByPrefix(rows, 0, 'b'))).toBe('Brussel');
    expect(name(findByPrefix(rows, 4, 'b'))).toBe('Bestuurzaken');
    expect(name(findByPrefix(rows, -1, 'con'))).toBe('Concrete voorstellen');
  });

  it('ignores case and accents, and finds nothing for an unknown start', () => {
    expect(name(findByPrefix(rows, 0, 'MED'))).toBe('Média');
    expect(findByPrefix(rows, 0, 'x')).toBe(-1);
    expect(findByPrefix(rows, 0, '')).toBe(-1);
  });
});
