// The hand-written Snowball Dutch stemmer against the reference implementation in the
// `snowball-stemmers` package: fixed examples, then every word of the shared fixtures.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as snowball from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { wordTokens } from './analyzer';
import { stemDutch } from './dutch-stemmer';

const reference = (typeof snowball.newStemmer === 'function' ? snowball : snowball.default!).newStemmer('dutch');
const FIXTURES = resolve(__dirname, '../../../../shared/fixtures');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('stemDutch', () => {
  it('stems as the Snowball Dutch algorithm does', () => {
    const expected: Record<string, string> = {
      zorgtoeslagen: 'zorgtoeslag', zorgtoeslag: 'zorgtoeslag', beslissingen: 'besliss', scholen: 'schol', gemeenten: 'gemeent',
      gemeente: 'gemeent', kinderen: 'kinder', mogelijkheden: 'mogelijk', lichamelijke: 'licham', heden: 'heden', vrijheden: 'vrijheid',
      maan: 'man', brood: 'brod', koeien: 'koei', opleidingen: 'opleid', bereikbaarheid: 'bereik', aantrekkelijkheid: 'aantrek',
      toekenning: 'toekenn', internationale: 'international', mensen: 'mens', regels: 'regel', huisjes: 'huisjes', beschikbaar: 'beschik',
      zingende: 'zingend', kantoor: 'kantor', yoghurt: 'yoghurt', baaien: 'baai', gemengd: 'gemengd',
    };
    for (const [word, stem] of Object.entries(expected)) expect(stemDutch(word), word).toBe(stem);
  });

  it('agrees with snowball-stemmers on generated words of every suffix shape', () => {
    const stems = ['werk', 'heid', 'lijk', 'baar', 'ing', 'end', 'ig', 'gem', 'kk', 'tt', 'dd', 'aa', 'ee', 'oo', 'uu', 'y', 'i', 'j', 'c'];
    const ends = ['', 'en', 'ene', 's', 'se', 'e', 'heid', 'heden', 'end', 'ing', 'ig', 'lijk', 'baar', 'bar', 'ende', 'ingen', 'igheid', 'lijke'];
    for (const a of ['b', 'ka', 'rijk', 'yaoi', 'moei', 'ver']) {
      for (const s of stems) for (const e of ends) expect(stemDutch(a + s + e), a + s + e).toBe(reference.stem(a + s + e));
    }
  });

  it.skipIf(!existsSync(FIXTURES))('agrees with snowball-stemmers on every word of the shared fixtures', () => {
    const words = new Set<string>();
    for (const file of filesUnder(FIXTURES)) for (const t of wordTokens(readFileSync(file, 'utf8'))) words.add(t.word);
    expect(words.size).toBeGreaterThan(5000);
    const differ = [...words].filter((w) => stemDutch(w) !== reference.stem(w));
    expect(differ).toEqual([]);
  });

  it('keeps the first two letters of every word (snippets skip words by them, see highlight.ts)', () => {
    const words = ['ja', 'yoghurt', 'yaaien', 'aaien', 'maan', 'ooit', 'ieder', 'eens', 'baar', 'heden', 'kk', 'ende'];
    for (const a of ['b', 'ka', 'y', 'aa', 'ie', 'ui']) for (const e of ['', 'en', 'heden', 'lijk', 'ing', 'aan', 'ig', 'tt']) words.push(a + e);
    if (existsSync(FIXTURES)) for (const file of filesUnder(FIXTURES)) for (const t of wordTokens(readFileSync(file, 'utf8'))) words.push(t.word);
    const changed = words.filter((w) => w.length >= 2 && stemDutch(w).slice(0, 2) !== w.slice(0, 2));
    expect(changed).toEqual([]);
  });
});
