/** Test harness: the REST members over an injected transport that records requests and answers on demand. */
import { StoreOptions, UploadEvents, Uploader, UploadSource, UploadTask, StoredFile } from '../../../core/contracts';
import { LegacyContext } from '../../context';
import { createRestMembers } from '../members';
import { HttpRequest, HttpResponse } from '../transport';

export interface Pending {
  req: HttpRequest;
  answer(status: number, body?: string): void;
}

export interface UploadCall {
  file: UploadSource;
  store: StoreOptions;
  events?: UploadEvents;
  security: unknown;
  resolve(f: StoredFile): void;
  reject(e: unknown): void;
}

export function harness(base = 'http://127.0.0.1:9') {
  const requests: Pending[] = [];
  const uploads: UploadCall[] = [];
  const ctx = new LegacyContext({
    dialog: () => {
      throw new Error('no dialog in REST tests');
    },
    uploader: (opts): Uploader => ({
      upload(file, store, events): UploadTask {
        let resolve!: (f: StoredFile) => void;
        let reject!: (e: unknown) => void;
        const promise = new Promise<StoredFile>((res, rej) => {
          resolve = res;
          reject = rej;
        });
        uploads.push({ file, store, events, security: opts.security, resolve, reject });
        return { promise, cancel() {}, pause() {}, resume() {} };
      },
      storeUrl(): UploadTask {
        throw new Error('not used by the REST functions');
      },
      listSource(): Promise<never> {
        throw new Error('not used by the REST functions');
      },
      storeFromSource(): UploadTask {
        throw new Error('not used by the REST functions');
      },
      discard(): Promise<void> {
        throw new Error('not used by the REST functions');
      },
    }),
  });
  ctx.setKey('KEY');
  ctx.configureHosts(base);
  const members = createRestMembers((req, done: (r: HttpResponse) => void) => {
    requests.push({ req, answer: (status, body = '') => done({ status, body }) });
  });
  const call = (name: string, ...args: unknown[]) => members[name](ctx, args);
  return { ctx, requests, uploads, call, members };
}

export const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

/** Callbacks that record what they got, with the number of arguments. */
export function spies() {
  const s = jest.fn();
  const e = jest.fn();
  const p = jest.fn();
  return { s, e, p };
}

export function fileJson(handle: string, extra: object = {}): string {
  return JSON.stringify({ url: 'http://127.0.0.1:9/api/file/' + handle, handle, filename: 'a.txt', mimetype: 'text/plain', size: 5, key: 'k/' + handle, container: 'bucket', ...extra });
}
