// Progress lines on stderr for long runs: redrawn in place on a terminal, plain lines
// (at most one a second) when stderr is a file or pipe and the run is big enough to matter.
import type { CliIO } from './registry';

const PIPE_THRESHOLD = 50;
const PIPE_INTERVAL_MS = 1000;

export function progressPrinter(io: CliIO, label: string): { update(done: number, total: number): void; end(): void } {
  let shown = false;
  let lastPipeLine = 0;
  return {
    update(done, total) {
      if (io.stderrIsTTY) {
        io.err(`\r${label} ${done}/${total}`);
        shown = true;
      } else if (total > PIPE_THRESHOLD) {
        const now = Date.now();
        if (done === total || now - lastPipeLine >= PIPE_INTERVAL_MS) {
          lastPipeLine = now;
          io.err(`${label} ${done}/${total}\n`);
        }
      }
    },
    end() {
      if (shown) io.err('\n');
      shown = false;
    },
  };
}
