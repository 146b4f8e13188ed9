import { createHash, randomBytes } from 'crypto';
import { BufferPool, canStream, streamPart } from './partBuffers';
import { defaultEnvironment } from './environment';

describe('streamed part buffers (Node)', () => {
  it('hashes while streaming into a pooled buffer, and reuses the buffer', async () => {
    const env = defaultEnvironment();
    expect(typeof env.createMd5).toBe('function');
    const pool = new BufferPool(2);
    const data = randomBytes(3 * 1024 * 1024 + 17);
    const blob = new Blob([data]);
    expect(canStream(env, blob)).toBe(true);
    const a = await streamPart(env, pool, blob);
    expect(a.md5).toBe(createHash('md5').update(data).digest('base64'));
    expect(Buffer.from(a.bytes).equals(data)).toBe(true);
    const first = a.bytes.buffer;
    a.release();
    a.release(); // idempotent: the buffer is pooled once
    const small = randomBytes(1000);
    const b = await streamPart(env, pool, new Blob([small]));
    expect(b.bytes.buffer).toBe(first); // the same memory, reused
    expect(Buffer.from(b.bytes).equals(small)).toBe(true);
    expect(b.md5).toBe(createHash('md5').update(small).digest('base64'));
    const c = await streamPart(env, pool, new Blob([small]));
    expect(c.bytes.buffer).not.toBe(first); // b still holds it
  });
});
