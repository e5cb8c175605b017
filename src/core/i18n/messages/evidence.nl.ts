import type { AreaMessages } from './area';

// The evidence finder: Evidence panel, coverage, `pwb suggest` (c-search).
export const evidenceNl = {
  'evidence.title': 'Bewijs',
  'evidence.notRelevant': 'Niet relevant',
} satisfies AreaMessages<'evidence'>;
