// `npm test`: every suite, in order — typecheck, lint, build, unit + integration
// (vitest), end-to-end (Playwright against the browser host, and Electron where its
// binary exists). Prints each runner's own summary, then one closing line
// "N passed, N failed, N skipped" over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_INSTALL, chromiumPath, hasChromium, isCI } from './chromium.mjs';
import { skipReasons } from './skip-reasons.mjs';

const root = resolve(import.meta.dirname, '..');
const results = join(root, 'test-results', 'summary');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const failedSteps = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(name, cmd, args, env = {}) {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`== ${name}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) failedSteps.push(name);
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

run('typecheck', 'tsc', ['--noEmit', '-p', 'tsconfig.json']);
run('lint', 'eslint', ['.']);
const built = run('build', 'electron-vite', ['build']);

const vitestJson = join(results, 'vitest.json');
run('unit+integration', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) {
  totals.passed += v.numPassedTests ?? 0;
  totals.failed += v.numFailedTests ?? 0;
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}

const pwJson = join(results, 'playwright.json');
const notes = [];
if (built) {
  if (!hasChromium) console.log(`\n== e2e: Chromium not found at ${chromiumPath}${isCI ? ' and CI is set: the browser tests will fail' : ': the browser tests will be skipped'}`);
  run('e2e', 'playwright', ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  const p = readJson(pwJson);
  if (p?.stats) {
    totals.passed += (p.stats.expected ?? 0) + (p.stats.flaky ?? 0);
    totals.failed += p.stats.unexpected ?? 0;
    totals.skipped += p.stats.skipped ?? 0;
  }
  // Say why tests were skipped: a bare count hides a missing browser.
  for (const { reason, count } of skipReasons(p)) notes.push(`== e2e: ${count} skipped: ${reason}`);
  if (!hasChromium && isCI) {
    notes.push(`== e2e: FAILED: Chromium is missing and CI is set; ${CHROMIUM_INSTALL}`);
    failedSteps.push('e2e (no Chromium in CI)');
  }
} else {
  console.log('== e2e: not run, the build failed');
}

if (!existsSync(vitestJson)) failedSteps.push('unit+integration (no report)');
console.log('');
for (const note of notes) console.log(note);
console.log(`== steps failed: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
