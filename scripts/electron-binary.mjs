// Where the Electron binary is, found without `require('electron')`: that call starts a
// download when the binary is missing, which cannot work on a machine without access to
// Electron's download site and would hang or print a stack.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const electronDir = resolve(import.meta.dirname, '..', 'node_modules', 'electron');

/** Absolute path of the Electron executable, or null when it is not installed. */
export function findElectronBinary(env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  let binary = null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) binary = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  else if (relative) binary = join(electronDir, 'dist', relative);
  return binary && existsSync(binary) ? binary : null;
}
