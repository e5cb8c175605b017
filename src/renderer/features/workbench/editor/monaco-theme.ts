// Monaco follows the operating system's colour scheme and contrast preference, like the
// rest of the interface: its theme is built from the design tokens (styles/tokens.css) on
// one of Monaco's own bases, and rebuilt when the preference changes. Monaco takes hex
// colours only, so the tokens are read as the browser resolved them.
import { monaco } from './monaco';

const THEME = 'pwb';

/** A token as `#rrggbb` (the bundler shortens `#ffffff` to `#fff`, which Monaco refuses); '' when it is not a hex colour. */
export function tokenHex(name: string): string {
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim().toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  return /^#[0-9a-f]{6}$/.test(v) ? v : '';
}

function applyTheme(): void {
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const more = window.matchMedia('(prefers-contrast: more), (forced-colors: active)').matches;
  const base = more ? (dark ? 'hc-black' : 'hc-light') : dark ? 'vs-dark' : 'vs';
  const colors: Record<string, string> = {
    'editor.background': tokenHex('--surface'),
    'editor.foreground': tokenHex('--text'),
    'editorGutter.background': tokenHex('--surface'),
    'editorLineNumber.foreground': tokenHex('--text-subtle'),
    'editorLineNumber.activeForeground': tokenHex('--text'),
    'editorLineNumber.dimmedForeground': tokenHex('--text-subtle'),
    focusBorder: tokenHex('--focus'),
  };
  // A token that is not a hex colour (a system colour in forced-colours mode) leaves Monaco's own.
  const known = Object.fromEntries(Object.entries(colors).filter(([, v]) => v !== ''));
  monaco.editor.defineTheme(THEME, { base, inherit: true, rules: [], colors: known });
  monaco.editor.setTheme(THEME);
}

let following = false;

/** Sets the theme and keeps it in step with the system from then on (once per page). */
export function followSystemTheme(): void {
  if (following) return;
  following = true;
  applyTheme();
  for (const q of ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)']) {
    window.matchMedia(q).addEventListener('change', applyTheme);
  }
}
