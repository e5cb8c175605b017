// Where the app keeps settings and the demo project when no host says otherwise: the
// folder Electron calls `userData` for this product name, so the CLI and the app share
// settings (the author name on revisions). `PWB_DATA_DIR` overrides it (tests, portable use).
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Policy Workbench';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PWB_DATA_DIR) return env.PWB_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}
