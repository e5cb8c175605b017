import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../shared/models';
import { buildDecisionLink } from '../links/decision-link';
import { brusselsToUtc } from '../time/brussels';
import { checkSection } from './check';
import { applySafeFixes, mergeDuplicates, rebuildLink, removeReference, renumberByFirstUse } from './fixes';
import type { FixInput } from './fixes';
import { firstIndexByNumber } from './numbering';
import { scanCitations } from './scan';

// Small alphabets so that duplicates, repeated numbers, gaps and dangling citations occur often.
const TITLES = ['A', 'B', 'C', "D 'x'", ''];
const arbReference = fc.record({
  title: fc.constantFrom(...TITLES),
  day: fc.integer({ min: 10, max: 12 }),
  linked: fc.boolean(),
  loose: fc.boolean(),
});

const arbReferences: fc.Arbitrary<Reference[]> = fc.array(arbReference, { maxLength: 8 }).chain((list) =>
  fc
    .option(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: list.length, maxLength: list.length }), { freq: 3 })
    .map((messy) =>
      list.map((r, i) => {
        const date = `2021-03-${String(r.day)}`;
        const ref: Reference = { number: messy ? messy[i] : i, title: r.title, date };
        if (r.linked) {
          const url = buildDecisionLink(r.title, brusselsToUtc(date));
          ref.url = r.loose ? url.replaceAll('%27', "'") : url;
        }
        return ref;
      }),
    ),
);

const arbBody = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 11 }).map((n) => `[${String(n)}]`) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 11 }).map((n) => `\\[${String(n)}]`) },
      { weight: 3, arbitrary: fc.constantFrom(' ', 'tekst', '\n', '. ', '[ 3]', '[x]', '[link](u)', '\\') },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const arbInput: fc.Arbitrary<FixInput> = fc.record({ body: arbBody, references: arbReferences });

/** For each citation in body order: the title of the entry it resolves to, or null when it has none. */
function citedTitles(input: FixInput): Array<string | null> {
  const resolve = firstIndexByNumber(input.references);
  return scanCitations(input.body).citations.map((c) => {
    const index = resolve.get(c.number);
    return index === undefined ? null : input.references[index].title;
  });
}

/** The body with every citation blanked: what a fix must leave as it is. */
const skeleton = (body: string) => {
  let out = '';
  let at = 0;
  for (const c of scanCitations(body).citations) {
    out += body.slice(at, c.offset) + '[]';
    at = c.offset + c.length;
  }
  return out + body.slice(at);
};

describe('quick fixes: properties', () => {
  it('renumberByFirstUse is idempotent', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const once = renumberByFirstUse(input);
        const twice = renumberByFirstUse(once);
        expect(twice).toEqual({ body: once.body, references: once.references, changes: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('after renumberByFirstUse the checker finds no numbering or order problem', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const fixed = renumberByFirstUse(input);
        const codes = checkSection({ ...fixed, today: '2025-01-01' }).map((d) => d.code);
        expect(codes).not.toContain('reference-numbering');
        expect(codes).not.toContain('citation-order');
      }),
      { numRuns: 300 },
    );
  });

  it('renumberByFirstUse keeps every citation pointing at the same entry and every other character', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const fixed = renumberByFirstUse(input);
        expect(citedTitles(fixed)).toEqual(citedTitles(input));
        expect(skeleton(fixed.body)).toBe(skeleton(input.body));
        expect(fixed.references).toHaveLength(input.references.length);
      }),
      { numRuns: 300 },
    );
  });

  it('applySafeFixes keeps every citation pointing at an entry with the same title', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const fixed = applySafeFixes(input);
        expect(citedTitles(fixed)).toEqual(citedTitles(input));
        expect(skeleton(fixed.body)).toBe(skeleton(input.body));
        expect(renumberByFirstUse(fixed).changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('rebuildLink never touches the body or other entries', () => {
    fc.assert(
      fc.property(arbInput, fc.nat(), (input, pick) => {
        fc.pre(input.references.length > 0);
        const index = pick % input.references.length;
        const fixed = rebuildLink(input, index);
        expect(fixed.body).toBe(input.body);
        fixed.references.forEach((r, i) => {
          if (i !== index) expect(r).toBe(input.references[i]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('removeReference loses only the citations of the removed entry', () => {
    fc.assert(
      fc.property(arbInput, fc.nat(), fc.boolean(), (input, pick, renumber) => {
        fc.pre(input.references.length > 0);
        const index = pick % input.references.length;
        const removed = input.references[index];
        const owned = firstIndexByNumber(input.references).get(removed.number) === index;
        const resolve = firstIndexByNumber(input.references);
        const expected = scanCitations(input.body)
          .citations.filter((c) => !(owned && c.number === removed.number))
          .map((c) => {
            const i = resolve.get(c.number);
            return i === undefined ? null : input.references[i].title;
          });
        const fixed = removeReference(input, index, { renumber });
        expect(citedTitles(fixed)).toEqual(expected);
        expect(fixed.references).toHaveLength(input.references.length - 1);
      }),
      { numRuns: 300 },
    );
  });

  it('mergeDuplicates of entries with the same title keeps every cited title', () => {
    fc.assert(
      fc.property(arbInput, fc.nat(), fc.nat(), (input, a, b) => {
        const n = input.references.length;
        fc.pre(n > 1);
        const keep = a % n;
        const drop = b % n;
        fc.pre(keep !== drop && input.references[keep].title === input.references[drop].title);
        const fixed = mergeDuplicates(input, keep, drop);
        expect(citedTitles(fixed)).toEqual(citedTitles(input));
        expect(skeleton(fixed.body)).toBe(skeleton(input.body));
      }),
      { numRuns: 300 },
    );
  });
});
