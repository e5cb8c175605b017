// The lint rules that keep English out of the renderer (docs/adr/0020, 0029): what they
// catch and what they leave alone, so a change to them cannot quietly stop them working.
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { i18nPlugin } from '../../eslint-rules/no-literal-ui-text.js';

const linter = new Linter({ configType: 'flat' });
const config = [
  {
    files: ['**/*.tsx'],
    languageOptions: { parser: tseslint.parser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { i18n: i18nPlugin },
    rules: { 'i18n/no-literal-ui-text': 'error', 'i18n/no-literal-ui-phrase': 'error' },
  },
] satisfies Linter.Config[];

/** The texts the rules report in `code`, each once (both rules may see the same one). */
function flagged(code: string): string[] {
  const texts = linter.verify(code, config, 'x.tsx').map((m) => {
    expect(m.ruleId, m.message).toMatch(/^i18n\//);
    return /"(.*)"\.$/.exec(m.message)?.[1] ?? m.message;
  });
  return [...new Set(texts)];
}

describe('no literal UI text', () => {
  it('reports text in JSX and in every attribute people read or hear', () => {
    expect(flagged('const a = <p>Merge report</p>;')).toEqual(['Merge report']);
    expect(flagged('const a = <nav aria-label="Sections" />;')).toEqual(['Sections']);
    expect(flagged('const a = <input placeholder="Search" title={"Find"} />;')).toEqual(['Search', 'Find']);
    expect(flagged('const a = <img alt="Logo" />;')).toEqual(['Logo']);
    expect(flagged('const a = <b>{busy ? "Merging…" : "Apply"}</b>;')).toEqual(['Merging…', 'Apply']);
  });

  it('reports phrases and labelled words outside JSX', () => {
    expect(flagged("const e = { code: 'x', message: 'Stopped.' };")).toEqual(['Stopped.']);
    expect(flagged("editor.updateOptions({ ariaLabel: 'Assessment' });")).toEqual(['Assessment']);
    expect(flagged("frame.title = 'Print';")).toEqual(['Print']);
    expect(flagged("el.setAttribute('aria-label', 'Close');")).toEqual(['Close']);
    expect(flagged("toast('Every conflict is resolved.');")).toEqual(['Every conflict is resolved.']);
  });

  it('leaves keys, symbols, identifiers, HTTP headers and translated text alone', () => {
    expect(flagged("const a = <p title={t('merge.title')}>{t('merge.done')} ×</p>;")).toEqual([]);
    expect(flagged("const v = { label: 'shell.view.merge', kind: 'conflict' };")).toEqual([]);
    expect(flagged("fetch(u, { headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } });")).toEqual([]);
    expect(flagged("if (e.key === 'ArrowDown') go(); const a = <kbd>Ctrl+M</kbd>;")).toEqual([]);
  });
});
