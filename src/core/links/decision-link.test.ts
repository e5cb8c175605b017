import { describe, expect, it } from 'vitest';
import { buildDecisionLink, checkDecisionLink, encodeLinkComponent, meetingDate, parseDecisionLink } from './decision-link';

const covid =
  'https://beslissingenvlaamseregering.vlaanderen.be/?search=COVID-19%3A%20projectoproep%20%27Flanders%20is%20a%20festival%27&dateOption=select&startDate=2021-03-26T09%3A00%3A00Z&endDate=2021-03-26T09%3A00%3A00Z';

describe('decision links', () => {
  it('builds the exact published link from title and meeting start', () => {
    expect(buildDecisionLink("COVID-19: projectoproep 'Flanders is a festival'", '2021-03-26T09:00:00Z')).toBe(covid);
  });

  it('encodes ! \' ( ) * and non-ASCII, keeps /', () => {
    expect(encodeLinkComponent("a!b'c(d)e*f/g“h")).toBe('a%21b%27c%28d%29e%2Af/g%E2%80%9Ch');
    expect(encodeLinkComponent('regel\n')).toBe('regel%0A');
  });

  it('reads title and start back out of a link', () => {
    expect(parseDecisionLink(covid)).toEqual({
      title: "COVID-19: projectoproep 'Flanders is a festival'",
      meetingStart: '2021-03-26T09:00:00Z',
      meetingEnd: '2021-03-26T09:00:00Z',
    });
    expect(parseDecisionLink('https://example.org/')).toBeNull();
    expect(parseDecisionLink(covid.replace('%3A', '%E2%80'))).toBeNull();
  });

  it('accepts a link that matches its reference', () => {
    expect(checkDecisionLink({ title: "COVID-19: projectoproep 'Flanders is a festival'", date: '2021-03-26', url: covid })).toEqual([]);
  });

  it('reports a title or date that disagrees with the link', () => {
    expect(checkDecisionLink({ title: 'Iets anders', date: '2021-03-26', url: covid })).toEqual([
      { kind: 'title', linkTitle: "COVID-19: projectoproep 'Flanders is a festival'" },
    ]);
    expect(checkDecisionLink({ title: "COVID-19: projectoproep 'Flanders is a festival'", date: '2021-03-27', url: covid })).toEqual([
      { kind: 'date', linkDate: '2021-03-26' },
    ]);
  });

  it('reports a link whose encoding is not the canonical one', () => {
    const loose = covid.replace('%27', "'").replace('%27', "'");
    expect(checkDecisionLink({ title: "COVID-19: projectoproep 'Flanders is a festival'", date: '2021-03-26', url: loose })).toEqual([
      { kind: 'encoding', expected: covid },
    ]);
  });

  it('takes the date part of a meeting start', () => {
    expect(meetingDate('2021-07-16T06:00:00Z')).toBe('2021-07-16');
    expect(meetingDate('gisteren')).toBeNull();
  });
});
