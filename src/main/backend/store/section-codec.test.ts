import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './section-codec';

/**
 * The first, plainly written definition. Content hashes are stored in every file and
 * compared across colleagues' files, so the faster version must give the same bytes.
 */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : reference(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${reference((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('canonicalJson', () => {
  it('gives the same text as the reference definition: sorted keys, undefined left out', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 500 },
    );
    expect(canonicalJson({ b: 1, a: undefined, c: [undefined, { z: 1, y: 'x' }] })).toBe('{"b":1,"c":[null,{"y":"x","z":1}]}');
  });
});
