// Entry point of `pwb` (built to out/main/cli.js; bin/pwb.js launches it).
import { processIO, runCli } from './run';

runCli(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`pwb: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
