// Numbers the e2e tests read back (`window.__pwbMetrics`): how long a keystroke takes to
// turn into markers, and how long the first load took until the editor was ready.
export interface PwbMetrics {
  lastCheckMs: number | null;
  firstLoadMs: number | null;
  checkCount: number;
}

declare global {
  interface Window {
    __pwbMetrics?: PwbMetrics;
  }
}

function metrics(): PwbMetrics {
  if (!window.__pwbMetrics) window.__pwbMetrics = { lastCheckMs: null, firstLoadMs: null, checkCount: 0 };
  return window.__pwbMetrics;
}

export function recordCheck(ms: number): void {
  const m = metrics();
  m.lastCheckMs = ms;
  m.checkCount += 1;
}

/** Only the first call counts: navigation start (performance time 0) to the editor showing a section. */
export function recordFirstLoad(): void {
  const m = metrics();
  if (m.firstLoadMs === null) m.firstLoadMs = Math.round(performance.now());
}
