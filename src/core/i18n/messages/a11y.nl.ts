import type { AreaMessages } from './area';

// Texts for assistive technology: skip links, live-region announcements, hidden labels (h-a11y).
export const a11yNl = {
  'a11y.skipToEditor': 'Naar de editor',
  'a11y.tabFocus.on': 'Tab verplaatst nu de focus. Ctrl+M om Tab weer te laten inspringen.',
  'a11y.tabFocus.off': 'Tab springt nu in. Ctrl+M om Tab weer de focus te laten verplaatsen.',
} satisfies AreaMessages<'a11y'>;
