/**
 * Reads an image for processImage as a File: one GET with `responseType: 'blob'` (every browser with a canvas has it).
 * The name comes from the caller, else the answer's `Content-Disposition` (the file API sends it), else the last path
 * segment. Cross-origin reads need `Access-Control-Allow-Origin` on the answer (the reference server sends `*`).
 */

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

/** Starts the GET; `cancel()` aborts it (the promise then never settles). */
export function fetchImage(win: Window, url: string, name: string | undefined): { promise: Promise<FetchedImage>; cancel(): void } {
  const xhr = new (win as any).XMLHttpRequest() as XMLHttpRequest;
  const promise = new Promise<FetchedImage>(function (resolve, reject) {
    xhr.open('GET', url, true);
    xhr.responseType = 'blob';
    xhr.onload = function () {
      if (xhr.status < 200 || xhr.status >= 300) return reject({ status: xhr.status });
      const blob = xhr.response as Blob;
      const filename = name || filenameOf(xhr.getResponseHeader('Content-Disposition')) || lastSegment(url);
      let file: Blob & { name?: string };
      try {
        file = new (win as any).File([blob], filename, { type: blob.type });
      } catch (_e) {
        file = blob;
        file.name = filename;
      }
      resolve({ file, status: xhr.status });
    };
    xhr.onerror = function () {
      reject({ status: 0 });
    };
    xhr.send();
  });
  return {
    promise,
    cancel: function () {
      xhr.onload = null;
      xhr.onerror = null;
      xhr.abort();
    },
  };
}
