import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape-markdown';

describe('escapeMarkdown', () => {
  it('escapes everything Markdown would act on', () => {
    expect(escapeMarkdown('**bold** [x](javascript:alert(1)) <b>`c`</b>')).toBe(
      '\\*\\*bold\\*\\* \\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>\\`c\\`\\</b\\>',
    );
  });

  it('keeps a title on one line', () => {
    expect(escapeMarkdown('Oproep 2023\n')).toBe('Oproep 2023 ');
  });
});
