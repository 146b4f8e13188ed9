/** The engine as an on-demand part: checks at once, runs once the part is in, controls made before it is in. */
import { CloudListing, StoredFile, UploadTask } from '../core/contracts';
import { hostsFromBase } from '../core/hosts';
import { EngineUploader, UploaderConfig } from './createUploader';
import { createUploader, EngineModule, loadEngine } from './onDemandUploader';

const HOSTS = hostsFromBase('http://api.test');
const STORED: StoredFile = { url: 'http://api.test/api/file/h', handle: 'h', filename: 'a.txt', size: 3, mimetype: 'text/plain' } as StoredFile;

interface FakeTask extends UploadTask {
  calls: string[];
}

/** A part whose engine records every call and gives tasks that settle when the test says. */
function fakePart() {
  const calls: string[] = [];
  const tasks: FakeTask[] = [];
  let resolveLast: ((f: StoredFile) => void) | undefined;
  function task(name: string): FakeTask {
    let reject: (e: Error) => void = () => undefined;
    const t: FakeTask = {
      calls: [],
      promise: new Promise<StoredFile>((resolve, rej) => {
        resolveLast = resolve;
        reject = rej;
      }),
      cancel() {
        t.calls.push('cancel');
        reject(Object.assign(new Error('cancelled'), { name: 'AbortError' }));
      },
      pause() { t.calls.push('pause'); },
      resume() { t.calls.push('resume'); },
    };
    calls.push(name);
    tasks.push(t);
    return t;
  }
  const engine: EngineUploader = {
    upload: () => task('upload'),
    storeUrl: (url) => task('storeUrl ' + url),
    storeFromSource: (s) => task('storeFromSource ' + s.container + '/' + s.path),
    listSource: (c, p) => { calls.push('listSource ' + c + '/' + p); return Promise.resolve({ folders: [], files: [] }); },
    discard: (s) => { calls.push('discard ' + s.handle); return Promise.resolve(); },
    cloud: {
      list: (c, p) => { calls.push('cloud.list ' + c + p); return Promise.resolve({ cloud: c, path: p, folders: [], files: [] } as unknown as CloudListing); },
      search: (c, s) => { calls.push('cloud.search ' + c + ' ' + s); return Promise.resolve({ folders: [], files: [] }); },
      signIn: (c) => { calls.push('cloud.signIn ' + c); return Promise.resolve(); },
      oauthMessage: (c) => { calls.push('cloud.oauthMessage ' + c); return Promise.resolve(null); },
      offered: (c) => { calls.push('cloud.offered ' + c.join(',')); return Promise.resolve(c); },
      thumbnail: (f, signal) => { calls.push('cloud.thumbnail ' + f.cloud + f.path + (signal ? ' (signal)' : '')); return Promise.resolve(new Blob(['x'], { type: 'image/png' })); },
      store: (f) => task('cloud.store ' + f.cloud + f.path),
      link: (f) => task('cloud.link ' + f.cloud + f.path),
      folderLink: (c, p) => { calls.push('cloud.folderLink ' + c + p); return Promise.resolve(null); },
      logout: (c) => { calls.push('cloud.logout ' + String(c)); return Promise.resolve(); },
    },
  };
  const configs: UploaderConfig[] = [];
  const module: EngineModule = { createUploader: (c) => { configs.push(c); return engine; } };
  return { calls, tasks, configs, module, finish: () => resolveLast && resolveLast(STORED) };
}

/** Lets promise callbacks run until `cond` holds (at most 50 rounds). */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !cond(); i++) await Promise.resolve();
  expect(cond()).toBe(true);
}

const blob = () => new Blob(['abc'], { type: 'text/plain' });

describe('createUploader (engine on demand)', () => {
  it('checks the configuration and each call at once, before anything is loaded', () => {
    const load = jest.fn(() => Promise.resolve(fakePart().module));
    expect(() => createUploader({ apikey: '', hosts: HOSTS }, load)).toThrow(/`apikey` must be a non-empty string/);
    expect(() => createUploader({ apikey: 'k', hosts: HOSTS, partSize: 5 }, load)).toThrow(/partSize/);
    const u = createUploader({ apikey: 'k', hosts: HOSTS }, load);
    expect(() => u.upload(new Blob([]), {})).toThrow(/`file` is empty/);
    expect(() => u.upload(blob(), {}, {}, { maxConcurrentUploads: 0 })).toThrow(/maxConcurrentUploads/);
    expect(() => u.storeUrl('ftp://x', {})).toThrow(/`url` must be an http\(s\) URL/);
    expect(() => u.storeFromSource({ container: 'b', path: '' }, {})).toThrow(/`path` must be the key of a file/);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the part once and runs every call on its engine', async () => {
    const part = fakePart();
    const load = jest.fn(() => Promise.resolve(part.module));
    const u = createUploader({ apikey: 'k', hosts: HOSTS }, load);
    const t = u.upload(blob(), {});
    expect(part.tasks).toHaveLength(0);
    await until(() => part.tasks.length === 1);
    part.finish();
    await expect(t.promise).resolves.toEqual(STORED);
    await u.listSource('b', 'dir/');
    await u.discard(STORED);
    u.storeUrl('https://example.test/a.png', {});
    await until(() => part.calls.length === 4);
    expect(load).toHaveBeenCalledTimes(1);
    expect(part.configs).toHaveLength(1);
    expect(part.calls).toEqual(['upload', 'listSource b/dir/', 'discard h', 'storeUrl https://example.test/a.png']);
  });

  it('applies cancel, pause and resume made before the part is in', async () => {
    const part = fakePart();
    const u = createUploader({ apikey: 'k', hosts: HOSTS }, () => Promise.resolve(part.module));
    const cancelled = u.upload(blob(), {});
    cancelled.cancel();
    const paused = u.storeFromSource({ container: 'b', path: 'x.txt' }, {});
    paused.pause();
    const resumed = u.upload(blob(), {});
    resumed.pause();
    resumed.resume();
    await expect(cancelled.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(part.tasks.map((t) => t.calls)).toEqual([['cancel'], ['pause'], []]);
    paused.resume();
    expect(part.tasks[1].calls).toEqual(['pause', 'resume']);
  });

  it('ends a call with an error naming the part when it cannot be loaded, and tries again on the next call', async () => {
    const part = fakePart();
    const load = jest.fn().mockRejectedValueOnce(new Error('Loading chunk 7 failed')).mockResolvedValue(part.module);
    const u = createUploader({ apikey: 'k', hosts: HOSTS }, load);
    const failed = u.upload(blob(), {});
    await expect(failed.promise).rejects.toThrow(/could not load the `engine` part .*Loading chunk 7 failed/);
    await expect(u.listSource('b', '')).resolves.toEqual({ folders: [], files: [] });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('a task cancelled while the part fails to load rejects as cancelled', async () => {
    const u = createUploader({ apikey: 'k', hosts: HOSTS }, () => Promise.reject(new Error('offline')));
    const t = u.upload(blob(), {});
    t.cancel();
    await expect(t.promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('outside the minified bundle the engine is in at once (no chunk to fetch)', async () => {
    const m = await loadEngine();
    expect(typeof m.createUploader).toBe('function');
  });

  it('the cloud sources: their arguments are checked at once, their calls run on the engine once it is in', async () => {
    const part = fakePart();
    const load = jest.fn(() => Promise.resolve(part.module));
    const u = createUploader({ apikey: 'k', hosts: HOSTS }, load);
    expect(() => u.cloud.link({ cloud: 'ftp', path: '' }, {})).toThrow(/path/);
    expect(load).not.toHaveBeenCalled();
    await u.cloud.list('ftp', '/docs/');
    await u.cloud.search('ftp', 'report', 'c2');
    const t = u.cloud.store({ cloud: 'ftp', path: '/docs/a.pdf' }, {});
    await until(() => part.tasks.length === 1);
    part.finish();
    await expect(t.promise).resolves.toEqual(STORED);
    await u.cloud.logout();
    expect(await u.cloud.folderLink('ftp', '/docs/')).toBeNull();
    // the thumbnail's AbortSignal goes through untouched
    const thumb = await u.cloud.thumbnail({ cloud: 'ftp', path: '/docs/a.png' }, new AbortController().signal);
    expect(thumb.type).toBe('image/png');
    expect(part.calls).toEqual(['cloud.list ftp/docs/', 'cloud.search ftp report', 'cloud.store ftp/docs/a.pdf', 'cloud.logout undefined', 'cloud.folderLink ftp/docs/', 'cloud.thumbnail ftp/docs/a.png (signal)']);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
