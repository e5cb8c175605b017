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
export function useLibrarySearch(client: ApiClient, filters: LibraryFilters) {
  const [hits, setHits] = useState<DecisionHit[]>([]);
  const [total, setTotal] = useState(0);
  const [tookMs, setTookMs] = useState<number | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);
  const loadingMore = useRef(false);

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

  useEffect(() => {
    const gen = ++generation.current;
    setLoading(true);
    const timer = setTimeout(async () => {
      const r = await client.call('decisions.search', args(0));
      if (gen !== generation.current) return;
      setLoading(false);
      if (!r.ok) {
        setError(r.error);
        setHits([]);
        setTotal(0);
        return;
      }
      setError(null);
      setHits(r.value.hits);
      setTotal(r.value.total);
      setTookMs(r.value.tookMs);
    }, 120);
    return () => clearTimeout(timer);
  }, [client, args]);

  const loadMore = useCallback(async () => {
    if (loadingMore.current || hits.length >= total) return;
    loadingMore.current = true;
    const gen = generation.current;
    const r = await client.call('decisions.search', args(hits.length));
    loadingMore.current = false;
    if (gen !== generation.current || !r.ok) return;
    setHits((prev) => (prev.length === hits.length ? [...prev, ...r.value.hits] : prev));
  }, [client, args, hits.length, total]);

  return { hits, total, tookMs, error, loading, loadMore };
}
