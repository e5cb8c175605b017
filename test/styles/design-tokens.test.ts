// The design tokens meet WCAG 2.1 AA in every theme, and no component states a colour
// of its own (issue 12 §1: one set of tokens, used everywhere).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/core/theme/contrast';
import { VERDICT_THEMES } from '../../src/core/theme/verdict-palette';

const renderer = resolve(import.meta.dirname, '../../src/renderer');
const TOKENS = join(renderer, 'styles', 'tokens.css');
const tokensCss = readFileSync(TOKENS, 'utf8');

type Tokens = Record<string, string>;

function declarations(block: string): Tokens {
  return Object.fromEntries([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

/** The `:root { … }` block that follows `prelude` (a media query, or the start of the file). */
function rootBlock(prelude: string | null): Tokens {
  const from = prelude === null ? 0 : tokensCss.indexOf(prelude);
  if (from < 0) throw new Error(`tokens.css has no block for ${prelude}`);
  const open = tokensCss.indexOf(':root {', from);
  return declarations(tokensCss.slice(open, tokensCss.indexOf('}', open)));
}

const light = rootBlock(null);
const dark = { ...light, ...rootBlock('@media (prefers-color-scheme: dark)') };
const themes: Record<string, Tokens> = {
  light,
  dark,
  'light, more contrast': { ...light, ...rootBlock('@media (prefers-contrast: more) and (prefers-color-scheme: light)') },
  'dark, more contrast': { ...dark, ...rootBlock('@media (prefers-contrast: more) and (prefers-color-scheme: dark)') },
};

const SURFACES = ['--bg', '--surface', '--surface-alt', '--surface-hover', '--surface-sunken'];
/** [foreground, backgrounds, minimum ratio]: text 4.5:1 (1.4.3), control borders and focus 3:1 (1.4.11). */
const PAIRS: [string, string[], number][] = [
  ['--text', [...SURFACES, '--accent-soft', '--mark', '--mark-error', '--highlight', '--selected-row', '--code-bg', '--diff-mine', '--diff-theirs', '--error-soft', '--warning-soft'], 4.5],
  ['--text-muted', [...SURFACES, '--accent-soft', '--selected-row'], 4.5],
  ['--text-subtle', [...SURFACES, '--accent-soft'], 4.5],
  ['--text-reading', ['--surface', '--code-bg'], 4.5],
  ['--quote-text', ['--surface'], 4.5],
  ['--accent', ['--bg', '--surface', '--surface-alt', '--accent-soft'], 4.5],
  ['--on-accent', ['--accent', '--accent-hover'], 4.5],
  ['--error', ['--surface', '--surface-alt', '--error-soft'], 4.5],
  ['--warning', ['--surface', '--warning-soft'], 4.5],
  ['--info', ['--surface', '--accent-soft'], 4.5],
  ['--success', ['--surface', '--success-soft'], 4.5],
  ['--demo', ['--surface', '--demo-soft'], 4.5],
  ['--border-control', ['--bg', '--surface', '--surface-alt'], 3],
  ['--focus', ['--bg', '--surface', '--surface-alt', '--accent-soft'], 3],
];

describe('design tokens', () => {
  for (const [name, tokens] of Object.entries(themes)) {
    it(`${name}: every text and control colour meets WCAG 2.1 AA`, () => {
      const failures: string[] = [];
      for (const [fg, bgs, min] of PAIRS) {
        for (const bg of bgs) {
          expect(tokens[fg], `${fg} in ${name}`).toBeDefined();
          expect(tokens[bg], `${bg} in ${name}`).toBeDefined();
          const ratio = contrastRatio(tokens[fg], tokens[bg]);
          if (ratio < min) failures.push(`${fg} ${tokens[fg]} on ${bg} ${tokens[bg]}: ${ratio.toFixed(2)} < ${min}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('the verdict palette was checked against the surfaces the themes use', () => {
    expect(VERDICT_THEMES.light.surface).toBe(light['--surface']);
    expect(VERDICT_THEMES.dark.surface).toBe(dark['--surface']);
  });
});

/** Every stylesheet and component of the renderer except the tokens themselves. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(css|tsx)$/.test(entry) && p !== TOKENS ? [p] : [];
  });
}
const sources = Object.fromEntries(sourceFiles(renderer).map((p) => [relative(renderer, p), readFileSync(p, 'utf8')]));

describe('component styles', () => {
  it('state no colour of their own: literal hex colours live only in tokens.css', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    const found = Object.entries(sources).flatMap(([file, text]) =>
      text.split('\n').flatMap((line, i) => (/#[0-9a-fA-F]{3,8}\b(?![\w-])/.test(line.replace(/url\([^)]*\)/g, '')) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
