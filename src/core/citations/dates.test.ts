import { describe, expect, it } from 'vitest';
import { dateProblem, isValidDate, localToday } from './dates';

describe('dates', () => {
  it('accepts real YYYY-MM-DD dates, leap days included', () => {
    for (const d of ['2020-02-29', '2000-02-29', '2021-12-31', '2019-10-02']) expect(dateProblem(d)).toBeNull();
  });

  it('tells a bad format from a date that does not exist', () => {
    for (const d of ['2021-3-1', '21-03-01', '2021/03/01', '', ' 2021-03-01', '2021-03-01T00:00']) expect(dateProblem(d)).toBe('format');
    for (const d of ['2021-02-29', '1900-02-29', '2021-02-30', '2021-04-31', '2021-13-01', '2021-00-10', '2021-01-00']) expect(dateProblem(d)).toBe('calendar');
  });

  it('narrows nullish values', () => {
    expect(isValidDate(null)).toBe(false);
    expect(isValidDate(undefined)).toBe(false);
    expect(isValidDate('2021-03-10')).toBe(true);
  });

  it('gives today on the local calendar', () => {
    expect(localToday(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});
