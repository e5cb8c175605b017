// Asks the backend for a section's evidence suggestions whenever the section (as being
// edited, not yet saved) or the options change. Changes to the references go out at
// once (the panel should follow a citation within 300 ms); body typing is debounced.
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../../shared/api';
import type { EvidenceFilters } from '../../../shared/api/evidence';
import type { EvidenceSource, EvidenceView } from '../../../shared/evidence-models';
import type { AppError, Reference } from '../../../shared/models';

export interface EvidenceOptions {
  from: EvidenceSource;
  filters: EvidenceFilters;
}

const BODY_DEBOUNCE_MS = 400;
const REFERENCES_DEBOUNCE_MS = 50;

export function useEvidence(client: ApiClient, sectionId: string, body: string, references: Reference[], options: EvidenceOptions, refresh: number) {
  const [view, setView] = useState<EvidenceView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const last = useRef<{ sectionId: string; refs: string } | null>(null);
  const refs = JSON.stringify(references);
  const opts = JSON.stringify(options);

  useEffect(() => {
    const refsChanged = !last.current || last.current.sectionId !== sectionId || last.current.refs !== refs;
    last.current = { sectionId, refs };
    const gen = ++generation.current;
    setLoading(true);
    const timer = window.setTimeout(
      async () => {
        const parsed = JSON.parse(opts) as EvidenceOptions;
        const r = await client.call('evidence.suggest', {
          sectionId,
          from: parsed.from,
          filters: parsed.filters,
          draft: { body, references: JSON.parse(refs) as Reference[] },
        });
        if (gen !== generation.current) return;
        setLoading(false);
        if (r.ok) {
          setView(r.value);
          setError(null);
        } else setError(r.error);
      },
      refsChanged ? REFERENCES_DEBOUNCE_MS : BODY_DEBOUNCE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [client, sectionId, body, refs, opts, refresh]);

  return { view, error, loading };
}
