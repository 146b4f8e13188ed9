/**
 * A concurrency budget shared by every file of one Uploader: at most `limit` part uploads run at once.
 * Waiters are served in order; a waiter can leave the line (pause, cancel).
 */
export class PartQueue {
  /** Slots in use. */
  private running = 0;
  /** Callers waiting for a slot, in arrival order. */
  private waiting: Array<() => void> = [];

  constructor(readonly limit: number) {}

  /**
   * Asks for a slot; `grant` is called (synchronously when one is free) with a `release` function to call exactly once.
   * Returns a function that withdraws the request while it is still waiting.
   */
  acquire(grant: (release: () => void) => void): () => void {
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      this.running--;
      this.next();
    };
    const start = () => {
      this.running++;
      grant(release);
    };
    if (this.running < this.limit && this.waiting.length === 0) {
      start();
      return function () { /* granted already */ };
    }
    this.waiting.push(start);
    return () => {
      const i = this.waiting.indexOf(start);
      if (i >= 0) this.waiting.splice(i, 1);
    };
  }

  /** Slots in use (for tests and diagnostics). */
  get active(): number {
    return this.running;
  }

  private next(): void {
    while (this.running < this.limit && this.waiting.length) {
      const w = this.waiting.shift() as () => void;
      w();
    }
  }
}
