import { describe, expect, it } from 'vitest';
import { parseOpenSections, withOpenSection } from './open-section';

describe('open section memory', () => {
  it('keeps one section per project, the latest first, and a bounded list', () => {
    let list = withOpenSection([], '/a.pwb', 's1');
    list = withOpenSection(list, '/b.pwb', 's2');
    list = withOpenSection(list, '/a.pwb', 's3');
    expect(list).toEqual([
      ['/a.pwb', 's3'],
      ['/b.pwb', 's2'],
    ]);
    expect(withOpenSection(list, '/c.pwb', 's4', 2)).toEqual([
      ['/c.pwb', 's4'],
      ['/a.pwb', 's3'],
    ]);
  });

  it('reads back what it wrote, and nothing from a damaged memory', () => {
    const list = withOpenSection([], '/a.pwb', 's1');
    expect(parseOpenSections(JSON.stringify(list))).toEqual(list);
    expect(parseOpenSections('{')).toEqual([]);
    expect(parseOpenSections('{"a":1}')).toEqual([]);
    expect(parseOpenSections('[["/a.pwb", 3], ["/b.pwb", "s"], "x"]')).toEqual([['/b.pwb', 's']]);
  });
});
