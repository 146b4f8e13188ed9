/**
 * Per upload: the storage operations writing into its folder (part writes, the completion), and the abort that must
 * not remove the folder under them. An abort closes the upload to new operations, waits for the running ones to end,
 * then runs; an operation that arrives while an abort runs is refused.
 */
export class UploadLocks {
  /** running operations, by upload id */
  private readonly running = new Map<string, number>();
  /** uploads being aborted: the waiters to wake when their last operation ends */
  private readonly aborting = new Map<string, (() => void)[]>();

  /** Registers an operation; null when the upload is being aborted. Call the returned function once it has ended. */
  enter(uploadId: string): (() => void) | null {
    if (this.aborting.has(uploadId)) return null;
    this.running.set(uploadId, (this.running.get(uploadId) || 0) + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const left = (this.running.get(uploadId) || 1) - 1;
      if (left) {
        this.running.set(uploadId, left);
        return;
      }
      this.running.delete(uploadId);
      const waiters = this.aborting.get(uploadId);
      if (waiters) waiters.splice(0).forEach((w) => w());
    };
  }

  /**
   * Runs `fn` once no operation of the upload runs, refusing new ones meanwhile. `cut` runs first, right after the
   * upload is closed (it may end the running operations sooner, e.g. by cutting their connections).
   */
  async exclusive<T>(uploadId: string, cut: () => Promise<void>, fn: () => Promise<T>): Promise<T> {
    while (this.aborting.has(uploadId)) await this.wake(uploadId);
    this.aborting.set(uploadId, []);
    try {
      await cut();
      while (this.running.has(uploadId)) await this.wake(uploadId);
      return await fn();
    } finally {
      const waiters = this.aborting.get(uploadId) || [];
      this.aborting.delete(uploadId);
      waiters.forEach((w) => w());
    }
  }

  /** Resolves at the next change of the upload's operations or abort. */
  private wake(uploadId: string): Promise<void> {
    return new Promise<void>((resolve) => {
      const waiters = this.aborting.get(uploadId);
      if (waiters) waiters.push(resolve);
      else resolve();
    });
  }
}
