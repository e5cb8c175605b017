import { useEffect, useState } from 'react';

// One pair of live regions for the whole app: what a screen reader should hear about
// changes it cannot see (a save that failed, the problem count, Tab's behaviour in the
// editor). Polite waits for a pause; assertive interrupts (errors only).
export type Politeness = 'polite' | 'assertive';

type Listener = (message: string, politeness: Politeness) => void;
const listeners = new Set<Listener>();

/** Says `message` through the app's live region. */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  for (const l of listeners) l(message, politeness);
}

export function Announcer() {
  const [polite, setPolite] = useState('');
  const [assertive, setAssertive] = useState('');
  useEffect(() => {
    let n = 0;
    const listener: Listener = (message, politeness) => {
      // A zero-width space alternates so the same sentence twice is read twice.
      const text = message + (n++ % 2 ? '\u200b' : '');
      (politeness === 'assertive' ? setAssertive : setPolite)(text);
    };
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return (
    <>
      <div className="sr-only" role="status" aria-live="polite" data-testid="announce-polite">
        {polite}
      </div>
      <div className="sr-only" role="alert" aria-live="assertive" data-testid="announce-assertive">
        {assertive}
      </div>
    </>
  );
}
