import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex } from './contrast';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    // The example: group labels #8a949e on white.
    expect(contrastRatio('#8a949e', '#ffffff')).toBeCloseTo(3.08, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('is symmetric', () => {
    expect(contrastRatio('#0b5cad', '#f6f7f9')).toBeCloseTo(contrastRatio('#f6f7f9', '#0b5cad'), 10);
  });

  it('refuses what is not a hex colour', () => {
    expect(parseHex('red')).toBeNull();
    expect(parseHex('#12345')).toBeNull();
    expect(() => contrastRatio('rgb(0,0,0)', '#fff')).toThrow(/Not a hex colour/);
  });
});
