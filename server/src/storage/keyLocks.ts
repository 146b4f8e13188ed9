/**
 * One change at a time per object path in the built-in storage's file store: what replaces or removes an object
 * (PutObject's final rename, a completion's or a copy's link, DeleteObject) runs after the previous change of the same
 * path has ended, so the part-list folder it replaced is the one it removes, never one a concurrent change made.
 */
export class KeyLocks {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(objectPath: string, fn: () => Promise<T>): Promise<T> {
    const before = this.tails.get(objectPath) || Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    const tail = before.then(() => mine);
    this.tails.set(objectPath, tail);
    try {
      await before;
      return await fn();
    } finally {
      done();
      if (this.tails.get(objectPath) === tail) this.tails.delete(objectPath);
    }
  }
}
