// `npm run serve`: the workbench in a browser on this computer, for machines where the
// Electron binary is missing. Same backend, same renderer; only the transport differs.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend/app-backend';
import { HOST_USAGE, UsageError, parseHostArgs } from './args';
import type { HostArgs } from './args';
import { startHost } from './host-server';

function fatal(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

async function main(): Promise<void> {
  let args: HostArgs;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) fatal(err.message, 2);
    throw err;
  }
  if (args.help) {
    console.log(HOST_USAGE);
    return;
  }

  const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) fatal(`The renderer is not built (${rendererDir} is missing); run "npm run build" first.`);

  try {
    mkdirSync(args.dataDir, { recursive: true });
  } catch (err) {
    fatal(`Cannot use the data folder ${args.dataDir}: ${(err as Error).message}`);
  }
  let backend: ReturnType<typeof createBackend>;
  try {
    // The demo is the server's to write too: it lives in the workspace as well.
    backend = createBackend({ dataDir: args.dataDir, demoDir: args.workspace, transport: 'http', nativeDialogs: false, workspace: args.workspace });
  } catch (err) {
    fatal(`Cannot start the workbench backend: ${(err as Error).message}`);
  }

  if (args.project) {
    const opened = await backend.dispatch('project.open', { path: args.project });
    if (!opened.ok) {
      await backend.close();
      if (opened.error.message.includes('outside the workspace')) {
        fatal(`Cannot open ${args.project}: the browser works only inside its workspace (${args.workspace}). Copy the project into it, or start with --workspace set to the project's folder.`, 2);
      }
      fatal(`Cannot open ${args.project}: ${opened.error.message}`);
    }
  }

  let host: Awaited<ReturnType<typeof startHost>>;
  try {
    host = await startHost({ backend, rendererDir, port: args.port });
  } catch (err) {
    await backend.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fatal(`Port ${args.port} is already in use; choose another with --port, or leave --port out to take a free one.`);
    if (code === 'EACCES') fatal(`Not allowed to listen on port ${args.port}; choose a port above 1023.`);
    fatal(`Cannot start the workbench host: ${(err as Error).message}`);
  }

  console.log(`Policy Workbench is running at ${host.url}`);
  if (args.json) console.log(JSON.stringify({ url: host.url, port: host.port, dataDir: args.dataDir, workspace: args.workspace }));
  if (!args.quiet) console.log(`Data folder: ${args.dataDir}\nWorkspace: ${args.workspace}\nOpen the address above in your browser; press Ctrl+C to stop.`);

  let stoppingSince = 0;
  const stop = async (): Promise<void> => {
    // A terminal's Ctrl+C reaches npm, serve.mjs and this process at once, so repeats
    // within a moment are one request; a later one, while still closing, means "now".
    if (stoppingSince) {
      if (Date.now() - stoppingSince > 1500) process.exit(130);
      return;
    }
    stoppingSince = Date.now();
    if (!args.quiet) console.log('Stopping…');
    await host.close();
    // Closing the backend checkpoints the project database, so the .pwb file is complete.
    await backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => fatal(`Unexpected error: ${err instanceof Error ? err.message : String(err)}`));
