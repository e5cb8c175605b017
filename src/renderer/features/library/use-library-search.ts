import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../../shared/api';
import type { AppError, DecisionHit } from '../../../shared/models';

export interface LibraryFilters {
  query: string;
  from: string;
  to: string;
}

const PAGE = 100;

/**
 * Searches the decision library page by page as the list scrolls. Stale answers (an
 * older query finishing after a newer one) are dropped, so typing fast never shows
 * results for text that is no longer in the box.
 */
interface Answer {
  /** The search it answers (see `searchKey`). */
  key: string;
  hits: DecisionHit[];
  total: number;
  tookMs: number | null;
  error: AppError | null;
}

export function useLibrarySearch(client: ApiClient, filters: LibraryFilters) {
  const args = useCallback(
    (offset: number) => ({
      query: filters.query,
      limit: PAGE,
      offset,
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
    }),
    [filters.query, filters.from, filters.to],
  );
  const key = JSON.stringify(args(0));
  const [answer, setAnswer] = useState<Answer>({ key: '', hits: [], total: 0, tookMs: null, error: null });
  // Searching until the answer for what is in the boxes now has come in; the last list stays meanwhile.
  const loading = answer.key !== key;
  const generation = useRef(0);
  const loadingMore = useRef(false);

  useEffect(() => {
    const gen = ++generation.current;
    const timer = setTimeout(async () => {
      const r = await client.call('decisions.search', args(0));
      if (gen !== generation.current) return;
      const searched = JSON.stringify(args(0));
      setAnswer(
        r.ok
          ? { key: searched, hits: r.value.hits, total: r.value.total, tookMs: r.value.tookMs, error: null }
          : { key: searched, hits: [], total: 0, tookMs: null, error: r.error },
      );
    }, 120);
    return () => clearTimeout(timer);
  }, [client, args]);

  const { hits, total } = answer;
  const loadMore = useCallback(async () => {
    if (loadingMore.current || hits.length >= total) return;
    loadingMore.current = true;
    const gen = generation.current;
    const r = await client.call('decisions.search', args(hits.length));
    loadingMore.current = false;
    if (gen !== generation.current || !r.ok) return;
    setAnswer((prev) => (prev.hits.length === hits.length ? { ...prev, hits: [...prev.hits, ...r.value.hits] } : prev));
  }, [client, args, hits.length, total]);

  return { hits, total, tookMs: answer.tookMs, error: answer.error, loading, loadMore };
}
