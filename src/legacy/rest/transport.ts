/**
 * The HTTP seam of the REST functions: one request in, one response out, with byte progress. The browser
 * implementation uses XMLHttpRequest (upload and download progress, credentials for logout); tests may inject
 * another transport. ES5 only: no fetch, no Promise needed.
 */
export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: { [name: string]: string };
  body?: string | Blob | FormData | null;
  /** Read the answer as bytes (a binary string, one char per byte) instead of text. */
  binary?: boolean;
  withCredentials?: boolean;
  /** Bytes sent (requests with a body) or received (GET) so far. */
  onProgress?(loaded: number, total: number): void;
}

export interface HttpResponse {
  /** HTTP status; 0 when no answer came (network failure, CORS refusal). */
  status: number;
  /** The answer's text, or its bytes as a binary string for `binary` requests. */
  body: string;
  /** Why the request could not be made at all (the browser refused it), when status is 0. */
  error?: string;
}

export type Transport = (req: HttpRequest, done: (res: HttpResponse) => void) => void;

const CHUNK = 8192;

/** The bytes of an ArrayBuffer as a binary string. */
export function bufferToBinary(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const part: number[] = [];
    for (let j = i; j < end; j++) part.push(bytes[j]);
    out += String.fromCharCode.apply(null, part);
  }
  return out;
}

/** Text read with the `x-user-defined` charset maps bytes 0x80–0xFF to U+F780–U+F7FF: keep the low byte. */
function userDefinedToBinary(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += CHUNK) {
    const part: number[] = [];
    const end = Math.min(text.length, i + CHUNK);
    for (let j = i; j < end; j++) part.push(text.charCodeAt(j) & 0xff);
    out += String.fromCharCode.apply(null, part);
  }
  return out;
}

function progressHandler(req: HttpRequest): ((e: ProgressEvent) => void) | undefined {
  const cb = req.onProgress;
  if (!cb) return undefined;
  return function (e: ProgressEvent) {
    if (e.lengthComputable && e.total > 0) cb(e.loaded, e.total);
  };
}

/** The XMLHttpRequest transport. */
export const xhrTransport: Transport = function (req, done) {
  try {
    send(req, done);
  } catch (e) {
    // the browser refused the request (a malformed URL or header): answered like a network failure, later.
    const why = e && (e as Error).message ? (e as Error).name + ': ' + (e as Error).message : String(e);
    setTimeout(function () {
      done({ status: 0, body: '', error: why });
    }, 0);
  }
};

function send(req: HttpRequest, done: (res: HttpResponse) => void): void {
  const xhr = new XMLHttpRequest();
  let finished = false;
  let arrayBuffer = false;
  const finish = function (status: number) {
    if (finished) return;
    finished = true;
    let body = '';
    try {
      if (status !== 0) {
        if (arrayBuffer) body = xhr.response ? bufferToBinary(xhr.response as ArrayBuffer) : '';
        else body = req.binary ? userDefinedToBinary(xhr.responseText || '') : xhr.responseText || '';
      }
    } catch (_e) {
      body = '';
    }
    done({ status: status, body: body });
  };
  xhr.open(req.method, req.url, true);
  if (req.binary) {
    try {
      xhr.responseType = 'arraybuffer';
      arrayBuffer = xhr.responseType === 'arraybuffer';
    } catch (_e) {
      arrayBuffer = false;
    }
    if (!arrayBuffer && xhr.overrideMimeType) xhr.overrideMimeType('text/plain; charset=x-user-defined');
  }
  if (req.withCredentials) xhr.withCredentials = true;
  const headers = req.headers || {};
  for (const name in headers) {
    if (Object.prototype.hasOwnProperty.call(headers, name)) xhr.setRequestHeader(name, headers[name]);
  }
  const onProgress = progressHandler(req);
  if (onProgress) {
    if (req.body != null && xhr.upload) xhr.upload.onprogress = onProgress;
    else if (req.body == null) xhr.onprogress = onProgress;
  }
  xhr.onreadystatechange = function () {
    // status 0 at readyState 4 is a failure; onerror reports it too, `finished` keeps it to one answer.
    if (xhr.readyState === 4) finish(xhr.status);
  };
  xhr.onerror = function () {
    finish(0);
  };
  xhr.send(req.body == null ? null : (req.body as any));
}
