/**
 * A Node transport on `node:http`/`node:https`, reached through `process.getBuiltinModule` (Node ≥ 20.16) so no
 * bundler sees it. In Node it is faster than fetch (about 2× less CPU per byte on loopback) and reports real upload
 * progress: the body is written in 1 MiB chunks and each flushed chunk counts.
 */
import { HttpRequest, HttpResponse, HttpTransport } from './types';
import { bodyLength, transportFailure as failure } from './signal';
import { attempt, Done, refused } from './attempt';

import type { NodeBufferStatic, NodeBytes, NodeHttp as HttpModule, NodeIncoming as IncomingMessage, NodeProcess } from './nodeTypes';

// typed in nodeTypes.ts (the bundle compiles without Node's types); `process` is checked before use
declare const process: NodeProcess | undefined;
declare const Buffer: NodeBufferStatic;

const CHUNK = 1024 * 1024;

/** The builtin modules, or null outside Node. */
function builtins(): { http: HttpModule; https: HttpModule } | null {
  if (typeof process === 'undefined' || !process || typeof process.getBuiltinModule !== 'function') return null;
  try {
    return { http: process.getBuiltinModule('http') as HttpModule, https: process.getBuiltinModule('https') as HttpModule };
  } catch {
    return null;
  }
}

/** The response of `res` (an IncomingMessage) with its bytes (a Buffer), read as `req.responseType` asks. */
function answer(res: IncomingMessage, bytes: NodeBytes, req: HttpRequest): HttpResponse {
  const t = req.responseType;
  return {
    status: res.statusCode || 0,
    text: t && t !== 'text' ? '' : bytes.toString('utf8'),
    body: t === 'blob' ? new Blob([new Uint8Array(bytes)]) : t === 'arraybuffer' ? new Uint8Array(bytes).buffer : undefined,
    headers: { get(name: string) { const v = res.headers[name.toLowerCase()]; return v === undefined ? null : Array.isArray(v) ? v.join(', ') : String(v); } },
  };
}

export function nodeHttpAvailable(): boolean {
  return builtins() !== null;
}

/** The body as bytes (strings, bytes and Blobs: Node's Blob has `arrayBuffer`). */
function toBytes(body: HttpRequest['body']): Promise<Uint8Array | string | undefined> {
  if (body === undefined || typeof body === 'string' || body instanceof Uint8Array) return Promise.resolve(body);
  return (body as Blob).arrayBuffer().then(function (b) { return new Uint8Array(b); });
}

/** The headers to send: the caller's plus Content-Length. */
function headersOf(req: HttpRequest, body: Uint8Array | string | undefined): { [k: string]: string | number } {
  const headers: { [k: string]: string | number } = {};
  const h = req.headers || {};
  for (const k in h) if (Object.prototype.hasOwnProperty.call(h, k)) headers[k] = h[k];
  headers['Content-Length'] = (typeof body === 'string' ? Buffer.byteLength(body) : bodyLength(body)) || 0;
  return headers;
}

/** Sends `body` (read already) on `mod`; returns how to cancel. Bytes go in 1 MiB writes, each reported once flushed. */
function send(mod: HttpModule, req: HttpRequest, body: Uint8Array | string | undefined, done: Done): () => void {
  let dead = false;
  const r = mod.request(new URL(req.url), { method: req.method, headers: headersOf(req, body) }, function (res: IncomingMessage) {
    const chunks: NodeBytes[] = [];
    res.on('data', function (c: NodeBytes) { chunks.push(c); });
    res.on('error', function (e: Error) { done(failure('TransportError', e.message)); });
    res.on('end', function () { done(null, answer(res, Buffer.concat(chunks), req)); });
  });
  r.on('error', function (e: { code?: string; message?: string } | null) { done(failure('TransportError', (e && (e.code || e.message)) || 'connection failed')); });
  const cancel = function () { dead = true; r.destroy(); };
  if (body === undefined || typeof body === 'string') {
    r.end(body);
    return cancel;
  }
  let offset = 0;
  const writeNext = function () {
    if (dead) return;
    if (offset >= body.byteLength) return r.end();
    const end = Math.min(body.byteLength, offset + CHUNK);
    const piece = body.subarray(offset, end);
    offset = end;
    r.write(piece, function (err?: Error | null) {
      if (err || dead) return;
      if (req.onUploadProgress) req.onUploadProgress(end, body.byteLength);
      writeNext();
    });
  };
  writeNext();
  return cancel;
}

export function nodeHttpTransport(): HttpTransport {
  const mods = builtins();
  return {
    streamsProgress: true,
    request(req: HttpRequest): Promise<HttpResponse> {
      if (!mods) return Promise.reject(new Error('filepicker: node:http is not available here; pass a transport'));
      return attempt(req, function (done) {
        let cancel = function () { /* set once the body is read */ };
        let dead = false;
        toBytes(req.body).then(function (body) {
          if (dead) return;
          const mod = /^https:/i.test(req.url) ? mods.https : mods.http;
          try {
            cancel = send(mod, req, body, done);
          } catch (e) {
            done(refused(e));
          }
        }, function (e: Error) { done(e); });
        return function () { dead = true; cancel(); };
      });
    },
  };
}
