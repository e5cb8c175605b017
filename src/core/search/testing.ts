// Test helpers: an index over a handful of decisions, and the shared fixture library.
import type { IndexDoc } from './search-index';
import { SearchIndex } from './search-index';

export function indexOf(docs: Partial<IndexDoc>[]): SearchIndex {
  return new SearchIndex(docs.map((d, i) => ({ key: i + 1, title: '', text: '', date: null, ...d })));
}

/** Parses the fixture JSONL (one decision a line) into index documents, keys from 1. */
export function fixtureDocs(jsonl: string): (IndexDoc & { url: string | null })[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const r = JSON.parse(l) as { title: string | null; text: string | null; date: string | null; url: string | null };
      return { key: i + 1, title: r.title ?? '', text: r.text ?? '', date: r.date, url: r.url };
    });
}
