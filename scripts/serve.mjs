// `npm run serve [-- --port 4000 …]`: the workbench in your browser, served on
// 127.0.0.1 only. Builds when needed, then runs out/main/host.js with the arguments given.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuild, root } from './ensure-build.mjs';

const args = process.argv.slice(2);
if (!ensureBuild({ quiet: args.includes('--quiet') })) process.exit(1);

const child = spawn(process.execPath, [join(root, 'out', 'main', 'host.js'), ...args], { cwd: root, stdio: 'inherit' });
// Ctrl+C reaches both processes (and npm forwards it too); the host takes repeats within
// a moment as one, and closes the project database before it exits.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
