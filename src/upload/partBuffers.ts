/**
 * Reusable part buffers (Node path): a part is streamed from its Blob into a pooled buffer while being hashed, then
 * sent from that buffer. Memory stays at about part size × parts in flight, with no garbage per part.
 */
import { UploadEnvironment } from './types';

export class BufferPool {
  /** Buffers not in use. */
  private free: Uint8Array[] = [];

  constructor(private readonly keep: number) {}

  acquire(size: number): Uint8Array {
    for (let i = 0; i < this.free.length; i++) {
      if (this.free[i].byteLength >= size) return this.free.splice(i, 1)[0];
    }
    return new Uint8Array(size);
  }

  release(buf: Uint8Array): void {
    if (this.free.length < this.keep) this.free.push(buf);
  }
}

export interface StreamedPart {
  md5: string;
  bytes: Uint8Array;
  release(): void;
}

/** Whether this environment and Blob allow the streamed path. */
export function canStream(env: UploadEnvironment, blob: Blob): boolean {
  return !!env.createMd5 && typeof (blob as Partial<Pick<Blob, 'stream'>>).stream === 'function';
}

/** Reads `blob` into a pooled buffer, hashing each chunk as it arrives. */
export function streamPart(env: UploadEnvironment, pool: BufferPool, blob: Blob): Promise<StreamedPart> {
  const hash = (env.createMd5 as NonNullable<UploadEnvironment['createMd5']>)();
  const buf = pool.acquire(blob.size);
  const reader = blob.stream().getReader();
  let n = 0;
  const pump = function (): Promise<StreamedPart> {
    return reader.read().then(function (r: { done: boolean; value?: Uint8Array }) {
      if (r.done) {
        let released = false;
        return { md5: hash.digest(), bytes: buf.subarray(0, n), release() { if (!released) { released = true; pool.release(buf); } } };
      }
      const chunk = r.value as Uint8Array;
      if (n + chunk.byteLength > buf.byteLength) throw new Error('filepicker: the file changed while it was read (part longer than expected)');
      buf.set(chunk, n);
      n += chunk.byteLength;
      hash.update(chunk);
      return pump();
    });
  };
  return pump().then(undefined, function (e: unknown) {
    pool.release(buf);
    throw e;
  });
}
