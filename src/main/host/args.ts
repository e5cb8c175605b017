import { join, resolve } from 'node:path';
import { defaultDataDir } from '../backend/data-dir';
import { CommandLineError, parseCommandLine } from '../parse-command-line';
import type { OptionValues } from '../parse-command-line';

export interface HostArgs {
  port: number;
  dataDir: string;
  /** The one folder the host reads and writes for the browser (docs/adr/0015). */
  workspace: string;
  project: string | null;
  quiet: boolean;
  json: boolean;
  help: boolean;
}

export const HOST_USAGE = `Usage: npm run serve -- [options]

Serves Policy Workbench to your browser on this computer only (127.0.0.1).

Options:
  --port <n>          port to listen on (default: a free one)
  --data-dir <dir>    where settings, recent projects and the demo live
                      (default: $PWB_DATA_DIR, else the app's own folder:
                      ${defaultDataDir()})
  --workspace <dir>   the one folder the browser's work lives in: projects opened,
                      created and uploaded, and files uploaded for an import or
                      merge; nothing outside it is read or written for the page
                      (default: the folder "workspace" in the data folder)
  --project <file>    open this .pwb project at start (it must be in the workspace)
  --json              also print {"url": …} as one JSON line (for scripts)
  --quiet             print only the address
  --help              show this help`;

/** Thrown for a command line the host cannot run with; the message is for a person. */
export class UsageError extends Error {}

const OPTIONS = {
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  workspace: { type: 'string' },
  project: { type: 'string' },
  quiet: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseHostArgs(argv: readonly string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): HostArgs {
  let values: OptionValues<typeof OPTIONS>;
  try {
    ({ values } = parseCommandLine(argv, OPTIONS, false));
  } catch (err) {
    if (err instanceof CommandLineError) throw new UsageError(`${capitalize(err.message)}. Run with --help to see the options.`);
    throw err;
  }
  let port = 0;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}".`);
  }
  const dataDir = values['data-dir'] !== undefined ? resolve(cwd, values['data-dir']) : defaultDataDir(env);
  return {
    port,
    dataDir,
    workspace: values.workspace !== undefined ? resolve(cwd, values.workspace) : join(dataDir, 'workspace'),
    project: values.project !== undefined ? resolve(cwd, values.project) : null,
    quiet: values.quiet === true,
    json: values.json === true,
    help: values.help === true,
  };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
