#!/usr/bin/env node
// Launcher for the `pwb` command line. Kept to syntax any Node can parse, so an old
// Node prints the one-line reason instead of a syntax error.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write('pwb needs Node.js 22.12 or newer; this is ' + process.version + '.\n');
  process.exit(2);
}

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('pwb is not built yet: run `npm run build` in ' + fileURLToPath(new URL('..', import.meta.url)) + ' first.\n');
  process.exit(2);
}

// Caches the compiled CLI between runs: a short command spends most of its time starting up.
module.enableCompileCache?.();
await import(pathToFileURL(cli).href);
