// `npm start`: the desktop app. Builds when needed, then starts Electron on out/main/index.js.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ELECTRON_MISSING_MESSAGE, findElectronBinary } from './electron-binary.mjs';
import { ensureBuild, root } from './ensure-build.mjs';

const electron = findElectronBinary();
if (!electron) {
  console.error(ELECTRON_MISSING_MESSAGE);
  process.exit(1);
}
if (!ensureBuild()) process.exit(1);

const child = spawn(electron, [join(root, 'out', 'main', 'index.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
