import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ArgsOf, ParsedArgsOf, ResultOf, Services } from './api';
import { API } from './api';
import { describeIssues, pathSegment, treePath } from './content-rules';
import { LIMITS } from './limits';
import type { Reference, Section, SectionPatch } from './models';

describe('content rules', () => {
  it('accept ordinary tree names and refuse ambiguous ones', () => {
    for (const ok of ['Bestuurzaken', 'ICT en Informatie', 'a.b', 'Ça va']) expect(pathSegment.safeParse(ok).success, ok).toBe(true);
    // Names every export can write as file names, on every system: no `?`, `:`, device names, trailing dots.
    for (const bad of ['', '.', '..', 'a/b', 'a\\b', ' lead', 'trail ', 'tab\there', 'x'.repeat(LIMITS.name + 1), 'Ça va?', 'a:b', 'CON', 'eind.']) {
      expect(pathSegment.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(treePath.safeParse(Array.from({ length: LIMITS.treeDepth + 1 }, () => 'a')).success).toBe(false);
  });

  it('describe a refusal with the path of the field', () => {
    const r = API['sections.save'].args.safeParse({ id: 'x', patch: { references: [{ number: 1, date: 5, title: '' }] } });
    expect(r.success).toBe(false);
    if (!r.success) expect(describeIssues(r.error)).toMatch(/^patch\.references\[0\]\.date: /);
  });

  it('bound every list and text the search takes by the one limit', () => {
    const search = API['decisions.search'].args;
    expect(search.safeParse({ query: 'x', limit: LIMITS.searchResults }).success).toBe(true);
    expect(search.safeParse({ query: 'x', limit: LIMITS.searchResults + 1 }).success).toBe(false);
    expect(search.safeParse({ query: 'x'.repeat(LIMITS.searchQuery + 1) }).success).toBe(false);
  });
});

describe('the contract', () => {
  it('derives argument types from the schemas (a drift does not compile)', () => {
    expectTypeOf<ArgsOf<'sections.save'>['patch']>().toEqualTypeOf<SectionPatch>();
    expectTypeOf<ParsedArgsOf<'sections.create'>['path']>().toEqualTypeOf<string[]>();
    expectTypeOf<NonNullable<SectionPatch['references']>[number]>().toEqualTypeOf<Reference>();
    expectTypeOf<ResultOf<'sections.get'>>().toEqualTypeOf<Section>();
    expectTypeOf<Services['project.close']>().returns.toEqualTypeOf<null | Promise<null>>();
  });

  it('refuses unknown fields everywhere, so a renamed field is an error rather than ignored', () => {
    for (const [method, spec] of Object.entries(API)) {
      expect(spec.args.safeParse({ surelyNotAField: 1 }).success, method).toBe(false);
    }
  });
});
