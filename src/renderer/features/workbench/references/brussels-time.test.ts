import { describe, expect, it } from 'vitest';
import { knownMeetingStart } from './brussels-time';

describe('knownMeetingStart', () => {
  it('prefers the stored start, then the one in the link', () => {
    const url =
      'https://beslissingenvlaamseregering.vlaanderen.be/?search=X&dateOption=select&startDate=2020-11-27T09%3A00%3A00Z&endDate=2020-11-27T09%3A00%3A00Z';
    expect(knownMeetingStart({ meetingStart: '2021-01-01T09:00:00Z', url })).toBe('2021-01-01T09:00:00Z');
    expect(knownMeetingStart({ url })).toBe('2020-11-27T09:00:00Z');
    expect(knownMeetingStart({ url: 'https://example.org/' })).toBeNull();
  });
});
