import { makeDropPane } from './dropPane';
import { startWidgets } from './build';
import { blob, callsOf, makeApi, makeCtx, wait } from './__tests__/fakeApi';

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

function setup(options: { [k: string]: unknown } = {}) {
  const ctx = makeCtx();
  ctx.setKey('K');
  const api = makeApi(ctx);
  startWidgets(api, ctx, window);
  const div = document.createElement('div');
  document.body.appendChild(div);
  const log: any[][] = [];
  const cb = (name: string) => (...a: unknown[]) => log.push([name, ...a]);
  const opts = { dragEnter: cb('dragEnter'), dragLeave: cb('dragLeave'), onStart: cb('onStart'), onSuccess: cb('onSuccess'), onError: cb('onError'), onProgress: cb('onProgress'), ...options };
  expect(makeDropPane(ctx, [div, opts])).toBe(true);
  return { ctx, api, div, log };
}

describe('makeDropPane', () => {
  it('stores each dropped file with filepicker.store and the store options, and reports average progress then one onSuccess', async () => {
    const { api, div, log } = setup({ multiple: true, location: 'S3', path: 'up/', access: 'public', policy: 'P', signature: 'S', container: 'b' });
    const stores: any[] = [];
    api.handlers.store = (f: File, o: unknown, s: (b: unknown) => void, _e: unknown, p: (n: number) => void) => { stores.push({ f, o, s, p }); };
    const ev = drop(div, { files: [file('a.png', 'image/png'), file('b.png', 'image/png')] });
    expect(ev.defaultPrevented).toBe(true);
    expect(log[0][0]).toBe('onStart');
    expect(div.getAttribute('disabled')).toBe('disabled');
    expect(stores).toHaveLength(2);
    expect(stores[0].o).toEqual({ location: 'S3', path: 'up/', container: 'b', access: 'public', policy: 'P', signature: 'S' });
    stores[0].p(50);
    stores[1].p(10);
    expect(log.filter((l) => l[0] === 'onProgress').map((l) => l[1])).toEqual([25, 30]);
    drop(div, { files: [file('c.png', 'image/png')] });
    expect(stores).toHaveLength(2); // disabled while uploading
    stores[1].s(blob(2));
    expect(div.getAttribute('disabled')).toBe('disabled');
    stores[0].s(blob(1));
    expect(div.hasAttribute('disabled')).toBe(false);
    const success = log.filter((l) => l[0] === 'onSuccess');
    expect(success).toHaveLength(1);
    expect(success[0][1]).toEqual([blob(1), blob(2)]);
  });

  it('gives onSuccess an array for one file too', () => {
    const { api, div, log } = setup();
    api.handlers.store = (_f: File, _o: unknown, s: (b: unknown) => void) => s(blob(1));
    drop(div, { files: [file('a.png', 'image/png')] });
    expect(log.filter((l) => l[0] === 'onSuccess')[0][1]).toEqual([blob(1)]);
  });

  it('reports the v2 error types and messages', () => {
    const { div, log, api } = setup({ maxSize: 100, extensions: '.PNG, .jpg', mimetype: 'image/*' });
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
    expect(callsOf(api, 'store')).toHaveLength(0);
  });

  it('compares extensions without case (v2 rejected A.PNG: G22) and honours maxFiles', () => {
    const { div, log, api } = setup({ extensions: ['.PNG'], multiple: true, maxFiles: 2 });
    api.handlers.store = (_f: File, _o: unknown, s: (b: unknown) => void) => s(blob(1));
    drop(div, { files: [file('A.PNG', 'image/png')] });
    expect(log.map((l) => l[0])).toEqual(['onStart', 'onSuccess']);
    drop(div, { files: [file('a.png', 'image/png'), file('b.png', 'image/png'), file('c.png', 'image/png')] });
    expect(log[2].slice(0, 3)).toEqual(['onError', 'TooManyFiles', 'Only 2 files at a time']);
  });

  it('reports UploadError with the error text once every file settled, and re-enables the pane', () => {
    const { div, log, api } = setup({ multiple: true });
    const cbs: any[] = [];
    api.handlers.store = (_f: File, _o: unknown, s: unknown, e: unknown) => { cbs.push({ s, e }); };
    drop(div, { files: [file('a.png', 'image/png'), file('b.png', 'image/png')] });
    cbs[0].e({ toString: () => 'FPError 123: boom' });
    expect(log.filter((l) => l[0] === 'onError')).toHaveLength(0);
    cbs[1].s(blob(2));
    expect(log.filter((l) => l[0] === 'onError')).toEqual([['onError', 'UploadError', 'FPError 123: boom']]);
    expect(log.filter((l) => l[0] === 'onSuccess')).toHaveLength(0);
    expect(div.hasAttribute('disabled')).toBe(false);
  });

  it('turns a synchronous throw of store (no API key) into UploadError', () => {
    const { div, log, api } = setup();
    api.handlers.store = () => { throw new Error('FilepickerException: API Key not found'); };
    drop(div, { files: [file('a.png', 'image/png')] });
    expect(log[1]).toEqual(['onError', 'UploadError', 'Error: FilepickerException: API Key not found']);
    expect(div.hasAttribute('disabled')).toBe(false);
  });

  it('stores a dropped URL or <img> with storeUrl, and removes it again when it breaks the rules', () => {
    const { div, log, api } = setup({ mimetype: 'image/*', path: 'p/' });
    const urls: any[] = [];
    api.handlers.storeUrl = (u: string, o: unknown, s: (b: unknown) => void) => { urls.push([u, o]); s(urls.length === 1 ? blob(1) : blob(2, { filename: 'doc.pdf', mimetype: 'application/pdf' })); };
    drop(div, { data: { text: 'https://img.test/a.png' } });
    drop(div, { data: { 'text/html': '<meta><img alt="x" src="https://img.test/b.png">' } });
    expect(urls).toEqual([['https://img.test/a.png', { path: 'p/' }], ['https://img.test/b.png', { path: 'p/' }]]);
    expect(log[0]).toEqual(['onSuccess', [blob(1)]]);
    expect(log[1]).toEqual(['onError', 'WrongType', "doc.pdf isn't the right type of file"]);
    expect(callsOf(api, 'remove')).toHaveLength(1);
    expect(callsOf(api, 'remove')[0].args[0]).toEqual(blob(2, { filename: 'doc.pdf', mimetype: 'application/pdf' }));
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

  it('throws v2 text without an element; returns false with a console error without drag and drop support', async () => {
    const ctx = makeCtx();
    startWidgets(makeApi(ctx), ctx, window);
    expect(() => makeDropPane(ctx, [null, {}])).toThrow('No DOM element found to create drop pane');
    expect(() => makeDropPane(ctx, [{ jquery: '3', length: 0 }, {}])).toThrow('No DOM element found to create drop pane');
    const saved = (window as any).FileReader;
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      (window as any).FileReader = undefined;
      expect(makeDropPane(ctx, [document.createElement('div'), {}])).toBe(false);
      expect(spy).toHaveBeenCalledWith("Your browser doesn't support drag-drop functionality");
    } finally {
      (window as any).FileReader = saved;
      spy.mockRestore();
    }
    await wait(1);
  });
});
