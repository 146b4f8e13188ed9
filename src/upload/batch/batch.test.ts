import { BatchItemEvents, StoredFile, Uploader, UploadEvents, UploadSource } from '../../core/contracts';
import { AbortError } from '../../core/errors';
import { createUploadQueue, FileQueue, MAX_PARALLEL_FILES } from './index';

/** One upload the fake engine was asked for; the test settles it. */
interface Call {
  what: string;
  events: UploadEvents;
  cancelled: boolean;
  resolve(f: StoredFile): void;
  reject(e: Error): void;
}

/** A fake Uploader: records uploads and discards, settles nothing by itself. */
function fakeUploader() {
  const calls: Call[] = [];
  const discards: Array<{ handle: string; reject(e: Error): void }> = [];
  const task = (what: string, events?: UploadEvents) => {
    let resolve!: (f: StoredFile) => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<StoredFile>((a, b) => {
      resolve = a;
      reject = b;
    });
    const call: Call = { what, events: events || {}, cancelled: false, resolve, reject };
    calls.push(call);
    return { promise, cancel() { call.cancelled = true; reject(new AbortError()); }, pause() {}, resume() {} };
  };
  const up: Uploader = {
    upload: (file: UploadSource, _s, events) => task(file.name || 'blob', events),
    storeUrl: (url, _s, events) => task(url, events),
    storeFromSource: (src, _s, events) => task(src.container + ':' + src.path, events),
    listSource: () => Promise.reject(new Error('not listed')),
    cloud: {
      list: () => Promise.reject(new Error('not listed')),
      search: () => Promise.reject(new Error('not searched')),
      signIn: () => Promise.reject(new Error('no sign-in')),
      oauthMessage: () => Promise.resolve(null),
      offered: () => Promise.resolve(null),
      thumbnail: () => Promise.reject(new Error('no thumbnail')),
      store: (f, _s, events) => task('store ' + f.cloud + ':' + f.path, events),
      link: (f, events) => task('link ' + f.cloud + ':' + f.path, events),
      folderLink: () => Promise.resolve(null),
      logout: () => Promise.resolve(),
    },
    discard: (stored) => new Promise<void>((_ok, reject) => { discards.push({ handle: stored.handle, reject }); }),
  };
  return { up, calls, discards, started: () => calls.map((c) => c.what) };
}

function file(name: string): UploadSource {
  return new Blob(['data of ' + name], { type: 'text/plain' }) as UploadSource & { name: string };
}
function named(name: string): UploadSource {
  const f = file(name);
  Object.defineProperty(f, 'name', { value: name });
  return f;
}
function stored(handle: string, filename = handle + '.txt'): StoredFile {
  return { handle, url: 'http://127.0.0.1/api/file/' + handle, filename, mimetype: 'text/plain', size: 9 };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

/** Events that log what happened to one item, under `name`. */
function logger(log: string[], name: string): BatchItemEvents {
  return {
    onStart: (preparing) => log.push(name + ':start' + (preparing ? ' (preparing)' : '')),
    onProgress: (p) => log.push(name + ':' + p.loaded + '/' + p.total),
    onStored: (f) => log.push(name + ':stored ' + f.handle),
    onFailed: (e, refused) => log.push(name + ':failed ' + (e as Error).name + (refused ? ' (refused)' : '')),
  };
}

describe('the page file queue', () => {
  test('a limit that is not a whole number of at least 1 is refused, naming it', () => {
    expect(() => new FileQueue(0)).toThrow('filepicker: `limit` of the file queue must be a whole number of at least 1, got 0');
    expect(() => new FileQueue(1.5)).toThrow(/`limit`/);
    expect(createUploadQueue().limit).toBe(MAX_PARALLEL_FILES);
  });

  test('two batches (a dialog and a drop pane) share one budget: at most `limit` files run, served in the order queued', async () => {
    const queue = createUploadQueue(3);
    const a = fakeUploader();
    const b = fakeUploader();
    const dialog = queue.batch(a.up, {});
    const pane = queue.batch(b.up, {});
    const log: string[] = [];
    const d = ['d1', 'd2'].map((n) => dialog.add({ kind: 'file', file: named(n) }, { client: 'computer' }, logger(log, n)));
    const p = ['p1', 'p2', 'p3'].map((n) => pane.add({ kind: 'file', file: named(n) }, { client: 'computer' }, logger(log, n)));
    dialog.start(d[0]);
    pane.start(p[0]);
    pane.start(p[1]);
    dialog.start(d[1]);
    pane.start(p[2]);
    await flush();
    expect(queue.active).toBe(3);
    expect(a.started().concat(b.started())).toEqual(['d1', 'p1', 'p2']);
    expect(dialog.busy(d[1])).toBe(true); // queued
    expect(log).toEqual(['d1:start', 'p1:start', 'p2:start']);

    b.calls[0].resolve(stored('P1'));
    await flush();
    expect(a.started()).toEqual(['d1', 'd2']); // the dialog's second file came before the pane's third
    expect(b.started()).toEqual(['p1', 'p2']);
    a.calls[0].resolve(stored('D1'));
    await flush();
    expect(b.started()).toEqual(['p1', 'p2', 'p3']);
    expect(queue.active).toBe(3);
    expect(log.filter((l) => l.indexOf('stored') > 0)).toEqual(['p1:stored P1', 'd1:stored D1']);
  });

  test('progress and retries of a run arrive; a cancelled run reports nothing and frees its slot at once', async () => {
    const queue = createUploadQueue(1);
    const u = fakeUploader();
    const batch = queue.batch(u.up, {});
    const log: string[] = [];
    const one = batch.add({ kind: 'file', file: named('one') }, { client: 'computer' }, logger(log, 'one'));
    const two = batch.add({ kind: 'url', url: 'https://x.test/two' }, { client: 'url' }, logger(log, 'two'));
    batch.start(one);
    batch.start(two);
    await flush();
    u.calls[0].events.onProgress!({ loaded: 3, total: 9 });
    expect(u.started()).toEqual(['one']);
    batch.remove(one);
    expect(u.calls[0].cancelled).toBe(true);
    await flush();
    expect(u.started()).toEqual(['one', 'https://x.test/two']);
    u.calls[0].events.onProgress!({ loaded: 6, total: 9 }); // late event of the cancelled run
    u.calls[1].reject(new Error('filepicker: HTTP 500'));
    await flush();
    expect(log).toEqual(['one:start', 'one:3/9', 'two:start', 'two:failed Error']);
    expect(queue.active).toBe(0);
    expect(batch.busy(two)).toBe(false);
    batch.start(two); // a retry queues it again
    await flush();
    expect(u.started()).toEqual(['one', 'https://x.test/two', 'https://x.test/two']);
  });

  test('an uploader that throws at once frees the slot and says the call was refused', async () => {
    const queue = createUploadQueue(1);
    const u = fakeUploader();
    u.up.storeUrl = () => { throw new Error('filepicker: `url` must be an http(s) URL'); };
    const batch = queue.batch(u.up, {});
    const log: string[] = [];
    batch.start(batch.add({ kind: 'url', url: 'nope' }, { client: 'url' }, logger(log, 'bad')));
    await flush();
    expect(log).toEqual(['bad:start', 'bad:failed Error (refused)']);
    expect(queue.active).toBe(0);
  });

  test('a file is prepared in its slot; what the preparation gives is what uploads', async () => {
    const queue = createUploadQueue(1);
    const u = fakeUploader();
    const batch = queue.batch(u.up, {});
    const log: string[] = [];
    const small = named('small');
    const item = batch.add({ kind: 'file', file: named('big'), prepare: () => Promise.resolve(small) }, { client: 'computer' }, { ...logger(log, 'img'), onUpload: (f) => log.push('upload ' + (f && f.name)) });
    batch.start(item);
    expect(queue.active).toBe(1);
    await flush();
    expect(log).toEqual(['img:start (preparing)', 'upload small']);
    expect(u.started()).toEqual(['small']);
  });

  test('the result keeps the order added, with where each file came from and what the editor did', async () => {
    const queue = createUploadQueue();
    const u = fakeUploader();
    const batch = queue.batch(u.up, {});
    const a = batch.add({ kind: 'file', file: named('a') }, { client: 'computer', editable: true }, {});
    const b = batch.add({ kind: 'url', url: 'https://x.test/b' }, { client: 'url' }, {});
    const c = batch.add({ kind: 'source', source: { container: 'src', path: 'c.txt' } }, { client: 'customsource' }, {});
    [a, b, c].forEach((i) => batch.start(i));
    await flush();
    u.calls[2].resolve(stored('C'));
    u.calls[1].resolve(stored('B'));
    u.calls[0].resolve(stored('A'));
    await flush();
    expect(batch.result().map((f) => [f.handle, f.client, f.cropped])).toEqual([['A', 'computer', false], ['B', 'url', undefined], ['C', 'customsource', undefined]]);
    batch.replace(a, named('a-edited'), { cropped: true, rotated: false, converted: true });
    batch.start(a);
    await flush();
    u.calls[3].resolve(stored('A2'));
    await flush();
    const first = batch.result()[0];
    expect([first.handle, first.cropped, first.rotated, first.converted]).toEqual(['A2', true, false, true]);
  });
});

describe('discarding copies that are not returned', () => {
  test('an edit keeps the old copy until the new one is stored, then removes it', async () => {
    const u = fakeUploader();
    const batch = createUploadQueue().batch(u.up, {});
    const item = batch.add({ kind: 'file', file: named('pic') }, { client: 'computer', editable: true }, {});
    batch.start(item);
    await flush();
    u.calls[0].resolve(stored('OLD'));
    await flush();
    batch.replace(item, named('pic2'), { cropped: true, rotated: false, converted: true });
    expect(u.discards).toHaveLength(0);
    batch.start(item);
    await flush();
    u.calls[1].resolve(stored('NEW'));
    await flush();
    expect(u.discards.map((d) => d.handle)).toEqual(['OLD']);
  });

  test('a copy stored after its run was cancelled is removed (the engine had finished before the cancel)', async () => {
    const v = fakeUploader();
    let called!: () => void;
    const uploading = new Promise<void>((r) => { called = r; });
    // the engine's answer is in already: cancel() comes too late to change it
    v.up.upload = () => {
      called();
      return { promise: Promise.resolve(stored('RACE')), cancel() {}, pause() {}, resume() {} };
    };
    const log: string[] = [];
    const batch = createUploadQueue().batch(v.up, {});
    const item = batch.add({ kind: 'file', file: named('y') }, { client: 'computer' }, logger(log, 'y'));
    batch.start(item);
    await uploading;
    batch.remove(item); // removed before the stored answer was handled
    await flush();
    expect(v.discards.map((d) => d.handle)).toEqual(['RACE']);
    expect(log).toEqual(['y:start']);
    expect(batch.result()).toEqual([]);
  });

  test('ending with the result delivered removes only superseded copies; ending without removes every copy; nothing starts after', async () => {
    const u = fakeUploader();
    const queue = createUploadQueue(1);
    const batch = queue.batch(u.up, {});
    const log: string[] = [];
    const a = batch.add({ kind: 'file', file: named('a') }, { client: 'computer' }, logger(log, 'a'));
    const b = batch.add({ kind: 'file', file: named('b') }, { client: 'computer' }, logger(log, 'b'));
    batch.start(a);
    batch.start(b);
    await flush();
    u.calls[0].resolve(stored('A'));
    await flush();
    expect(u.started()).toEqual(['a', 'b']);
    batch.end(true);
    expect(u.calls[1].cancelled).toBe(true);
    expect(u.discards).toHaveLength(0);
    expect(queue.active).toBe(0);
    batch.start(a);
    expect(u.started()).toEqual(['a', 'b']);

    const w = fakeUploader();
    const other = queue.batch(w.up, {});
    const c = other.add({ kind: 'file', file: named('c') }, { client: 'computer' }, {});
    other.start(c);
    await flush();
    w.calls[0].resolve(stored('C'));
    await flush();
    other.end(false);
    expect(w.discards.map((d) => d.handle)).toEqual(['C']);
  });

  test('cloud files: a copy goes through cloud.store and is removed when not delivered; a link is never removed', async () => {
    const u = fakeUploader();
    const batch = createUploadQueue(2).batch(u.up, { location: 's3' });
    const copy = batch.add({ kind: 'cloud', file: { cloud: 'ftp', path: '/a.txt' }, link: false }, { client: 'ftp' }, {});
    const link = batch.add({ kind: 'cloud', file: { cloud: 'webdav', path: '/b.txt' }, link: true }, { client: 'webdav' }, {});
    batch.start(copy);
    batch.start(link);
    await flush();
    expect(u.started()).toEqual(['store ftp:/a.txt', 'link webdav:/b.txt']);
    u.calls[0].resolve(stored('A'));
    u.calls[1].resolve({ ...stored('L'), linked: true });
    await flush();
    expect(batch.result().map((f) => f.client)).toEqual(['ftp', 'webdav']);
    batch.end(false);
    expect(u.discards.map((d) => d.handle)).toEqual(['A']);
  });

  test('a refused removal is reported once per batch, without policy or signature, and changes no result', async () => {
    const u = fakeUploader();
    const warnings: string[] = [];
    const batch = createUploadQueue().batch(u.up, {}, (m) => warnings.push(m));
    const items = ['a', 'b', 'c'].map((n) => batch.add({ kind: 'file', file: named(n) }, { client: 'computer' }, {}));
    items.forEach((i) => batch.start(i));
    await flush();
    u.calls.forEach((c, i) => c.resolve(stored('H' + i, 'f' + i + '.txt')));
    await flush();
    batch.remove(items[0]);
    batch.remove(items[1]);
    u.discards.forEach((d) => d.reject(new Error('filepicker: the remove request failed: HTTP 403')));
    await flush();
    expect(warnings).toEqual(['filepicker: could not remove the unused copy H0 (f0.txt) from storage: the remove request failed: HTTP 403']);
    expect(batch.result().map((f) => f.handle)).toEqual(['H2']);
  });
});
