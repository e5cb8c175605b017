// Why end-to-end tests were skipped, read from Playwright's JSON report: each distinct
// skip annotation with the number of tests it skipped.

function* testsOf(suite) {
  for (const spec of suite.specs ?? []) yield* spec.tests ?? [];
  for (const child of suite.suites ?? []) yield* testsOf(child);
}

/** `[{ reason, count }]` in the order first seen; an empty list for no report. */
export function skipReasons(report) {
  const counts = new Map();
  for (const suite of report?.suites ?? []) {
    for (const test of testsOf(suite)) {
      if (test.status !== 'skipped') continue;
      const annotation = (test.annotations ?? []).find((a) => a.type === 'skip');
      const reason = annotation?.description || 'skipped without a reason given';
      counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
  }
  return [...counts].map(([reason, count]) => ({ reason, count }));
}
