import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues';
import { LANGUAGES } from './language';

type Catalogue = Record<string, string>;

// Every area file, found on disk, so a pair that was written but never registered fails here.
const nlFiles = import.meta.glob<Record<string, Catalogue>>('./messages/*.nl.ts', { eager: true });
const enFiles = import.meta.glob<Record<string, Catalogue>>('./messages/*.en.ts', { eager: true });
const only = (mod: Record<string, Catalogue>): Catalogue => Object.values(mod)[0];
const area = (path: string) => path.replace(/^.*\/(.+)\.(nl|en)\.ts$/, '$1');

/** Argument names and kinds a message uses, nested plurals and selects included. */
function argumentsOf(elements: MessageFormatElement[], out = new Map<string, string>()): Map<string, string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      out.set(`<${el.value}>`, 'tag');
      argumentsOf(el.children, out);
      continue;
    }
    out.set(el.value, TYPE[el.type]);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    }
  }
  return out;
}

function pluralsOf(elements: MessageFormatElement[], out: Array<{ name: string; options: string[] }> = []) {
  for (const el of elements) {
    if (el.type === TYPE.plural) out.push({ name: el.value, options: Object.keys(el.options) });
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) pluralsOf(o.value, out);
    if (el.type === TYPE.tag) pluralsOf(el.children, out);
  }
  return out;
}

describe('message catalogues', () => {
  it('has one nl/en file pair per area, each registered', () => {
    const nlAreas = Object.keys(nlFiles).map(area).sort();
    expect(Object.keys(enFiles).map(area).sort()).toEqual(nlAreas);
    expect(nlAreas.length).toBeGreaterThan(0);
    for (const [path, mod] of Object.entries(nlFiles)) {
      for (const key of Object.keys(only(mod))) expect(CATALOGUES.nl, `${path}: ${key} is not in the catalogue`).toHaveProperty([key]);
    }
  });

  it('gives each key to one area only', () => {
    const owner = new Map<string, string>();
    for (const [path, mod] of Object.entries(nlFiles)) {
      for (const key of Object.keys(only(mod))) {
        expect(owner.get(key), `${key} is in ${path} and ${String(owner.get(key))}`).toBeUndefined();
        owner.set(key, path);
      }
    }
    expect(owner.size).toBe(Object.keys(CATALOGUES.nl).length);
  });

  it('has exactly the same keys in every language, per file and as a whole', () => {
    for (const [path, mod] of Object.entries(nlFiles)) {
      const en = enFiles[path.replace(/\.nl\.ts$/, '.en.ts')];
      expect(Object.keys(only(en)).sort(), path).toEqual(Object.keys(only(mod)).sort());
    }
    const keys = Object.keys(CATALOGUES.nl).sort();
    for (const language of LANGUAGES) expect(Object.keys(CATALOGUES[language]).sort(), language).toEqual(keys);
  });

  it('holds only valid ICU messages, with the same placeholders in every language', () => {
    for (const key of Object.keys(CATALOGUES.nl) as Array<keyof typeof CATALOGUES.nl>) {
      const args = LANGUAGES.map((language) => {
        const text = CATALOGUES[language][key];
        expect(text.trim(), `${language} ${key} is empty`).not.toBe('');
        let ast: MessageFormatElement[] = [];
        expect(() => (ast = parse(text)), `${language} ${key}`).not.toThrow();
        return [...argumentsOf(ast)].sort();
      });
      for (const other of args.slice(1)) expect(other, key).toEqual(args[0]);
    }
  });

  it('uses ’ rather than a straight apostrophe, which ICU treats as a quote', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(CATALOGUES[language])) expect(text, `${language} ${key}`).not.toContain("'");
    }
  });

  it('gives every plural an `other` case, and Dutch and English the same exact-number cases', () => {
    for (const key of Object.keys(CATALOGUES.nl) as Array<keyof typeof CATALOGUES.nl>) {
      const [nl, en] = (['nl', 'en'] as const).map((language) => pluralsOf(parse(CATALOGUES[language][key])));
      for (const p of [...nl, ...en]) expect(p.options, key).toContain('other');
      const exact = (ps: typeof nl) => ps.map((p) => p.options.filter((o) => o.startsWith('=')).sort());
      expect(exact(en), key).toEqual(exact(nl));
    }
  });
});
