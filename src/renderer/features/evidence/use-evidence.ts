// Asks the backend for a section's evidence suggestions whenever the section (as being
// edited, not yet saved) or the options change. Changes to the references go out at
// once (the panel should follow a citation within 300 ms); body typing is debounced.
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../../shared/api';
import type { EvidenceFilters } from '../../../shared/api/evidence';
import { EVIDENCE_DEBOUNCE_MS } from '../../../shared/evidence-models';
import type { EvidenceSource, EvidenceView } from '../../../shared/evidence-models';
import type { AppError, Reference } from '../../../shared/models';

export interface EvidenceOptions {
  from: EvidenceSource;
  filters: EvidenceFilters;
}


export function useEvidence(client: ApiClient, sectionId: string, body: string, references: Reference[], options: EvidenceOptions, refresh: number) {
  // What was last answered, and for which request: loading is "the answer is for another one".
  const [answer, setAnswer] = useState<{ request: string; view: EvidenceView | null; error: AppError | null } | null>(null);
  const last = useRef<{ sectionId: string; refs: string } | null>(null);
  const refs = JSON.stringify(references);
  const opts = JSON.stringify(options);
  const request = JSON.stringify([sectionId, body, refs, opts, refresh]);

  useEffect(() => {
    const refsChanged = !last.current || last.current.sectionId !== sectionId || last.current.refs !== refs;
    last.current = { sectionId, refs };
    let live = true;
    const timer = window.setTimeout(
      async () => {
        const parsed = JSON.parse(opts) as EvidenceOptions;
        const r = await client.call('evidence.suggest', {
          sectionId,
          from: parsed.from,
          filters: parsed.filters,
          draft: { body, references: JSON.parse(refs) as Reference[] },
        });
        if (!live) return;
        setAnswer((prev) => (r.ok ? { request, view: r.value, error: null } : { request, view: prev?.view ?? null, error: r.error }));
      },
      refsChanged ? EVIDENCE_DEBOUNCE_MS.references : EVIDENCE_DEBOUNCE_MS.body,
    );
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [client, sectionId, body, refs, opts, request]);

  return { view: answer?.view ?? null, error: answer?.error ?? null, loading: answer?.request !== request };
}
