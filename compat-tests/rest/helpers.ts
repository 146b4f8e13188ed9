/** Shared helpers of the REST compat tests: a page pointed at an in-process reference server, and promisified calls. */
import { loadPage, Page, PageValue } from '../helpers/page';
import { encodePolicy, sign } from '../../server/src/index';

export const OPEN = 'OPENKEY';
export const SECURE = 'SECUREKEY';
export const SECRET = 'the-app-secret';

/** A page (by default on another origin, as real pages are) whose library talks to `base`, with `key` set. */
export async function restPage(base: string, key = OPEN, url?: string): Promise<Page> {
  const pg = await loadPage({ url, before: 'window.filepicker = { hostname: ' + JSON.stringify(base) + ' };' });
  pg.filepicker.setKey(key);
  return pg;
}

export interface Result {
  ok: boolean;
  value?: PageValue;
  /** How many arguments onSuccess got. */
  argc?: number;
  error?: PageValue;
  progress: number[];
  /** True when a callback ran inside the call itself (must never happen). */
  sync: boolean;
}

/** Calls `fn(filepicker, onSuccess, onError, onProgress)` and waits for onSuccess or onError. */
export function run(pg: Page, fn: (fp: PageValue, s: (...a: PageValue[]) => void, e: (err: PageValue) => void, p: (n: number) => void) => void): Promise<Result> {
  return new Promise((resolve) => {
    const progress: number[] = [];
    let inCall = true;
    let sync = false;
    const mark = () => {
      if (inCall) sync = true;
    };
    fn(
      pg.filepicker,
      function (...a: PageValue[]) {
        mark();
        resolve({ ok: true, value: a[0], argc: a.length, progress, sync });
      },
      (err) => {
        mark();
        resolve({ ok: false, error: err, progress, sync });
      },
      (n) => {
        mark();
        progress.push(n);
      },
    );
    inCall = false;
  });
}

/** A policy allowing every call for an hour, and its signature with `secret`. */
export function security(secret = SECRET, extra: object = {}): { policy: string; signature: string } {
  const policy = encodePolicy({ expiry: Math.floor(Date.now() / 1000) + 3600, call: ['read', 'stat', 'write', 'writeUrl', 'store', 'convert', 'remove'], ...extra });
  return { policy, signature: sign(policy, secret) };
}

/** The handle of a file URL. */
export function handleOf(url: string): string {
  return url.split('/').pop() as string;
}
