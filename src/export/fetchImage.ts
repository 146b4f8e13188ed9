/**
 * Reads an image for processImage as a File: one GET for a Blob through the library's HTTP stack (fetch where the
 * page has it, else XHR). The name comes from the caller, else the answer's `Content-Disposition` (the file API sends
 * it), else the last path segment. Cross-origin reads need `Access-Control-Allow-Origin` on the answer (the reference
 * server sends `*`).
 */
import { HttpTransport } from '../core/http/types';
import { BrowserScope, browserTransport } from '../core/http/defaultTransport';
import { Aborter } from '../core/http/signal';

export interface FetchedImage {
  file: Blob & { name?: string };
  status: number;
}

/** `filename="a b.png"` or `filename*=UTF-8''a%20b.png` of a Content-Disposition value. */
export function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*\s*=\s*[^']*''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].replace(/^\s+|\s+$/g, ''));
    } catch (_e) {
      // fall back to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  if (!plain) return undefined;
  const v = (plain[2] !== undefined ? plain[2] : plain[1]).replace(/^\s+|\s+$/g, '');
  return v || undefined;
}

function lastSegment(url: string): string {
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return path.slice(path.lastIndexOf('/') + 1) || 'image';
}

/** The blob as a File named `filename` (a Blob with a `name` where `File` cannot be constructed). */
function asFile(win: Window, blob: Blob, filename: string): Blob & { name?: string } {
  try {
    return new (win as unknown as { File: typeof File }).File([blob], filename, { type: blob.type });
  } catch (_e) {
    const file: Blob & { name?: string } = blob;
    file.name = filename;
    return file;
  }
}

/**
 * Starts the GET; `cancel()` aborts it (the promise then never settles). Rejects with `{status}`: the HTTP status, or
 * 0 when no answer came.
 */
export function fetchImage(win: Window, url: string, name: string | undefined, transport?: HttpTransport): { promise: Promise<FetchedImage>; cancel(): void } {
  const abort = new Aborter();
  const http = transport || browserTransport(win as unknown as BrowserScope);
  const promise = new Promise<FetchedImage>(function (resolve, reject) {
    http.request({ method: 'GET', url: url, responseType: 'blob', signal: abort }).then(
      function (res) {
        if (abort.aborted) return;
        const blob = res.body as Blob | undefined;
        if (res.status < 200 || res.status >= 300 || !blob) return reject({ status: res.status });
        const filename = name || filenameOf(res.headers.get('Content-Disposition')) || lastSegment(url);
        resolve({ file: asFile(win, blob, filename), status: res.status });
      },
      function () {
        if (!abort.aborted) reject({ status: 0 });
      },
    );
  });
  return {
    promise,
    cancel: function () {
      abort.abort();
    },
  };
}
