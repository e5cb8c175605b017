// How tests and the fuzz campaigns start a TypeScript script as a child process: bundled
// once with esbuild (it comes with tsx) into node_modules/.cache, because starting tsx
// costs ~0.3 s per process and the crash and kill runs start hundreds; tsx is the
// fallback. No test runner here, so plain scripts can use it too.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const commands = new Map<string, Promise<string[]>>();

/** Node arguments that run `entry` (an absolute .ts path). */
export function bundledCommand(entry: string): Promise<string[]> {
  let command = commands.get(entry);
  if (command) return command;
  command = (async () => {
    try {
      const esbuild = await import('esbuild');
      const built = await esbuild.build({ entryPoints: [entry], bundle: true, write: false, platform: 'node', format: 'esm', target: 'node22', external: ['better-sqlite3'], logLevel: 'silent' });
      const code = built.outputFiles[0].contents;
      // Named by content: parallel runs share one bundle, and no run leaves another behind.
      const name = path.basename(entry).replace(/\.ts$/, '');
      const outfile = path.join(repoRoot, 'node_modules/.cache/pwb-children', `${name}-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
      if (!fs.existsSync(outfile)) {
        fs.mkdirSync(path.dirname(outfile), { recursive: true });
        const temp = `${outfile}.${process.pid}.tmp`;
        fs.writeFileSync(temp, code);
        fs.renameSync(temp, outfile);
      }
      return [outfile];
    } catch {
      return ['--import', 'tsx', entry];
    }
  })();
  commands.set(entry, command);
  return command;
}

/** Calls `onLine` for every complete line a child writes to `stream`. */
export function onLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let partial = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop()!;
    for (const line of parts) onLine(line);
  });
}
