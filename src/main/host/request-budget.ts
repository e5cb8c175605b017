// The host's memory budget. Every API request that carries a body reserves its size
// (the declared length, or the largest allowed body when the length is not declared)
// before a byte is read, and keeps the reservation until its answer has been sent:
// the body, its text, the parsed arguments and the queued backend call all live that
// long. Requests over the budget wait, unread (TCP holds their bytes back), so no
// sequence of requests can make the host buffer more than `maxBytes` of bodies at once.

export interface BudgetLimits {
  /** Bytes of request bodies that may be held at once. */
  maxBytes: number;
  /** Requests that may be between "body started" and "answer sent" at once. */
  maxRequests: number;
}

interface Waiter {
  bytes: number;
  grant: (release: () => void) => void;
}

export class RequestBudget {
  private usedBytes = 0;
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly limits: BudgetLimits) {
    if (!(limits.maxBytes > 0) || !(limits.maxRequests >= 1)) throw new RangeError('a request budget needs room for at least one request');
  }

  /** Bytes reserved now (for tests and diagnostics). */
  get reserved(): number {
    return this.usedBytes;
  }

  get inFlight(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Resolves with a release function once `bytes` fit (first come, first served, so a
   * large request is not starved by a stream of small ones). A request larger than the
   * whole budget is given the whole budget. Call the release exactly once; later calls
   * do nothing.
   */
  acquire(bytes: number): Promise<() => void> {
    const size = Math.min(Math.max(0, Math.ceil(bytes)), this.limits.maxBytes);
    return new Promise((grant) => {
      this.waiting.push({ bytes: size, grant });
      this.pump();
    });
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      const next = this.waiting[0];
      if (this.active >= this.limits.maxRequests || this.usedBytes + next.bytes > this.limits.maxBytes) return;
      this.waiting.shift();
      this.active++;
      this.usedBytes += next.bytes;
      let released = false;
      next.grant(() => {
        if (released) return;
        released = true;
        this.active--;
        this.usedBytes -= next.bytes;
        this.pump();
      });
    }
  }
}
