import { describe, expect, it } from 'vitest';
import { brusselsOffsetMs, brusselsToUtc, brusselsWallTime, utcToBrussels } from './brussels';

// Last Sundays of March and October, 2019–2024: Brussels changes clocks at 01:00 UTC.
const SPRING = ['2019-03-31', '2020-03-29', '2021-03-28', '2022-03-27', '2023-03-26', '2024-03-31'];
const AUTUMN = ['2019-10-27', '2020-10-25', '2021-10-31', '2022-10-30', '2023-10-29', '2024-10-27'];
const H = 3_600_000;

const dayBefore = (date: string) => new Date(Date.parse(date) - 24 * H).toISOString().slice(0, 10);

describe('Brussels time', () => {
  it('converts winter and summer meeting times', () => {
    expect(brusselsToUtc('2020-11-27')).toBe('2020-11-27T09:00:00Z');
    expect(brusselsToUtc('2021-06-04')).toBe('2021-06-04T08:00:00Z');
    expect(brusselsToUtc('2021-10-29', '10:15')).toBe('2021-10-29T08:15:00Z');
    expect(brusselsToUtc('2021-07-16', '08:00')).toBe('2021-07-16T06:00:00Z');
    expect(brusselsToUtc('2022-01-05', '23:30')).toBe('2022-01-05T22:30:00Z');
    expect(brusselsToUtc('2022-07-01', '00:30')).toBe('2022-06-30T22:30:00Z');
  });

  it('changes offset exactly at 01:00 UTC on the last Sundays of March and October, 2019–2024', () => {
    for (const day of SPRING) {
      const switchAt = Date.parse(`${day}T01:00:00Z`);
      expect(brusselsOffsetMs(switchAt - 1000), day).toBe(H);
      expect(brusselsOffsetMs(switchAt), day).toBe(2 * H);
      expect(brusselsToUtc(day, '01:59'), day).toBe(`${day}T00:59:00Z`);
      expect(brusselsToUtc(day, '03:00'), day).toBe(`${day}T01:00:00Z`);
      expect(brusselsToUtc(day, '10:00'), day).toBe(`${day}T08:00:00Z`);
      expect(brusselsToUtc(dayBefore(day), '10:00'), day).toBe(`${dayBefore(day)}T09:00:00Z`);
    }
    for (const day of AUTUMN) {
      const switchAt = Date.parse(`${day}T01:00:00Z`);
      expect(brusselsOffsetMs(switchAt - 1000), day).toBe(2 * H);
      expect(brusselsOffsetMs(switchAt), day).toBe(H);
      expect(brusselsToUtc(day, '10:00'), day).toBe(`${day}T09:00:00Z`);
      expect(brusselsToUtc(dayBefore(day), '10:00'), day).toBe(`${dayBefore(day)}T08:00:00Z`);
    }
  });

  it('takes the first of a repeated autumn hour and moves a skipped spring hour forward', () => {
    expect(brusselsToUtc('2021-10-31', '02:30')).toBe('2021-10-31T00:30:00Z');
    expect(utcToBrussels('2021-10-31T00:30:00Z')).toEqual({ date: '2021-10-31', time: '02:30' });
    expect(utcToBrussels('2021-10-31T01:30:00Z')).toEqual({ date: '2021-10-31', time: '02:30' });
    expect(brusselsToUtc('2021-03-28', '02:30')).toBe('2021-03-28T01:30:00Z');
    expect(utcToBrussels('2021-03-28T01:30:00Z')).toEqual({ date: '2021-03-28', time: '03:30' });
  });

  it('reads back what it wrote, every quarter hour around each change, 2019–2024', () => {
    for (const day of [...SPRING, ...AUTUMN]) {
      for (const date of [dayBefore(day), day]) {
        for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
          const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          const back = utcToBrussels(brusselsToUtc(date, time));
          const skipped = SPRING.includes(date) && time.startsWith('02:');
          if (!skipped) expect(back, `${date} ${time}`).toEqual({ date, time });
        }
      }
    }
  });

  it('reads the wall-clock time of an instant, with seconds and fractions allowed', () => {
    expect(brusselsWallTime('2020-11-27T09:00:00Z')).toBe('10:00');
    expect(brusselsWallTime('2021-06-04T08:00:00Z')).toBe('10:00');
    expect(brusselsWallTime('2021-03-26T15:30:00.000Z')).toBe('16:30');
    expect(brusselsWallTime('2021-03-26T15:30Z')).toBe('16:30');
    expect(brusselsWallTime('gisteren')).toBe('10:00');
    expect(utcToBrussels('2021-01-01')).toBeNull();
    expect(utcToBrussels('2021-02-30T10:00:00Z')).toBeNull();
  });

  it('refuses what is not a date and time', () => {
    expect(() => brusselsToUtc('2021-3-1')).toThrow(RangeError);
    expect(() => brusselsToUtc('2021-03-01', '25:00')).toThrow(RangeError);
  });
});
