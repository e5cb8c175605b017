// Builds the app (electron-vite build) when out/ is missing or older than its sources.
// Used by `npm start`, `npm run serve` and the Playwright global setup.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/** The files a complete build has; the oldest of them dates the build. */
export const BUILD_OUTPUTS = ['out/main/index.js', 'out/main/host.js', 'out/main/cli.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const INPUTS = ['src', 'resources', 'electron.vite.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why a build is needed, or null when out/ is up to date. */
export function staleReason(dir = root) {
  let oldest = Infinity;
  for (const out of BUILD_OUTPUTS) {
    const file = join(dir, out);
    if (!existsSync(file)) return `${out} is missing`;
    oldest = Math.min(oldest, statSync(file).mtimeMs);
  }
  const newest = Math.max(...INPUTS.map((p) => newestMtime(join(dir, p))));
  return newest > oldest ? 'the sources changed since the last build' : null;
}

/** Runs the build if needed; returns false (after printing why) when it failed. */
export function ensureBuild({ quiet = false, dir = root } = {}) {
  const reason = staleReason(dir);
  if (!reason) return true;
  if (!quiet) console.error(`Building Policy Workbench (${reason})…`);
  const cli = join(dir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const r = spawnSync(process.execPath, [cli, 'build'], { cwd: dir, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error('The build failed; see the messages above.');
    return false;
  }
  return true;
}
