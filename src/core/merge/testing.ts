// Builders for merge tests (used by the unit tests here and the integration tests).
import type { SectionContent } from '../../shared/merge-models';
import type { Reference } from '../../shared/models';
import { buildDecisionLink } from '../links/decision-link';

export function reference(number: number, title: string, date = '2021-03-05', hour = '09'): Reference {
  const meetingStart = `${date}T${hour}:00:00Z`;
  return { number, date, meetingStart, title, url: buildDecisionLink(title, meetingStart) };
}

export function sectionContent(overrides: Partial<SectionContent> = {}): SectionContent {
  return {
    path: ['Bestuurzaken'],
    name: 'ICT en Informatie',
    order: 0,
    heading: 'ICT en Informatie',
    agreement: '3.2.3 ICT en Informatie [We stellen data maximaal ter beschikking] ',
    agreementChecksum: null,
    body: 'Samenvatting\n\nDe regering keurde een plan goed [0].\n\nEen tweede stap volgde [1].\n\nSlot.\n',
    references: [reference(0, 'Conceptnota datastrategie'), reference(1, 'Actieplan open data', '2022-01-14')],
    verdict: 'in-progress',
    verdictNote: '',
    status: 'draft',
    ...overrides,
  };
}
