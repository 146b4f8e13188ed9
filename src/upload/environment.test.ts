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

  it('creates a Worker only with a script URL, and falls back to null when construction throws (CSP)', () => {
    expect(defaultEnvironment().createWorker).toBeUndefined();
    const g = global as unknown as { Worker?: unknown };
    const saved = g.Worker;
    try {
      g.Worker = function () { throw new Error('Refused to create a worker: Content Security Policy'); };
      const env = defaultEnvironment({ workerUrl: '/filepicker.js' });
      expect(typeof env.createWorker).toBe('function');
      expect((env.createWorker as () => unknown)()).toBeNull();
      const made: string[] = [];
      g.Worker = function (this: { postMessage?: () => void }, url: string) { made.push(url); this.postMessage = () => undefined; };
      expect(defaultEnvironment({ workerUrl: '/filepicker.js' }).createWorker!()).not.toBeNull();
      expect(made).toEqual(['/filepicker.js']);
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
