import { describe, expect, it } from 'vitest';
import { exceedsJsonShape } from './json-shape';

const bytes = (s: string) => Buffer.from(s, 'utf8');
const limits = { maxContainers: 3, maxValues: 10 };

describe('exceedsJsonShape', () => {
  it('lets ordinary calls through', () => {
    expect(exceedsJsonShape(bytes('{"method":"app.status","args":{}}'), limits)).toBeNull();
    expect(exceedsJsonShape(bytes('{"a":[1,2,3]}'), limits)).toBeNull();
  });

  it('counts containers and values', () => {
    expect(exceedsJsonShape(bytes('[{},{},{}]'), limits)).toBe('containers');
    expect(exceedsJsonShape(bytes('[1,2,3,4,5,6,7,8,9,10,11]'), limits)).toBe('values');
  });

  it('does not count what is inside strings, escaped quotes included', () => {
    expect(exceedsJsonShape(bytes(JSON.stringify({ text: '[{},{},{},{},{}],,,,,,,,,,,,,:::::"\\' })), limits)).toBeNull();
    expect(exceedsJsonShape(bytes('["a\\"[[[[[[", 1]'), limits)).toBeNull();
  });

  it('stops early on a dense body', () => {
    const dense = bytes(`[${'{},'.repeat(1_000_000)}{}]`);
    expect(exceedsJsonShape(dense, { maxContainers: 250_000, maxValues: 1_000_000 })).toBe('containers');
  });
});
