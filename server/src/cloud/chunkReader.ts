/** Pulls a stream's chunks one at a time, with what was read too far handed back (`unread`) for the next pull. */
import type { Readable } from 'stream';

export class ChunkReader {
  private readonly it: AsyncIterator<Buffer>;
  private back: Buffer | null = null;
  /** bytes taken so far (what was handed back not counted) */
  taken = 0;

  constructor(body: Readable) {
    this.it = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  /** The next chunk, null at the end; the stream's error rejects. */
  async next(): Promise<Buffer | null> {
    let c = this.back;
    this.back = null;
    if (!c) {
      const r = await this.it.next();
      if (r.done) return null;
      c = r.value;
    }
    this.taken += c.length;
    return c;
  }

  /** `c` (the end of the chunk last taken) comes again at the next pull. */
  unread(c: Buffer): void {
    if (!c.length) return;
    this.back = c;
    this.taken -= c.length;
  }
}
