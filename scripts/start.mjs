// `npm start`: the desktop app. Builds when needed, then starts Electron on out/main/index.js.
// Where the Electron binary cannot be had, the same workbench runs in the browser host.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runInBrowser } from './browser-fallback.mjs';
import { findElectronBinary } from './electron-binary.mjs';
import { ensureBuild, root } from './ensure-build.mjs';

const electron = findElectronBinary();
if (!ensureBuild()) process.exit(1);

if (!electron) {
  process.exit(await runInBrowser({ hostEntry: join(root, 'out', 'main', 'host.js'), args: process.argv.slice(2) }));
}

const child = spawn(electron, [join(root, 'out', 'main', 'index.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
