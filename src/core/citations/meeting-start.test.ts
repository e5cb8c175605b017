import { describe, expect, it } from 'vitest';
import { brusselsToUtc, buildDecisionLink } from '../links/decision-link';
import { brusselsWallTime, meetingStartFor } from './meeting-start';

describe('meeting starts for rebuilt links', () => {
  it('reads the Brussels wall-clock time of an instant, winter and summer', () => {
    expect(brusselsWallTime('2020-11-27T09:00:00Z')).toBe('10:00');
    expect(brusselsWallTime('2021-06-04T08:00:00Z')).toBe('10:00');
    expect(brusselsWallTime('2021-10-29T08:15:00Z')).toBe('10:15');
    expect(brusselsWallTime('2021-07-16T06:00:00Z')).toBe('08:00');
    expect(brusselsWallTime('2021-03-26T15:30:00Z')).toBe('16:30');
  });

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
