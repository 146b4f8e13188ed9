import { PickerCallbacks, PickerConfig, PickerDialog, StoreOptions, Uploader, UploadQueue } from '../core/contracts';
import { atIdleAfterLoad, DialogModule, LazyDialog } from './lazyDialog';

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

/** A dialog part whose open() records its calls and whose sessions record close(). */
function fakePart(): { mod: DialogModule; opened: PickerCallbacks[]; closed: number[] } {
  const opened: PickerCallbacks[] = [];
  const closed: number[] = [];
  const dialog: PickerDialog = {
    open(_c, _s, _u, callbacks) {
      const n = opened.push(callbacks);
      return { close: () => closed.push(n) };
    },
  };
  return { mod: { createPickerDialog: () => dialog }, opened, closed };
}

function callbacks(): PickerCallbacks & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    onDone: () => calls.push('done'),
    onCancel: () => calls.push('cancel'),
    onError: (e: Error) => calls.push('error: ' + e.message),
    onProgress: () => calls.push('progress'),
  };
}

function openOn(d: LazyDialog, cb: PickerCallbacks): { close(): void } {
  return d.open({} as PickerConfig, {} as StoreOptions, {} as Uploader, cb, {} as UploadQueue);
}

describe('LazyDialog', () => {
  test('open() returns a session at once; the real dialog opens when the part is in, and close() reaches it', async () => {
    const part = fakePart();
    const load = deferred<DialogModule>();
    const d = new LazyDialog('dialog', () => load.promise);
    const cb = callbacks();
    const session = openOn(d, cb);
    expect(typeof session.close).toBe('function');
    expect(part.opened).toHaveLength(0);
    load.resolve(part.mod);
    await flush();
    expect(part.opened).toEqual([cb]);
    session.close();
    expect(part.closed).toEqual([1]);
    expect(cb.calls).toEqual([]);
  });

  test('close() before the part arrives: the dialog never opens and no callback runs', async () => {
    const part = fakePart();
    const load = deferred<DialogModule>();
    const d = new LazyDialog('dialog', () => load.promise);
    const cb = callbacks();
    openOn(d, cb).close();
    load.resolve(part.mod);
    await flush();
    expect(part.opened).toHaveLength(0);
    expect(cb.calls).toEqual([]);
  });

  test('a part that cannot load ends the call through onError naming the part; the next open tries again', async () => {
    const part = fakePart();
    let attempt = 0;
    const d = new LazyDialog('dialog', () => (++attempt === 1 ? Promise.reject(new Error('404')) : Promise.resolve(part.mod)));
    const cb = callbacks();
    openOn(d, cb);
    await flush();
    expect(cb.calls).toEqual(['error: could not load the `dialog` part of the library (chunks/dialog.js next to the main script): 404']);
    const again = callbacks();
    openOn(d, again);
    await flush();
    expect(attempt).toBe(2);
    expect(part.opened).toEqual([again]);
  });

  test('a failed load after close() reports nothing', async () => {
    const load = deferred<DialogModule>();
    const d = new LazyDialog('dialog', () => load.promise);
    const cb = callbacks();
    openOn(d, cb).close();
    load.reject(new Error('offline'));
    await flush();
    expect(cb.calls).toEqual([]);
  });

  test('a first open while the prefetch is in flight waits for that load and opens once', async () => {
    const part = fakePart();
    const load = deferred<DialogModule>();
    const loader = jest.fn(() => load.promise);
    const d = new LazyDialog('dialog', loader);
    d.prefetch();
    const cb = callbacks();
    openOn(d, cb);
    d.prefetch();
    expect(loader).toHaveBeenCalledTimes(1);
    load.resolve(part.mod);
    await flush();
    expect(part.opened).toEqual([cb]);
    openOn(d, callbacks());
    // the part is in: the dialog opens at once
    expect(part.opened).toHaveLength(2);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test('a failed prefetch is silent; the open that follows loads again', async () => {
    const part = fakePart();
    let attempt = 0;
    const d = new LazyDialog('dialog', () => (++attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(part.mod)));
    d.prefetch();
    await flush();
    const cb = callbacks();
    openOn(d, cb);
    await flush();
    expect(attempt).toBe(2);
    expect(part.opened).toEqual([cb]);
    expect(cb.calls).toEqual([]);
  });
});

describe('atIdleAfterLoad', () => {
  test('outside a page nothing runs', () => {
    const fn = jest.fn();
    atIdleAfterLoad(undefined, fn);
    expect(fn).not.toHaveBeenCalled();
  });

  test('a loaded page: requestIdleCallback where there is one', () => {
    const fn = jest.fn();
    const idle: Array<() => void> = [];
    const win = { document: { readyState: 'complete' }, requestIdleCallback: (cb: () => void) => idle.push(cb), setTimeout: jest.fn() };
    atIdleAfterLoad(win as unknown as Window, fn);
    expect(fn).not.toHaveBeenCalled();
    expect(win.setTimeout).not.toHaveBeenCalled();
    idle[0]();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  test('a page still loading: after its load event, then a timer where there is no requestIdleCallback', () => {
    const fn = jest.fn();
    const listeners: { [type: string]: () => void } = {};
    const timers: Array<() => void> = [];
    const win = {
      document: { readyState: 'interactive' },
      addEventListener: (type: string, l: () => void) => (listeners[type] = l),
      setTimeout: (cb: () => void) => timers.push(cb),
    };
    atIdleAfterLoad(win as unknown as Window, fn);
    expect(timers).toHaveLength(0);
    listeners.load();
    expect(fn).not.toHaveBeenCalled();
    timers[0]();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
