// The verdict colours, stated once. The workbench (tree dots, verdict select, dashboard
// charts) and the exported pages (badges, bars) use the CSS these functions write, so a
// colour changes here and nowhere else. Each theme's values meet WCAG 2.1 AA (tested):
// `text` on `bg` ≥ 4.5:1 (badges), `onSolid` on `solid` ≥ 4.5:1 (counts on chart
// segments) and `solid` against the page surface ≥ 3:1 (dots and bars, non-text).
import { VERDICTS } from '../../shared/models';
import type { Verdict } from '../../shared/models';

export interface VerdictColors {
  /** Fill for dots, bars and chart segments. */
  solid: string;
  /** Text on `bg` (badges, the verdict select). */
  text: string;
  bg: string;
}

export interface VerdictTheme {
  /** The page surface the solids sit on. */
  surface: string;
  /** Text drawn on a solid (counts on chart segments). */
  onSolid: string;
  colors: Record<Verdict, VerdictColors>;
}

/** On a dark surface the solid is light enough to be the text colour too. */
function darkColors(tones: Record<Verdict, readonly [solid: string, bg: string]>): Record<Verdict, VerdictColors> {
  return Object.fromEntries(VERDICTS.map((v) => [v, { solid: tones[v][0], text: tones[v][0], bg: tones[v][1] }])) as Record<Verdict, VerdictColors>;
}

export const VERDICT_THEMES: { light: VerdictTheme; dark: VerdictTheme } = {
  light: {
    surface: '#ffffff',
    onSolid: '#ffffff',
    colors: {
      'not-rated': { solid: '#5c6670', text: '#3d4650', bg: '#eef0f2' },
      'not-started': { solid: '#8a5a00', text: '#6b4500', bg: '#fff4d1' },
      'in-progress': { solid: '#1f62a8', text: '#0b4f8a', bg: '#e3f0fc' },
      'partially-kept': { solid: '#7a4aa8', text: '#5e3490', bg: '#f1e8fb' },
      kept: { solid: '#1e7a3c', text: '#1d6b2f', bg: '#e2f5e6' },
      broken: { solid: '#b3261e', text: '#a11b1b', bg: '#fde6e6' },
    },
  },
  dark: {
    surface: '#1e2226',
    onSolid: '#111418',
    colors: darkColors({
      'not-rated': ['#9aa5b1', '#2b3138'],
      'not-started': ['#d9a53f', '#3a2e14'],
      'in-progress': ['#6fa8e8', '#1b3350'],
      'partially-kept': ['#b691e0', '#33264a'],
      kept: ['#5cc283', '#173320'],
      broken: ['#f07a72', '#3d1d1c'],
    }),
  },
};

function variables(theme: VerdictTheme): string {
  const vars = [`--on-verdict: ${theme.onSolid};`];
  for (const v of VERDICTS) {
    const c = theme.colors[v];
    vars.push(`--verdict-${v}: ${c.solid};`, `--verdict-${v}-text: ${c.text};`, `--verdict-${v}-bg: ${c.bg};`);
  }
  return `:root { ${vars.join(' ')} }`;
}

/**
 * CSS that gives every `.verdict-<v>` element three custom properties — `--verdict`
 * (solid), `--verdict-text` and `--verdict-bg` — for the light theme, and for the dark
 * one too when `dark` is set (under `prefers-color-scheme: dark`).
 */
export function verdictCss({ dark }: { dark: boolean }): string {
  const classes = VERDICTS.map(
    (v) => `.verdict-${v} { --verdict: var(--verdict-${v}); --verdict-text: var(--verdict-${v}-text); --verdict-bg: var(--verdict-${v}-bg); }`,
  );
  return [variables(VERDICT_THEMES.light), dark ? `@media (prefers-color-scheme: dark) { ${variables(VERDICT_THEMES.dark)} }` : '', ...classes]
    .filter(Boolean)
    .join('\n');
}
