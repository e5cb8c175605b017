import type { Translation } from './area';
import type { evidenceNl } from './evidence.nl';

export const evidenceEn: Translation<typeof evidenceNl> = {
  'evidence.title': 'Evidence',
  'evidence.notRelevant': 'Not relevant',
};
