import { makeDropPane } from './dropPane';
import { startWidgets } from './build';
import { AbortError, NetworkError } from '../core/errors';
import { blob, engineCtx, flush, makeApi, makeCtx, storedOf, wait } from './__tests__/fakeApi';

function drop(el: Element, dt: { files?: File[]; items?: unknown[]; data?: { [type: string]: string } }): Event {
  const e = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'dataTransfer', {
    value: { files: dt.files || [], items: dt.items, getData: (t: string) => (dt.data && dt.data[t]) || '' },
  });
  el.dispatchEvent(e);
  return e;
}

function file(name: string, type: string, size = 10): File {
  const f = new File(['x'], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
}

function setup(options: { [k: string]: unknown } = {}, key: string | null = 'K') {
  const { ctx, up, security } = engineCtx();
  if (key) ctx.setKey(key);
  makeApi(ctx);
  startWidgets(ctx, window);
  const div = document.createElement('div');
  document.body.appendChild(div);
  const log: unknown[][] = [];
  const cb = (name: string) => (...a: unknown[]) => log.push([name, ...a]);
  const opts = { dragEnter: cb('dragEnter'), dragLeave: cb('dragLeave'), onStart: cb('onStart'), onSuccess: cb('onSuccess'), onError: cb('onError'), onProgress: cb('onProgress'), ...options };
  expect(makeDropPane(ctx, [div, opts])).toBe(true);
  return { ctx, up, security, div, log };
}

describe('makeDropPane', () => {
  it('reads region, and v2 storeContainer / storeRegion, through the store option translator', async () => {
    const { up, div } = setup({ location: 'Azure', container: 'a', storeContainer: 'b', region: 'r1', storeRegion: 'r2' });
    drop(div, { files: [file('a.png', 'image/png')] });
    await flush();
    expect(up.calls[0].store).toEqual({ location: 'azure', container: 'b', region: 'r2' });
  });

  it('stores each dropped file through the page queue with the store options, and reports average progress then one onSuccess', async () => {
    const { up, security, div, log } = setup({ multiple: true, location: 'S3', path: 'up/', access: 'public', policy: 'P', signature: 'S', container: 'b' });
    const ev = drop(div, { files: [file('a.png', 'image/png'), file('b.png', 'image/png')] });
    expect(ev.defaultPrevented).toBe(true);
    expect(log[0][0]).toBe('onStart');
    expect(div.getAttribute('disabled')).toBe('disabled');
    await flush();
    expect(up.calls).toHaveLength(2);
    expect(up.calls.map((c) => c.file && c.file.name)).toEqual(['a.png', 'b.png']);
    expect(up.calls[0].store).toEqual({ location: 's3', path: 'up/', container: 'b', access: 'public' });
    expect(security).toEqual([{ policy: 'P', signature: 'S' }]);
    // store's percents: 95 % of the bytes until the file is stored
    up.calls[0].events.onProgress!({ loaded: 50, total: 95 });
    up.calls[1].events.onProgress!({ loaded: 10, total: 95 });
    expect(log.filter((l) => l[0] === 'onProgress').map((l) => l[1])).toEqual([25, 30]);
    drop(div, { files: [file('c.png', 'image/png')] });
    await flush();
    expect(up.calls).toHaveLength(2); // disabled while uploading
    up.calls[1].resolve(storedOf(2));
    await flush();
    expect(div.getAttribute('disabled')).toBe('disabled');
    up.calls[0].resolve(storedOf(1));
    await flush();
    expect(div.hasAttribute('disabled')).toBe(false);
    const success = log.filter((l) => l[0] === 'onSuccess');
    expect(success).toHaveLength(1);
    expect(success[0][1]).toEqual([blob(1), blob(2)]);
    expect(log.filter((l) => l[0] === 'onProgress').map((l) => l[1]).slice(-1)).toEqual([100]);
  });

  it('gives onSuccess an array for one file too', async () => {
    const { up, div, log } = setup();
    drop(div, { files: [file('a.png', 'image/png')] });
    await flush();
    up.calls[0].resolve(storedOf(1));
    await flush();
    expect(log.filter((l) => l[0] === 'onSuccess')[0][1]).toEqual([blob(1)]);
  });

  it('shares the page queue with every other pane: at most three files of the page upload at once', async () => {
    const { ctx, up, div } = setup({ multiple: true });
    const other = document.createElement('div');
    document.body.appendChild(other);
    expect(makeDropPane(ctx, [other, { multiple: true }])).toBe(true);
    drop(div, { files: [file('a.png', 'image/png'), file('b.png', 'image/png')] });
    drop(other, { files: [file('c.png', 'image/png'), file('d.png', 'image/png')] });
    await flush();
    expect(up.calls.map((c) => c.file && c.file.name)).toEqual(['a.png', 'b.png', 'c.png']);
    up.calls[0].resolve(storedOf(1));
    await flush();
    expect(up.calls.map((c) => c.file && c.file.name)).toEqual(['a.png', 'b.png', 'c.png', 'd.png']);
  });

  it('reports the v2 error types and messages', () => {
    const { div, log, up } = setup({ maxSize: 100, extensions: '.PNG, .jpg', mimetype: 'image/*' });
    drop(div, { files: [file('a.png', 'image/png'), file('b.png', 'image/png')] });
    drop(div, { files: [file('a.gif', 'image/gif')] });
    drop(div, { files: [file('a.txt', 'text/plain')] });
    drop(div, { files: [file('big.png', 'image/png', 1000)] });
    drop(div, { files: [] });
    drop(div, { files: [file('x', '')], items: [{ webkitGetAsEntry: () => ({ isDirectory: true }) }] });
    expect(log.map((l) => l.slice(0, 3))).toEqual([
      ['onError', 'TooManyFiles', 'Only one file at a time'],
      ['onError', 'WrongType', "a.gif isn't the right type of file"],
      ['onError', 'WrongType', "a.txt isn't the right type of file"],
      ['onError', 'WrongSize', 'big.png is too large (1000 Bytes)'],
      ['onError', 'NoFilesFound', 'No files uploaded'],
      ['onError', 'WrongType', 'Uploading a folder is not allowed'],
    ]);
    expect(up.calls).toHaveLength(0);
  });

  it('takes maxSize/maxFiles written as text pages use ("1kb", "10*10", "2*1"), warning once each; other text means no limit', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { div, log } = setup({ maxSize: '1kb', maxFiles: '2*1', multiple: true });
      drop(div, { files: [file('big.png', 'image/png', 1025)] });
      drop(div, { files: [file('a.png', 'image/png'), file('b.png', 'image/png'), file('c.png', 'image/png')] });
      expect(log.map((l) => l.slice(0, 3))).toEqual([
        ['onError', 'WrongSize', 'big.png is too large (1025 Bytes)'],
        ['onError', 'TooManyFiles', 'Only 2 files at a time'],
      ]);
      const product = setup({ maxSize: '10*10' });
      drop(product.div, { files: [file('p.png', 'image/png', 101)] });
      expect(product.log[0].slice(0, 2)).toEqual(['onError', 'WrongSize']);
      const words = setup({ maxSize: 'big' });
      drop(words.div, { files: [file('w.png', 'image/png', 1e9)] });
      expect(words.log[0][0]).toBe('onStart');
      expect(warn.mock.calls.map((c) => c[0])).toEqual([
        'filepicker: `makeDropPane` option `maxSize` should be a number, got "1kb" (string); using 1024',
        'filepicker: `makeDropPane` option `maxFiles` should be a number, got "2*1" (string); using 2',
        'filepicker: `makeDropPane` option `maxSize` should be a number, got "10*10" (string); using 100',
        'filepicker: `makeDropPane` option `maxSize` should be a number, got "big" (string); it is ignored',
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  it('compares extensions without case (v2 rejected A.PNG: G22) and honours maxFiles', async () => {
    const { div, log, up } = setup({ extensions: ['.PNG'], multiple: true, maxFiles: 2 });
    drop(div, { files: [file('A.PNG', 'image/png')] });
    await flush();
    up.calls[0].resolve(storedOf(1));
    await flush();
    expect(log.filter((l) => l[0] !== 'onProgress').map((l) => l[0])).toEqual(['onStart', 'onSuccess']);
    drop(div, { files: [file('a.png', 'image/png'), file('b.png', 'image/png'), file('c.png', 'image/png')] });
    expect(log[log.length - 1].slice(0, 3)).toEqual(['onError', 'TooManyFiles', 'Only 2 files at a time']);
  });

  it('reports UploadError with the error text once every file settled, and re-enables the pane', async () => {
    const { div, log, up } = setup({ multiple: true });
    drop(div, { files: [file('a.png', 'image/png'), file('b.png', 'image/png')] });
    await flush();
    up.calls[0].reject(new Error('filepicker: boom'));
    await flush();
    expect(log.filter((l) => l[0] === 'onError')).toHaveLength(0);
    up.calls[1].resolve(storedOf(2));
    await flush();
    expect(log.filter((l) => l[0] === 'onError')).toEqual([['onError', 'UploadError', 'FPError 123: Unknown error while writing (filepicker: boom)']]);
    expect(log.filter((l) => l[0] === 'onSuccess')).toHaveLength(0);
    expect(div.hasAttribute('disabled')).toBe(false);
  });

  it('gives an HTTP failure the code store gives it (403 stays 403, no answer is 123)', async () => {
    const { div, log, up } = setup();
    drop(div, { files: [file('a.png', 'image/png')] });
    await flush();
    up.calls[0].reject(new NetworkError('filepicker: HTTP 403 from the start request', { method: 'POST', url: 'https://fp.test/multipart/start', status: 403 }));
    await flush();
    expect(log.filter((l) => l[0] === 'onError')[0].slice(0, 2)).toEqual(['onError', 'UploadError']);
    expect(log.filter((l) => l[0] === 'onError')[0][2]).toMatch(/^FPError 403: /);
    drop(div, { files: [file('b.png', 'image/png')] });
    await flush();
    up.calls[1].reject(new AbortError());
    await flush();
    expect(log.filter((l) => l[0] === 'onError')[1][2]).toMatch(/^FPError 123: /);
  });

  it('turns a synchronous throw of store (no API key) into UploadError', () => {
    const { div, log, up } = setup({}, null);
    drop(div, { files: [file('a.png', 'image/png')] });
    expect(log[1]).toEqual(['onError', 'UploadError', 'FilepickerException: API Key not found']);
    expect(div.hasAttribute('disabled')).toBe(false);
    expect(up.calls).toHaveLength(0);
  });

  it('stores a dropped URL or <img> through the store API, and removes it again when it breaks the rules', async () => {
    const { div, log, up } = setup({ mimetype: 'image/*', path: 'p/' });
    drop(div, { data: { text: 'https://img.test/a.png' } });
    await flush();
    up.calls[0].resolve(storedOf(1));
    await flush();
    drop(div, { data: { 'text/html': '<meta><img alt="x" src="https://img.test/b.png">' } });
    await flush();
    up.calls[1].resolve(storedOf(2, { filename: 'doc.pdf', mimetype: 'application/pdf' }));
    await flush();
    expect(up.calls.map((c) => [c.kind, c.url, c.store])).toEqual([['storeUrl', 'https://img.test/a.png', { location: 's3', path: 'p/' }], ['storeUrl', 'https://img.test/b.png', { location: 's3', path: 'p/' }]]);
    const ends = log.filter((l) => l[0] !== 'onProgress');
    expect(ends[0]).toEqual(['onSuccess', [blob(1)]]);
    expect(ends[1]).toEqual(['onError', 'WrongType', "doc.pdf isn't the right type of file"]);
    expect(up.discards).toHaveLength(1);
    expect(up.discards[0].stored).toEqual(storedOf(2, { filename: 'doc.pdf', mimetype: 'application/pdf' }));
  });

  it('calls dragEnter/dragLeave only while enabled, and sets dropEffect to copy on dragover', () => {
    const { div, log } = setup();
    div.dispatchEvent(new Event('dragenter', { cancelable: true }));
    div.dispatchEvent(new Event('dragleave', { cancelable: true }));
    div.setAttribute('disabled', 'disabled');
    div.dispatchEvent(new Event('dragenter', { cancelable: true }));
    const over = new Event('dragover', { cancelable: true });
    const dt = { dropEffect: 'none' };
    Object.defineProperty(over, 'dataTransfer', { value: dt });
    div.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    expect(dt.dropEffect).toBe('copy');
    expect(log.map((l) => l[0])).toEqual(['dragEnter', 'dragLeave']);
  });

  it('calls every callback as v2 did, as a plain function: `this` is the window, so pages can read `this.event`', async () => {
    const seen: { name: string; self: unknown; event: string | undefined }[] = [];
    const record = (name: string) =>
      function (this: Window & { event?: Event }) {
        seen.push({ name, self: this, event: this && this.event ? this.event.type : undefined });
      };
    const { div, up } = setup({ dragEnter: record('dragEnter'), dragLeave: record('dragLeave'), onStart: record('onStart'), onProgress: record('onProgress'), onSuccess: record('onSuccess'), onError: record('onError') });
    div.dispatchEvent(new Event('dragenter', { cancelable: true }));
    div.dispatchEvent(new Event('dragleave', { cancelable: true }));
    drop(div, { files: [file('a.png', 'image/png')] });
    await flush();
    up.calls[0].events.onProgress!({ loaded: 50, total: 95 });
    up.calls[0].resolve(storedOf(1));
    await flush();
    drop(div, {});
    expect(seen.map((s) => s.name)).toEqual(['dragEnter', 'dragLeave', 'onStart', 'onProgress', 'onProgress', 'onSuccess', 'onError']);
    seen.forEach((s) => expect(s.self).toBe(window));
    expect(seen.slice(0, 3).map((s) => s.event)).toEqual(['dragenter', 'dragleave', 'drop']);
  });

  it('throws v2 text without an element; returns false with a console error without drag and drop support', async () => {
    const ctx = makeCtx();
    makeApi(ctx);
    startWidgets(ctx, window);
    expect(() => makeDropPane(ctx, [null, {}])).toThrow('No DOM element found to create drop pane');
    expect(() => makeDropPane(ctx, [{ jquery: '3', length: 0 }, {}])).toThrow('No DOM element found to create drop pane');
    const win = window as { FileReader?: unknown };
    const saved = win.FileReader;
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      win.FileReader = undefined;
      expect(makeDropPane(ctx, [document.createElement('div'), {}])).toBe(false);
      expect(spy).toHaveBeenCalledWith("Your browser doesn't support drag-drop functionality");
    } finally {
      win.FileReader = saved;
      spy.mockRestore();
    }
    await wait(1);
  });
});
