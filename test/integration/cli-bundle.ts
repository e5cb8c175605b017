// `pwb` for the CLI tests: src/main/cli/index.ts bundled with esbuild (well under a
// second, always the current sources, no dependence on the rest of the app building),
// and run as a separate process, arguments in, text and exit status out.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(__dirname, '../..');
// Inside the repo, so the bundle's `better-sqlite3` import resolves to node_modules.
const BUNDLE_DIR = join(ROOT, 'node_modules', '.cache', 'pwb-cli-test');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Bundles the CLI into a file of its own (`name` keeps parallel test files apart) and returns its path. */
export async function bundleCli(name: string): Promise<string> {
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const outfile = join(BUNDLE_DIR, `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(ROOT, 'src', 'main', 'cli', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['better-sqlite3', 'electron'],
    logLevel: 'error',
  });
  return outfile;
}

export function runCli(cli: string, cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, PWB_DATA_DIR: join(cwd, 'data'), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
