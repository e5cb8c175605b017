// Test support only (imported by the *.test.ts files here): parse rendered HTML with jsdom and
// assert on the real DOM rather than on strings.

import { JSDOM } from 'jsdom';
import { expect } from 'vitest';

export function parseDocument(html: string): Document {
  return new JSDOM(html).window.document;
}

// One window for all fragments: a fresh JSDOM per fragment makes the property test slow.
let shared: JSDOM | null = null;

export function parseFragment(html: string): Document {
  shared ??= new JSDOM('<!DOCTYPE html>');
  const doc = shared.window.document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return doc;
}

const SAFE_HREF = /^(?:https?:|mailto:|#)/i;

/** Everything the safety promise says, checked on a parsed document; returns problems found. */
export function safetyProblems(doc: Document, opts: { allowRelativeHrefs?: boolean } = {}): string[] {
  const problems: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'img', 'link', 'base', 'form', 'frame', 'svg', 'math'].includes(tag)) {
      problems.push(`element <${tag}>`);
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`attribute ${name} on <${tag}>`);
      if (name === 'src' || name === 'srcset' || name === 'action' || name === 'formaction') problems.push(`attribute ${name} on <${tag}>`);
      if (/^\s*(?:javascript|vbscript|data):/i.test(attr.value)) {
        problems.push(`attribute ${name}="${attr.value}" on <${tag}>`);
      }
      if (name === 'style' && /url\(|expression\(/i.test(attr.value)) problems.push(`style with url() on <${tag}>`);
    }
    if (tag === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') problems.push('meta refresh');
  }
  for (const a of Array.from(doc.querySelectorAll('[href]'))) {
    const href = a.getAttribute('href') ?? '';
    const relativeOk = opts.allowRelativeHrefs === true && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href);
    if (!SAFE_HREF.test(href) && !relativeOk) problems.push(`href "${href}"`);
  }
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    if (/url\(|@import/i.test(style.textContent ?? '')) problems.push('external resource in <style>');
  }
  return problems;
}

export function expectSafe(doc: Document, opts?: { allowRelativeHrefs?: boolean }): void {
  expect(safetyProblems(doc, opts)).toEqual([]);
}
