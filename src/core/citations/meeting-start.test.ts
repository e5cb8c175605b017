import { describe, expect, it } from 'vitest';
import { buildDecisionLink } from '../links/decision-link';
import { brusselsToUtc } from '../time/brussels';
import { meetingStartFor } from './meeting-start';

describe('meeting starts for rebuilt links', () => {
  it('uses the stored start, then the link’s, then 10:00', () => {
    const url = buildDecisionLink('A', '2021-07-16T06:00:00Z');
    expect(meetingStartFor({ number: 0, title: 'A', date: '2021-07-16', meetingStart: '2021-07-16T14:30:00Z', url })).toBe('2021-07-16T14:30:00Z');
    expect(meetingStartFor({ number: 0, title: 'A', date: '2021-07-16', url })).toBe('2021-07-16T06:00:00Z');
    expect(meetingStartFor({ number: 0, title: 'A', date: '2021-07-16', meetingStart: 'onbekend', url: 'https://example.org/' })).toBe(brusselsToUtc('2021-07-16'));
  });

  it('moves a known time to the entry’s date across a summer-time change', () => {
    const url = buildDecisionLink('A', '2021-07-16T06:00:00Z');
    expect(meetingStartFor({ number: 0, title: 'A', date: '2021-12-03', url })).toBe('2021-12-03T07:00:00Z');
  });
});
