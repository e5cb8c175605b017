import { describe, expect, it } from 'vitest';
import { brusselsToUtc } from '../../../../core/links/decision-link';
import { knownMeetingStart, utcToBrussels } from './brussels-time';

describe('utcToBrussels', () => {
  it('reads back winter and summer meeting times', () => {
    expect(utcToBrussels('2020-11-27T09:00:00Z')).toEqual({ date: '2020-11-27', time: '10:00' });
    expect(utcToBrussels('2023-06-23T08:00:00Z')).toEqual({ date: '2023-06-23', time: '10:00' });
    expect(utcToBrussels('2021-07-16T06:00:00Z')).toEqual({ date: '2021-07-16', time: '08:00' });
  });

  it('is the inverse of brusselsToUtc around the clock changes', () => {
    for (const [date, time] of [
      ['2021-03-28', '10:00'],
      ['2021-10-31', '10:00'],
      ['2022-01-05', '16:30'],
      ['2022-07-01', '23:30'],
    ]) {
      expect(utcToBrussels(brusselsToUtc(date, time))).toEqual({ date, time });
    }
  });

  it('refuses what is not an instant', () => {
    expect(utcToBrussels('2021-01-01')).toBeNull();
    expect(utcToBrussels('yesterday')).toBeNull();
  });
});

describe('knownMeetingStart', () => {
  it('prefers the stored start, then the one in the link', () => {
    const url =
      'https://beslissingenvlaamseregering.vlaanderen.be/?search=X&dateOption=select&startDate=2020-11-27T09%3A00%3A00Z&endDate=2020-11-27T09%3A00%3A00Z';
    expect(knownMeetingStart({ meetingStart: '2021-01-01T09:00:00Z', url })).toBe('2021-01-01T09:00:00Z');
    expect(knownMeetingStart({ url })).toBe('2020-11-27T09:00:00Z');
    expect(knownMeetingStart({ url: 'https://example.org/' })).toBeNull();
  });
});
