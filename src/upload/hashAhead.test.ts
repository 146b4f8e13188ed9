import { HashAhead } from './hashAhead';
import { PartDigest, PartHasher } from './md5';

function hasher(ahead: number) {
  const asked: number[] = [];
  const released: number[] = [];
  const h: PartHasher = {
    ahead,
    md5: () => Promise.resolve(''),
    digest(blob: Blob): Promise<PartDigest> {
      asked.push(blob.size);
      return Promise.resolve({ md5: 'm' + blob.size, release: () => released.push(blob.size) });
    },
    dispose: () => undefined,
  };
  return { h, asked, released };
}

describe('digests computed ahead', () => {
  const source = new Blob([new Uint8Array(10 + 20 + 30)]);
  const ranges = [{ number: 1, start: 0, end: 10 }, { number: 2, start: 10, end: 30 }, { number: 3, start: 30, end: 60 }];

  it('keeps at most `ahead` prefetched digests, hands each over once, and seeded ones do not count', async () => {
    const { h, asked } = hasher(1);
    const a = new HashAhead(h, source);
    expect((await a.seed(ranges[2])).md5).toBe('m30');
    a.prefetch([], ranges);
    expect(asked).toEqual([30, 10]); // the seed did not use the one slot ahead
    a.prefetch([], ranges);
    expect(asked).toEqual([30, 10]);
    expect((await a.take(ranges[0])).md5).toBe('m10');
    expect((await a.take(ranges[2])).md5).toBe('m30');
    expect(asked).toEqual([30, 10]); // both came from ahead
    await a.take(ranges[2]);
    expect(asked).toEqual([30, 10, 30]); // handed over once: a second take hashes again
  });

  it('forget and drop give the bytes back', async () => {
    const { h, released } = hasher(2);
    const a = new HashAhead(h, source);
    void a.seed(ranges[0]); // not awaited: forget gives its bytes back below
    a.prefetch([ranges[1]], [ranges[2]]);
    a.forget(1);
    a.drop();
    await Promise.resolve();
    await Promise.resolve();
    expect(released.sort()).toEqual([10, 20, 30]);
  });
});
