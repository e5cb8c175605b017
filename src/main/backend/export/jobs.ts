// Running exports by job id, so `export.cancel` (which does not wait in the call queue)
// can stop one while it runs.
import { randomBytes } from 'node:crypto';

export class ExportJobs {
  private readonly running = new Map<string, AbortController>();

  /** Registers a run; the caller must `finish` it. An id already running gets a fresh one. */
  start(jobId?: string): { id: string; signal: AbortSignal } {
    const id = jobId && !this.running.has(jobId) ? jobId : randomBytes(8).toString('hex');
    const controller = new AbortController();
    this.running.set(id, controller);
    return { id, signal: controller.signal };
  }

  finish(id: string): void {
    this.running.delete(id);
  }

  cancel(id: string): boolean {
    const c = this.running.get(id);
    if (!c) return false;
    c.abort();
    return true;
  }
}
