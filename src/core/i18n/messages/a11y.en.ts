import type { Translation } from './area';
import type { a11yNl } from './a11y.nl';

export const a11yEn: Translation<typeof a11yNl> = {
  'a11y.skipToEditor': 'Skip to the editor',
  'a11y.tabFocus.on': 'Tab now moves focus. Ctrl+M makes Tab indent again.',
  'a11y.tabFocus.off': 'Tab now indents. Ctrl+M makes Tab move focus again.',
};
