import { CloudListing, CloudRef, SourceListing, SourceRef, StoredFile, StoreOptions, UploadEvents, Uploader, UploadSource } from '../../core/contracts';
import { AbortError } from '../../core/errors';

/** One call the dialog made to the fake engine; the test settles it. */
export interface FakeCall {
  kind: 'upload' | 'storeUrl' | 'storeFromSource' | 'cloudStore' | 'cloudLink';
  file?: UploadSource;
  url?: string;
  source?: SourceRef;
  cloud?: CloudRef;
  store: StoreOptions;
  events: UploadEvents;
  cancelled: boolean;
  resolve(file: StoredFile): void;
  reject(e: Error): void;
}

/** One listing the dialog asked for; the test settles it. */
export interface FakeListCall {
  container: string;
  path: string;
  cursor?: string;
  resolve(listing: SourceListing): void;
  reject(e: Error): void;
}

/** The cloud API origin whose OAuth popup messages the fake accepts. */
export const FAKE_CLOUD_ORIGIN = 'http://cloud.test';

/** One cloud listing the dialog asked for; the test settles it. */
export interface FakeCloudList {
  cloud: string;
  path: string;
  cursor?: string;
  /** a search (CloudApi.search) of this text, not a folder listing */
  search?: string;
  resolve(listing: CloudListing): void;
  reject(e: Error): void;
}

/** A cloud sign-in (or sign-out, without `fields`) the dialog asked for; the test settles it. */
export interface FakeCloudAuth {
  cloud?: string;
  fields?: { [field: string]: string };
  resolve(): void;
  reject(e: Error): void;
}

/** A discard the dialog asked for; the test settles it. */
export interface FakeDiscard {
  stored: StoredFile;
  resolve(): void;
  reject(e: Error): void;
}

/** The `offered` questions the dialog asked, and how the fake answers them (every cloud asked, unless a test says otherwise). */
export interface FakeOffers {
  asked: string[][];
  answer(clouds: string[]): Promise<string[] | null>;
}

/** A `cloud.thumbnail` call, left pending for the test to settle. */
export interface FakeThumb {
  file: CloudRef;
  signal?: AbortSignal;
  resolve: (b: Blob) => void;
  reject: (e: Error) => void;
}

/**
 * A test double of the Uploader seam (our own interface): records calls, settles nothing by itself (but `offered`,
 * answered by `offers.answer`).
 */
export function fakeUploader(): Uploader & { calls: FakeCall[]; lists: FakeListCall[]; discards: FakeDiscard[]; cloudLists: FakeCloudList[]; signIns: FakeCloudAuth[]; logouts: FakeCloudAuth[]; offers: FakeOffers; thumbs: FakeThumb[] } {
  const thumbs: FakeThumb[] = [];
  const offers: FakeOffers = { asked: [], answer: (clouds) => Promise.resolve(clouds) };
  const cloudLists: FakeCloudList[] = [];
  const signIns: FakeCloudAuth[] = [];
  const logouts: FakeCloudAuth[] = [];
  const calls: FakeCall[] = [];
  const lists: FakeListCall[] = [];
  const discards: FakeDiscard[] = [];
  function task(call: Omit<FakeCall, 'resolve' | 'reject' | 'cancelled'>) {
    let resolve!: (f: StoredFile) => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<StoredFile>((a, b) => {
      resolve = a;
      reject = b;
    });
    const c: FakeCall = { ...call, cancelled: false, resolve, reject };
    calls.push(c);
    return {
      promise,
      cancel() {
        c.cancelled = true;
        reject(new AbortError());
      },
      pause() {},
      resume() {},
    };
  }
  return {
    calls,
    lists,
    discards,
    cloudLists,
    signIns,
    logouts,
    offers,
    thumbs,
    cloud: {
      thumbnail: (file, signal) =>
        new Promise<Blob>((resolve, reject) => {
          thumbs.push({ file, signal, resolve, reject });
        }),
      list: (cloud, path, cursor) =>
        new Promise<CloudListing>((resolve, reject) => {
          cloudLists.push({ cloud, path, cursor, resolve, reject });
        }),
      search: (cloud, query, cursor) =>
        new Promise<CloudListing>((resolve, reject) => {
          cloudLists.push({ cloud, path: '/', cursor, search: query, resolve, reject });
        }),
      signIn: (cloud, fields) =>
        new Promise<void>((resolve, reject) => {
          signIns.push({ cloud, fields, resolve, reject });
        }),
      logout: (cloud) =>
        new Promise<void>((resolve, reject) => {
          logouts.push({ cloud, resolve, reject });
        }),
      store: (cloud, store, events) => task({ kind: 'cloudStore', cloud, store, events: events || {} }),
      link: (cloud, events) => task({ kind: 'cloudLink', cloud, store: {}, events: events || {} }),
      folderLink: () => Promise.resolve(null),
      offered: (clouds) => {
        offers.asked.push(clouds);
        return offers.answer(clouds);
      },
      // the real client's rule with a fixed cloud API origin (`FAKE_CLOUD_ORIGIN`)
      oauthMessage: (cloud, origin, data) => {
        const d = (data || {}) as { type?: string; cloud?: string; token?: string; error?: string; message?: string };
        if (origin !== FAKE_CLOUD_ORIGIN || d.type !== 'fp-cloud-auth' || d.cloud !== cloud) return Promise.resolve(null);
        if (d.token) return Promise.resolve({ signedIn: true as const });
        return Promise.resolve(d.error ? { signedIn: false as const, message: d.message || d.error } : null);
      },
    },
    discard: (s) =>
      new Promise<void>((resolve, reject) => {
        discards.push({ stored: s, resolve, reject });
      }),
    upload: (file, store, events) => task({ kind: 'upload', file, store, events: events || {} }),
    storeUrl: (url, store, events) => task({ kind: 'storeUrl', url, store, events: events || {} }),
    storeFromSource: (source, store, events) => task({ kind: 'storeFromSource', source, store, events: events || {} }),
    listSource: (container, path, cursor) =>
      new Promise<SourceListing>((resolve, reject) => {
        lists.push({ container, path, cursor, resolve, reject });
      }),
  };
}

export function stored(name: string, size: number, type = 'image/png'): StoredFile {
  return { handle: 'H' + name.length, url: 'http://127.0.0.1/api/file/H' + name.length, filename: name, mimetype: type, size };
}
