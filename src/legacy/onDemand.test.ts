import { onDemand } from './onDemand';

function deferred<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: unknown): void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => {
    resolve = a;
    reject = b;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('onDemand', () => {
  it('loads once; calls made while it loads run in call order, later calls at once', async () => {
    const d = deferred<{ n: number }>();
    const load = jest.fn(() => d.promise);
    const use = onDemand('part', load);
    const order: string[] = [];
    use((m) => order.push('first ' + m.n));
    use((m) => order.push('second ' + m.n));
    expect(order).toEqual([]);
    d.resolve({ n: 7 });
    await flush();
    expect(order).toEqual(['first 7', 'second 7']);
    use((m) => order.push('third ' + m.n));
    expect(order).toEqual(['first 7', 'second 7', 'third 7']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a throwing call is reported and the others still run; a failed load is reported and retried on the next use', async () => {
    const errors: unknown[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((e: unknown) => {
      errors.push(e);
    });
    try {
      const first = deferred<string>();
      let attempt = 0;
      const use = onDemand('part', () => (++attempt === 1 ? first.promise : Promise.resolve('ok')));
      const ran: string[] = [];
      use(() => ran.push('never'));
      first.reject(new Error('404'));
      await flush();
      expect(ran).toEqual([]);
      expect(String(errors[0])).toContain('could not load the `part` part');
      use(() => {
        throw new Error('boom');
      });
      use((m) => ran.push(m));
      await flush();
      expect(ran).toEqual(['ok']);
      expect(String(errors[1])).toContain('boom');
      expect(attempt).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });
});
