import { newEntry, splitParts, usableEntry } from './entry';
import { MemoryResumeStore, isExpired, noResumeStore } from './store';
import { ResumeTracker } from './tracker';
import { defaultResumeStore } from './indexedDbStore';
import { keyBase } from './fingerprint';
import { partRanges } from '../options';

const MIB = 1024 * 1024;
const start = { uri: '/b/k', region: 'us-east-1', uploadId: 'U1', locationUrl: 'https://up.example.test' };

describe('resume entries', () => {
  const good = () => ({ ...newEntry('K', start, 1000, 500, 11 * MIB, 5 * MIB), parts: [{ n: 2, etag: '"b"' }, { n: 1, etag: '"a"' }] });

  it('reads back a whole entry of this version, key, size and part size before it expires', () => {
    expect(usableEntry(good(), 'K', 1499, 11 * MIB, 5 * MIB)).toEqual(good());
    expect(usableEntry(good(), 'K', 1500, 11 * MIB, 5 * MIB)).toBeNull(); // expired
    expect(usableEntry(good(), 'other', 1000, 11 * MIB, 5 * MIB)).toBeNull();
    expect(usableEntry(good(), 'K', 1000, 12 * MIB, 5 * MIB)).toBeNull();
    expect(usableEntry(good(), 'K', 1000, 11 * MIB, 6 * MIB)).toBeNull();
    expect(usableEntry({ ...good(), v: 2 }, 'K', 1000, 11 * MIB, 5 * MIB)).toBeNull();
  });

  it('refuses odd records: part numbers out of range or twice, empty ETags, a location without scheme', () => {
    const check = (change: object) => usableEntry({ ...good(), ...change }, 'K', 1000, 11 * MIB, 5 * MIB);
    expect(check({ parts: [{ n: 4, etag: '"x"' }] })).toBeNull(); // 11 MiB in 5 MiB parts: 3 parts
    expect(check({ parts: [{ n: 1, etag: '"x"' }, { n: 1, etag: '"y"' }] })).toBeNull();
    expect(check({ parts: [{ n: 1, etag: '' }] })).toBeNull();
    expect(check({ parts: 'nope' })).toBeNull();
    expect(check({ locationUrl: 'up.example.test' })).toBeNull();
    expect(check({ uploadId: '' })).toBeNull();
    expect(usableEntry(null, 'K', 1000, 11 * MIB, 5 * MIB)).toBeNull();
  });

  it('splits the parts into held and missing', () => {
    const ranges = partRanges(11 * MIB, 5 * MIB);
    const s = splitParts(ranges, good());
    expect(s.held.map((r) => r.number)).toEqual([1, 2]);
    expect(s.missing.map((r) => r.number)).toEqual([3]);
  });
});

describe('resume stores', () => {
  it('memory: copies records, prunes expired (and unreadable) ones; a reopened store sees the same records', async () => {
    const store = new MemoryResumeStore();
    const e = newEntry('K', start, 1000, 500, 10, 5 * MIB);
    await store.put(e);
    e.parts.push({ n: 1, etag: 'x' });
    expect(await store.get('K')).toMatchObject({ parts: [] });
    await store.put(newEntry('L', start, 1000, 5000, 10, 5 * MIB));
    await store.reopened().prune(1500);
    expect(store.entries().map((x) => x.key)).toEqual(['L']);
    expect(isExpired({}, 0)).toBe(true);
    await store.remove('L');
    expect(await store.get('L')).toBeNull();
  });

  it('without IndexedDB (jsdom, Node) the default store remembers nothing', async () => {
    expect(defaultResumeStore()).toBe(noResumeStore);
    expect(noResumeStore.available).toBe(false);
    expect(await noResumeStore.get('K')).toBeNull();
  });

  it('only Files with a name and a modification time are fingerprinted', () => {
    const k = { apikey: 'A', uploadApi: 'https://up', store: {}, partSize: 5 * MIB };
    expect(keyBase({ ...k, source: new Blob(['x']) })).toBeNull();
    const a = keyBase({ ...k, source: new File(['x'], 'a.txt', { lastModified: 5 }) });
    expect(a).toContain('a.txt');
    expect(keyBase({ ...k, source: new File(['x'], 'a.txt', { lastModified: 6 }) })).not.toBe(a);
    expect(keyBase({ ...k, store: { path: 'p/' }, source: new File(['x'], 'a.txt', { lastModified: 5 }) })).not.toBe(a);
    expect(keyBase({ ...k, apikey: 'B', source: new File(['x'], 'a.txt', { lastModified: 5 }) })).not.toBe(a);
  });
});

describe('the tracker', () => {
  it('chains writes, coalesces parts stored while one runs, and a removal comes last', async () => {
    const store = new MemoryResumeStore();
    const puts: number[] = [];
    const put = store.put.bind(store);
    store.put = (e) => { puts.push(e.parts.length); return put(e); };
    const t = new ResumeTracker(store, 1000, () => undefined);
    expect(await t.lookup('K', 0, 10 * MIB, 5 * MIB)).toBeNull();
    t.begin(start, 0, 10 * MIB, 5 * MIB);
    await t.idle();
    t.partStored(1, '"a"');
    t.partStored(2, '"b"');
    await t.idle();
    expect(puts).toEqual([0, 2]); // the two parts went in one write
    t.forget();
    t.partStored(3, '"c"');
    await t.idle();
    expect(store.entries()).toEqual([]);
    expect(puts).toEqual([0, 2]);
  });

  it('a store that fails costs only the resume: lookups answer null, errors go to the debug log', async () => {
    const failing = new MemoryResumeStore();
    failing.get = () => Promise.reject(new Error('quota'));
    failing.put = () => Promise.reject(new Error('quota'));
    const log: string[] = [];
    const t = new ResumeTracker(failing, 1000, (m) => log.push(m));
    expect(await t.lookup('K2', 0, 10, 5 * MIB)).toBeNull();
    t.begin(start, 0, 10, 5 * MIB);
    await t.idle();
    expect(log).toEqual(['could not read the record of this file: quota', 'could not save the record: quota']);
    t.forget();
  });
});
