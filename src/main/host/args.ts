import { resolve } from 'node:path';
import { defaultDataDir } from '../backend/data-dir';

export interface HostArgs {
  port: number;
  dataDir: string;
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
  --project <file>    open this .pwb project at start
  --json              also print {"url": …} as one JSON line (for scripts)
  --quiet             print only the address
  --help              show this help`;

/** Thrown for a command line the host cannot run with; the message is for a person. */
export class UsageError extends Error {}

export function parseHostArgs(argv: readonly string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): HostArgs {
  const out: HostArgs = { port: 0, dataDir: defaultDataDir(env), project: null, quiet: false, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const eq = raw.indexOf('=');
    const name = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    const inline = raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value.`);
      i++;
      return next;
    };
    switch (name) {
      case '--port': {
        const v = value();
        const n = Number(v);
        if (!/^\d+$/.test(v) || n > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${v}".`);
        out.port = n;
        break;
      }
      case '--data-dir':
        out.dataDir = resolve(cwd, value());
        break;
      case '--project':
        out.project = resolve(cwd, value());
        break;
      case '--quiet':
        out.quiet = true;
        break;
      case '--json':
        out.json = true;
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      default:
        throw new UsageError(`Unknown option "${raw}". Run with --help to see the options.`);
    }
  }
  return out;
}
