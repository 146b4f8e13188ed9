/**
 * A Node transport on `node:http`/`node:https`, reached through `process.getBuiltinModule` (Node ≥ 20.16) so no
 * bundler sees it. In Node it is faster than fetch (about 2× less CPU per byte on loopback) and reports real upload
 * progress: the body is written in 1 MiB chunks and each flushed chunk counts.
 */
import { HttpRequest, HttpResponse, HttpTransport } from './types';
import { abortedTransportError } from './signal';
import { bodyLength } from './bodyLength';
import { readBlob } from './md5';

declare const process: any;
declare const Buffer: any;

const CHUNK = 1024 * 1024;

function failure(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

/** The builtin modules, or null outside Node. */
function builtins(): { http: any; https: any } | null {
  if (typeof process === 'undefined' || !process || typeof process.getBuiltinModule !== 'function') return null;
  try {
    return { http: process.getBuiltinModule('http'), https: process.getBuiltinModule('https') };
  } catch {
    return null;
  }
}

export function nodeHttpAvailable(): boolean {
  return builtins() !== null;
}

function toBytes(body: HttpRequest['body']): Promise<Uint8Array | string | undefined> {
  if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) return Promise.resolve(body);
  return readBlob(body).then(function (b) { return new Uint8Array(b); });
}

export function nodeHttpTransport(): HttpTransport {
  const mods = builtins();
  return {
    streamsProgress: true,
    request(req: HttpRequest): Promise<HttpResponse> {
      if (!mods) return Promise.reject(new Error('filepicker: node:http is not available here; pass a transport'));
      if (req.signal && req.signal.aborted) return Promise.reject(abortedTransportError());
      return toBytes(req.body).then(function (body) {
        return new Promise<HttpResponse>(function (resolve, reject) {
          let settled = false;
          let timer: any = null;
          let offAbort = function () { /* set below */ };
          const finish = function (err: Error | null, res?: HttpResponse) {
            if (settled) return;
            settled = true;
            if (timer) clearTimeout(timer);
            offAbort();
            if (err) reject(err);
            else resolve(res as HttpResponse);
          };
          const url = new URL(req.url);
          const headers: { [k: string]: string | number } = {};
          const h = req.headers || {};
          for (const k in h) if (Object.prototype.hasOwnProperty.call(h, k)) headers[k] = h[k];
          const length = typeof body === 'string' ? Buffer.byteLength(body) : bodyLength(body);
          headers['Content-Length'] = length || 0;
          const mod = url.protocol === 'https:' ? mods.https : mods.http;
          const r = mod.request(url, { method: req.method, headers }, function (res: any) {
            const chunks: any[] = [];
            res.on('data', function (c: any) { chunks.push(c); });
            res.on('error', function (e: Error) { finish(failure('TransportError', e.message)); });
            res.on('end', function () {
              const text = Buffer.concat(chunks).toString('utf8');
              finish(null, { status: res.statusCode, text, headers: { get(name: string) { const v = res.headers[name.toLowerCase()]; return v === undefined ? null : Array.isArray(v) ? v.join(', ') : String(v); } } });
            });
          });
          r.on('error', function (e: any) {
            if (settled) return;
            if (req.signal && req.signal.aborted) finish(abortedTransportError());
            else finish(failure('TransportError', (e && (e.code || e.message)) || 'connection failed'));
          });
          if (req.signal) offAbort = req.signal.onAbort(function () { finish(abortedTransportError()); r.destroy(); });
          if (req.timeoutMs) timer = setTimeout(function () { finish(failure('TimeoutError', 'no answer within ' + req.timeoutMs + ' ms')); r.destroy(); }, req.timeoutMs);
          if (body === undefined) return r.end();
          if (typeof body === 'string') return r.end(body);
          let offset = 0;
          const writeNext = function () {
            if (settled) return;
            if (offset >= body.byteLength) return r.end();
            const end = Math.min(body.byteLength, offset + CHUNK);
            const piece = body.subarray(offset, end);
            offset = end;
            r.write(piece, function (err?: Error) {
              if (err || settled) return;
              if (req.onUploadProgress) req.onUploadProgress(end);
              writeNext();
            });
          };
          writeNext();
        });
      });
    },
  };
}
