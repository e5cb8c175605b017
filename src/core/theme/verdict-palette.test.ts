import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../shared/models';
import { contrastRatio } from './contrast';
import { verdictCss, VERDICT_THEMES } from './verdict-palette';

describe('verdict palette', () => {
  for (const [name, theme] of Object.entries(VERDICT_THEMES)) {
    describe(`${name} theme`, () => {
      it.each(VERDICTS)('%s meets WCAG 2.1 AA', (v) => {
        const c = theme.colors[v];
        expect(contrastRatio(c.text, c.bg), 'badge text on its background').toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(c.text, theme.surface), 'verdict text on the page').toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(theme.onSolid, c.solid), 'a count on a chart segment').toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(c.solid, theme.surface), 'a dot or bar against the page').toBeGreaterThanOrEqual(3);
      });
    });
  }

  it('writes one rule per verdict and the dark values only when asked', () => {
    const light = verdictCss({ dark: false });
    for (const v of VERDICTS) expect(light).toContain(`.verdict-${v} { --verdict: var(--verdict-${v});`);
    expect(light).toContain(`--verdict-kept: ${VERDICT_THEMES.light.colors.kept.solid};`);
    expect(light).not.toContain('prefers-color-scheme');
    const both = verdictCss({ dark: true });
    expect(both).toContain(`@media (prefers-color-scheme: dark) { :root { --on-verdict: ${VERDICT_THEMES.dark.onSolid};`);
  });
});
