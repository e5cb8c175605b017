// A backend in a temp folder, driven through the in-process client exactly as a
// transport would drive it. Shared by the services and import/export tests.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ApiClient, ApiEventName, ApiEvents, ArgsOf, Method, ResultOf } from '../../src/shared/api';
import type { AppError } from '../../src/shared/models';
import { createBackend, createInProcessClient } from '../../src/main/backend/app-backend';
import type { Backend } from '../../src/main/backend/app-backend';

export const FIXTURES = resolve(__dirname, '../../../shared/fixtures');
export const FIXTURE_REPORTS = join(FIXTURES, 'reports');
export const FIXTURE_DECISIONS = join(FIXTURES, 'decisions', 'decisions-sample.jsonl');
export const fixturesPresent = existsSync(FIXTURE_REPORTS) && existsSync(FIXTURE_DECISIONS);
if (!fixturesPresent) console.warn(`Shared fixtures not found at ${FIXTURES}; the tests that need them are skipped.`);

export interface Harness {
  dir: string;
  dataDir: string;
  backend: Backend;
  client: ApiClient;
  events: { event: ApiEventName; payload: ApiEvents[ApiEventName] }[];
  ok<M extends Method>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>>;
  fails<M extends Method>(method: M, args: unknown): Promise<AppError>;
  close(): Promise<void>;
}

export function createHarness(name = 'pwb-test-'): Harness {
  const dir = mkdtempSync(join(tmpdir(), name));
  const dataDir = join(dir, 'data');
  const backend = createBackend({ dataDir, transport: 'memory', nativeDialogs: false });
  const client = createInProcessClient(backend);
  const events: Harness['events'] = [];
  backend.events.onAny((event, payload) => events.push({ event, payload }));
  return {
    dir,
    dataDir,
    backend,
    client,
    events,
    async ok<M extends Method>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
      const r = await client.call(method, args);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
      return r.value as ResultOf<M>;
    },
    async fails(method, args) {
      const r = await client.call(method, args as never);
      if (r.ok) throw new Error(`${method} should have failed but returned ${JSON.stringify(r.value).slice(0, 200)}`);
      return r.error;
    },
    async close() {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
