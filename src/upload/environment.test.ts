import { defaultEnvironment } from './environment';

describe('default environment', () => {
  afterEach(() => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
  });

  it('reads navigator.onLine and waits for the online event', () => {
    const env = defaultEnvironment();
    expect(env.isOnline()).toBe(true);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    expect(env.isOnline()).toBe(false);
    const calls: number[] = [];
    const off = env.onOnline(() => calls.push(1));
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    expect(calls).toEqual([1]);
    off();
    const off2 = env.onOnline(() => calls.push(2));
    off2();
    window.dispatchEvent(new Event('online'));
    expect(calls).toEqual([1]);
  });

  it('names the MD5 Worker script only with a script URL and where Worker exists', () => {
    expect(defaultEnvironment().md5WorkerUrl).toBeUndefined();
    const g = global as unknown as { Worker?: unknown };
    const saved = g.Worker;
    try {
      g.Worker = undefined;
      expect(defaultEnvironment({ workerUrl: '/filepicker.md5worker.js' }).md5WorkerUrl).toBeUndefined();
      g.Worker = function () { /* a Worker constructor */ };
      const env = defaultEnvironment({ workerUrl: '/filepicker.md5worker.js' });
      expect(env.md5WorkerUrl).toBe('/filepicker.md5worker.js');
      expect(env.createWorker).toBeUndefined(); // the engine starts it (md5Start.ts)
    } finally {
      g.Worker = saved;
    }
  });

  it('clears its timers', () => {
    jest.useFakeTimers();
    try {
      const env = defaultEnvironment();
      const fn = jest.fn();
      const h = env.setTimeout(fn, 100);
      env.clearTimeout(h);
      jest.advanceTimersByTime(200);
      expect(fn).not.toHaveBeenCalled();
    } finally {
      jest.useRealTimers();
    }
  });
});
