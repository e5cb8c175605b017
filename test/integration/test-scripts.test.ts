// `npm test` says why end-to-end tests were skipped (scripts/skip-reasons.mjs).
import { describe, expect, it } from 'vitest';
import { skipReasons } from '../../scripts/skip-reasons.mjs';

const test = (status: string, description?: string) => ({ status, annotations: description === undefined ? [] : [{ type: 'skip', description }] });

describe('skipReasons', () => {
  it('counts skipped tests per reason, through nested suites, ignoring the rest', () => {
    const report = {
      suites: [
        { specs: [{ tests: [test('skipped', 'no Chromium'), test('expected')] }], suites: [{ specs: [{ tests: [test('skipped', 'no Chromium')] }] }] },
        { specs: [{ tests: [test('skipped', 'no Electron'), test('skipped'), test('unexpected', 'no Chromium')] }] },
      ],
    };
    expect(skipReasons(report)).toEqual([
      { reason: 'no Chromium', count: 2 },
      { reason: 'no Electron', count: 1 },
      { reason: 'skipped without a reason given', count: 1 },
    ]);
  });

  it('has nothing to say without a report', () => {
    expect(skipReasons(null)).toEqual([]);
    expect(skipReasons({})).toEqual([]);
  });
});
