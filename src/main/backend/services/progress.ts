// Progress events for long imports and exports: a first and a last event always,
// and in between at most one every 100 ms so a fast run does not flood the transport.
const INTERVAL_MS = 100;

export class ProgressThrottle {
  private done = 0;
  private last = 0;

  constructor(
    private readonly total: number,
    private readonly emit: (done: number, total: number) => void,
  ) {
    this.last = Date.now();
    emit(0, total);
  }

  step(count = 1): void {
    this.done += count;
    const now = Date.now();
    if (now - this.last >= INTERVAL_MS && this.done < this.total) {
      this.last = now;
      this.emit(this.done, this.total);
    }
  }

  finish(): void {
    this.emit(this.total, this.total);
  }
}
