/**
 * How the page starts the MD5 Worker, the way cross-origin libraries do. A dedicated Worker must be same-origin with
 * the page, so:
 * - when the Worker file (`filepicker.md5worker.js`, next to the main script) is same-origin with the page, it is
 *   started directly (it then runs under the CSP of its own response, so a strict page CSP does not matter);
 * - otherwise (the library is served from another origin, e.g. the API's) a same-origin Blob URL holding one line,
 *   `importScripts('<bundle folder>/filepicker.md5worker.js')`, is started instead. Such a Worker inherits the page's
 *   CSP: a page whose `worker-src` (or `script-src`, `default-src`) does not allow `blob:` refuses it, and the engine
 *   hashes on the main thread.
 * Only feature checks touch globals here.
 */
import { WorkerLike } from './types';

export interface Md5WorkerStart {
  /** Which way the Worker is started ('worker file' or 'blob URL'), named in the engine's debug log. */
  path: string;
  /** A new Worker, or null when the browser refuses to create it (SecurityError, CSP, no Blob URLs). */
  create(): WorkerLike | null;
}

/** `scheme://host[:port]` of an absolute URL, lower-cased; null for a relative one. */
function originOf(url: string): string | null {
  const m = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)/i.exec(url);
  if (!m) return null;
  const scheme = m[1].toLowerCase();
  let host = m[2].replace(/^[^@]*@/, '').toLowerCase();
  if ((scheme === 'http:' && /:80$/.test(host)) || (scheme === 'https:' && /:443$/.test(host))) host = host.replace(/:\d+$/, '');
  return scheme + '//' + host;
}

/** Whether `url` (absolute or relative) is same-origin with the page at `pageHref`. */
export function sameOrigin(url: string, pageHref: string | undefined): boolean {
  const target = originOf(url);
  if (target === null) return !/^\/\//.test(url); // relative to the page; a scheme-relative URL names a host
  return !!pageHref && originOf(pageHref) === target;
}

/** The Blob-URL Worker's one line (it loads the polyfills file first where the Worker lacks Promise). */
export function blobWorkerSource(workerUrl: string): string {
  const polyfills = workerUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, '') + 'filepicker.polyfills.js';
  return 'if(typeof Promise!=="function")importScripts(' + JSON.stringify(polyfills) + ');importScripts(' + JSON.stringify(workerUrl) + ');';
}

function newWorker(url: string): WorkerLike | null {
  try {
    return new Worker(url) as unknown as WorkerLike;
  } catch {
    return null; // SecurityError (cross-origin, CSP) or a refused URL: hash on the main thread
  }
}

/** A Blob URL made once, on first use; null where Blob URLs cannot be made. */
function blobUrlOnce(source: string): () => string | null {
  let made: string | null | undefined;
  return function () {
    if (made !== undefined) return made;
    made = null;
    try {
      if (typeof URL !== 'undefined' && typeof URL.createObjectURL === 'function') {
        made = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      }
    } catch {
      made = null;
    }
    return made;
  };
}

/** How to start the Worker for the script at `workerUrl` from the page at `pageHref`. */
export function md5WorkerStart(workerUrl: string, pageHref: string | undefined): Md5WorkerStart {
  if (sameOrigin(workerUrl, pageHref)) {
    return { path: 'worker file', create: function () { return newWorker(workerUrl); } };
  }
  const blobUrl = blobUrlOnce(blobWorkerSource(workerUrl));
  return {
    path: 'blob URL',
    create: function () {
      const url = blobUrl();
      return url ? newWorker(url) : null;
    },
  };
}
