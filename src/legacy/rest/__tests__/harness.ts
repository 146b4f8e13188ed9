import { createUploadQueue } from '../../../upload/batch';
/**
 * Test harness: the REST members over an injected transport that records requests and answers on demand, and retry
 * timers that run at once (each wait is recorded in `waits`).
 */
import { StoreOptions, UploadEvents, Uploader, UploadSource, UploadTask, StoredFile } from '../../../core/contracts';
import { LegacyContext } from '../../context';
import { createRestMembers } from '../members';
import { HttpRequest, HttpResponse, RetryEnvironment } from '../../../core/http/types';
import { transportFailure } from '../../../core/http/signal';

export interface Pending {
  req: HttpRequest;
  /** Answers with this status and text (bytes for `arraybuffer` requests); status 0 = no answer (a TransportError). */
  answer(status: number, body?: string, headers?: { [name: string]: string }): void;
  /** No answer: the transport rejects with `error` (e.g. a TimeoutError). */
  fail(error: Error): void;
  answered: boolean;
}

/** A binary string's bytes. */
function toBuffer(binary: string): ArrayBuffer {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
  return bytes.buffer;
}

function response(req: HttpRequest, status: number, body: string, headers: { [name: string]: string }): HttpResponse {
  const get = (name: string) => {
    for (const k in headers) if (k.toLowerCase() === name.toLowerCase()) return headers[k];
    return null;
  };
  if (req.responseType === 'arraybuffer') return { status, text: '', body: toBuffer(body), headers: { get } };
  return { status, text: body, headers: { get } };
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
  const cloudLogouts: Array<{ cloud?: string; token?: string }> = [];
  const ctx = new LegacyContext({
    queue: createUploadQueue,
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
      cloud: {
        list: () => Promise.reject(new Error('not used by the REST functions')),
        search: () => Promise.reject(new Error('not used by the REST functions')),
        signIn: () => Promise.reject(new Error('not used by the REST functions')),
        oauthMessage: () => Promise.reject(new Error('not used by the REST functions')),
        offered: () => Promise.reject(new Error('not used by the REST functions')),
        thumbnail: () => Promise.reject(new Error('not used by the REST functions')),
        folderLink: () => Promise.reject(new Error('not used by the REST functions')),
        store(): UploadTask {
          throw new Error('not used by the REST functions');
        },
        link(): UploadTask {
          throw new Error('not used by the REST functions');
        },
        logout(cloud?: string) {
          cloudLogouts.push({ cloud, token: opts.cloud && opts.cloud.token });
          if (opts.cloud) opts.cloud.token = undefined;
          return Promise.resolve();
        },
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
  const waits: number[] = [];
  const timers: RetryEnvironment = {
    setTimeout: (fn, ms) => {
      waits.push(ms);
      return setTimeout(fn, 0);
    },
    clearTimeout: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
    random: () => 0.5,
    isOnline: () => false, // REST never waits for the network (policy.ts): the harness says offline to prove it
    onOnline: () => () => undefined,
  };
  const transport = {
    request: (req: HttpRequest) =>
      new Promise<HttpResponse>((resolve, reject) => {
        const p: Pending = {
          req,
          answered: false,
          answer: (status, body = '', headers = {}) => {
            p.answered = true;
            if (status === 0) reject(transportFailure('TransportError', 'the connection failed (network error, or the server does not allow this origin)'));
            else resolve(response(req, status, body, headers));
          },
          fail: (error) => {
            p.answered = true;
            reject(error);
          },
        };
        requests.push(p);
      }),
  };
  const members = createRestMembers({ transport, timers });
  const call = (name: string, ...args: unknown[]) => members[name](ctx, args);
  /** Answers every request with `status` and `body`, retries included, until no new request comes. */
  const answerAll = async (status: number, body = '') => {
    for (let i = 0; i < 20; i++) {
      const open = requests.filter((r) => !r.answered);
      if (!open.length) return;
      open.forEach((r) => r.answer(status, body));
      await tick();
    }
  };
  return { ctx, requests, uploads, call, members, waits, answerAll, cloudLogouts };
}

/**
 * Waits `ms` after the current promise chains settled: the first timer runs only once every microtask did, so a
 * callback that an answered request schedules (setTimeout 0) always runs before the wait ends.
 */
export const tick = (ms = 5) => new Promise((r) => setTimeout(() => setTimeout(r, ms), 0));

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
