/**
 * Bench-only storage double: a loopback HTTP server speaking the subset of the S3 API the reference server uses
 * (path-style: buckets, CORS, multipart start / part PUT / list / complete / abort, small objects, HEAD, GET, list,
 * copy, delete), which DISCARDS the bytes of every part PUT. It lets the reference server run unchanged, pointed at it
 * by configuration (`s3: { endpoint }`), so a benchmark sees the uploader's own ceiling: ours and a raw PUT against
 * the same sink, with no disk write, no hashing and no object assembly on the storage side.
 *
 * What it answers as S3 does: an `ETag` for each part (exposed to browsers through CORS), `ListParts`, the multipart
 * ETag on complete (MD5 of the parts' MD5s, then `-<count>`), the object's size, type and `x-amz-meta-*` afterwards.
 * What it does NOT do (said in BENCHMARKS.md): check signatures, or hash the bytes. A part's ETag is the `Content-MD5`
 * its PUT carried (what S3 answers when the bytes match it) or, without one, an MD5 of the upload id, part number and
 * length; the byte count is checked against `Content-Length`. Small objects (the server's handle records, markers)
 * are kept in memory, up to 1 MiB each; a larger PutObject is counted and discarded like a part.
 *
 *   npx tsx bench/sinkStorage.ts   (prints {"url": …} and serves until stdin ends; bench/sink.ts starts it so)
 */
import * as http from 'http';
import { createHash } from 'crypto';
import { AddressInfo } from 'net';
import { spawn } from 'child_process';
import { createInterface } from 'readline';

const KEEP_MAX = 1024 * 1024;

interface Obj { size: number; type: string; etag: string; meta: Record<string, string>; modified: Date; body?: Buffer }
interface Upload { bucket: string; key: string; type: string; meta: Record<string, string>; initiated: Date; parts: Map<number, { etag: string; size: number }> }

const md5 = (s: string | Buffer): string => createHash('md5').update(s).digest('hex');
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface Sink {
  url: string;
  /** bytes received in part PUTs (and large PutObjects) and discarded */
  discarded(): number;
  close(): Promise<void>;
}

function cors(res: http.ServerResponse, req: http.IncomingMessage): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'ETag');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'PUT, GET, HEAD, POST');
    res.setHeader('Access-Control-Allow-Headers', String(req.headers['access-control-request-headers'] || '*'));
    res.setHeader('Access-Control-Max-Age', '3000');
  }
}

function xml(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'application/xml' });
  res.end('<?xml version="1.0" encoding="UTF-8"?>\n' + body);
}

function fail(res: http.ServerResponse, status: number, code: string, message: string): void {
  if (res.req && res.req.method === 'HEAD') {
    res.writeHead(status);
    res.end();
  } else xml(res, status, '<Error><Code>' + code + '</Code><Message>' + esc(message) + '</Message></Error>');
}

function metaOf(req: http.IncomingMessage): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const h of Object.keys(req.headers)) if (h.indexOf('x-amz-meta-') === 0) meta[h.slice(11)] = String(req.headers[h]);
  return meta;
}

/** Reads the body: whole when `keep`, else only counted. Resolves with the bytes seen (and the body if kept). */
function drain(req: http.IncomingMessage, keep: boolean): Promise<{ n: number; body?: Buffer }> {
  return new Promise((resolve, reject) => {
    let n = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      n += c.length;
      if (keep) chunks.push(c);
    });
    req.on('end', () => resolve({ n, body: keep ? Buffer.concat(chunks) : undefined }));
    req.on('error', reject);
  });
}

function headers(res: http.ServerResponse, o: Obj): void {
  res.setHeader('Content-Type', o.type);
  res.setHeader('ETag', '"' + o.etag + '"');
  res.setHeader('Last-Modified', o.modified.toUTCString());
  for (const k of Object.keys(o.meta)) res.setHeader('x-amz-meta-' + k, o.meta[k]);
}

/** The state of the sink and its request handler. */
function makeHandler(): { handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>; discarded: () => number } {
  const buckets = new Set<string>();
  const objects = new Map<string, Obj>();
  const uploads = new Map<string, Upload>();
  let discarded = 0;
  let nextId = 1;
  const id = (b: string, k: string) => b + '/' + k;

  async function onObject(req: http.IncomingMessage, res: http.ServerResponse, bucket: string, key: string, q: URLSearchParams): Promise<void> {
    const m = req.method;
    const uploadId = q.get('uploadId');
    if (m === 'POST' && q.has('uploads')) {
      const u = String(nextId++);
      uploads.set(u, { bucket, key, type: String(req.headers['content-type'] || 'application/octet-stream'), meta: metaOf(req), initiated: new Date(), parts: new Map() });
      return xml(res, 200, '<InitiateMultipartUploadResult><Bucket>' + esc(bucket) + '</Bucket><Key>' + esc(key) + '</Key><UploadId>' + u + '</UploadId></InitiateMultipartUploadResult>');
    }
    if (uploadId !== null) {
      const up = uploads.get(uploadId);
      if (!up || up.bucket !== bucket || up.key !== key) return fail(res, 404, 'NoSuchUpload', 'no such upload');
      if (m === 'PUT') {
        const part = Number(q.get('partNumber'));
        const { n } = await drain(req, false);
        discarded += n;
        if (String(n) !== String(req.headers['content-length'])) return fail(res, 400, 'IncompleteBody', 'got ' + n + ' bytes');
        const given = req.headers['content-md5'];
        const etag = given ? Buffer.from(String(given), 'base64').toString('hex') : md5(uploadId + '/' + part + '/' + n);
        up.parts.set(part, { etag, size: n });
        res.writeHead(200, { ETag: '"' + etag + '"' });
        return void res.end();
      }
      if (m === 'GET') {
        const rows = Array.from(up.parts.entries()).sort((a, b) => a[0] - b[0]);
        return xml(res, 200, '<ListPartsResult><Bucket>' + esc(bucket) + '</Bucket><Key>' + esc(key) + '</Key><UploadId>' + uploadId + '</UploadId><IsTruncated>false</IsTruncated>' +
          rows.map(([p, v]) => '<Part><PartNumber>' + p + '</PartNumber><ETag>"' + v.etag + '"</ETag><Size>' + v.size + '</Size></Part>').join('') + '</ListPartsResult>');
      }
      if (m === 'DELETE') {
        uploads.delete(uploadId);
        res.writeHead(204);
        return void res.end();
      }
      if (m === 'POST') {
        const body = String((await drain(req, true)).body);
        const asked = Array.from(body.matchAll(/<Part>([\s\S]*?)<\/Part>/g)).map((x) => ({
          part: Number((/<PartNumber>(\d+)<\/PartNumber>/.exec(x[1]) || [])[1]),
          etag: ((/<ETag>([\s\S]*?)<\/ETag>/.exec(x[1]) || [])[1] || '').replace(/&quot;|"/g, ''),
        }));
        if (!asked.length) return fail(res, 400, 'MalformedXML', 'no parts');
        let size = 0;
        for (const a of asked) {
          const held = up.parts.get(a.part);
          if (!held || held.etag !== a.etag) return fail(res, 400, 'InvalidPart', 'part ' + a.part);
          size += held.size;
        }
        const etag = md5(Buffer.concat(asked.map((a) => Buffer.from(a.etag, 'hex')))) + '-' + asked.length;
        objects.set(id(bucket, key), { size, type: up.type, etag, meta: up.meta, modified: new Date() });
        uploads.delete(uploadId);
        return xml(res, 200, '<CompleteMultipartUploadResult><Bucket>' + esc(bucket) + '</Bucket><Key>' + esc(key) + '</Key><ETag>"' + etag + '"</ETag></CompleteMultipartUploadResult>');
      }
    }
    const o = objects.get(id(bucket, key));
    if (m === 'PUT') {
      const from = req.headers['x-amz-copy-source'];
      if (from) {
        const src = objects.get(decodeURIComponent(String(from)).replace(/^\//, ''));
        if (!src) return fail(res, 404, 'NoSuchKey', 'no such key');
        const copy = { ...src, type: String(req.headers['content-type'] || src.type), meta: metaOf(req), modified: new Date() };
        objects.set(id(bucket, key), copy);
        return xml(res, 200, '<CopyObjectResult><ETag>"' + copy.etag + '"</ETag><LastModified>' + copy.modified.toISOString() + '</LastModified></CopyObjectResult>');
      }
      const keep = Number(req.headers['content-length'] || 0) <= KEEP_MAX;
      const { n, body } = await drain(req, keep);
      if (!keep) discarded += n;
      const etag = body ? md5(body) : md5(bucket + '/' + key + '/' + n);
      objects.set(id(bucket, key), { size: n, type: String(req.headers['content-type'] || 'application/octet-stream'), etag, meta: metaOf(req), modified: new Date(), body });
      res.writeHead(200, { ETag: '"' + etag + '"' });
      return void res.end();
    }
    if (m === 'DELETE') {
      objects.delete(id(bucket, key));
      res.writeHead(204);
      return void res.end();
    }
    if (!o) return fail(res, 404, 'NoSuchKey', 'no such key');
    if (m === 'HEAD') {
      headers(res, o);
      res.setHeader('Content-Length', String(o.size));
      res.writeHead(200);
      return void res.end();
    }
    if (m === 'GET') {
      if (!o.body) return fail(res, 501, 'NotImplemented', 'the sink discarded this object\'s bytes');
      headers(res, o);
      res.writeHead(200, { 'Content-Length': String(o.body.length) });
      return void res.end(o.body);
    }
    fail(res, 405, 'MethodNotAllowed', String(m));
  }

  function listObjects(res: http.ServerResponse, bucket: string, q: URLSearchParams): void {
    const prefix = q.get('prefix') || '';
    const after = q.get('start-after') || '';
    const delimiter = q.get('delimiter');
    const keys = Array.from(objects.keys()).filter((k) => k.indexOf(bucket + '/') === 0).map((k) => k.slice(bucket.length + 1))
      .filter((k) => k.indexOf(prefix) === 0 && k > after).sort();
    const prefixes = new Set<string>();
    const contents: string[] = [];
    for (const k of keys) {
      const cut = delimiter ? k.indexOf(delimiter, prefix.length) : -1;
      if (cut >= 0) prefixes.add(k.slice(0, cut + 1));
      else {
        const o = objects.get(id(bucket, k)) as Obj;
        contents.push('<Contents><Key>' + esc(k) + '</Key><Size>' + o.size + '</Size><ETag>"' + o.etag + '"</ETag><LastModified>' + o.modified.toISOString() + '</LastModified></Contents>');
      }
    }
    xml(res, 200, '<ListBucketResult><Name>' + esc(bucket) + '</Name><Prefix>' + esc(prefix) + '</Prefix><KeyCount>' + contents.length + '</KeyCount><IsTruncated>false</IsTruncated>' +
      contents.join('') + Array.from(prefixes).map((p) => '<CommonPrefixes><Prefix>' + esc(p) + '</Prefix></CommonPrefixes>').join('') + '</ListBucketResult>');
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    cors(res, req);
    if (req.method === 'OPTIONS') {
      res.writeHead(200);
      return void res.end();
    }
    const u = new URL(req.url || '/', 'http://sink');
    const [bucket, ...rest] = u.pathname.slice(1).split('/').map(decodeURIComponent);
    const key = rest.join('/');
    const q = u.searchParams;
    if (!bucket) return xml(res, 200, '<ListAllMyBucketsResult><Buckets>' + Array.from(buckets).map((b) => '<Bucket><Name>' + esc(b) + '</Name></Bucket>').join('') + '</Buckets></ListAllMyBucketsResult>');
    if (!key) {
      if (req.method === 'PUT' && !q.has('cors')) buckets.add(bucket);
      if (!buckets.has(bucket)) return fail(res, 404, 'NoSuchBucket', 'no such bucket');
      await drain(req, false);
      if (req.method === 'GET' && q.has('uploads')) {
        const open = Array.from(uploads.entries()).filter(([, x]) => x.bucket === bucket);
        return xml(res, 200, '<ListMultipartUploadsResult><Bucket>' + esc(bucket) + '</Bucket><IsTruncated>false</IsTruncated>' +
          open.map(([i, x]) => '<Upload><Key>' + esc(x.key) + '</Key><UploadId>' + i + '</UploadId><Initiated>' + x.initiated.toISOString() + '</Initiated></Upload>').join('') + '</ListMultipartUploadsResult>');
      }
      if (req.method === 'GET') return listObjects(res, bucket, q);
      res.writeHead(200);
      return void res.end();
    }
    if (!buckets.has(bucket)) return fail(res, 404, 'NoSuchBucket', 'no such bucket');
    return onObject(req, res, bucket, key, q);
  }
  return { handle, discarded: () => discarded };
}

/** Starts the sink on a free loopback port. */
export async function startSink(): Promise<Sink> {
  const h = makeHandler();
  const server = http.createServer((req, res) => {
    h.handle(req, res).catch((e: Error) => {
      if (!res.headersSent) fail(res, 500, 'InternalError', e.message);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 60000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: 'http://127.0.0.1:' + (server.address() as AddressInfo).port,
    discarded: h.discarded,
    close: () => new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    }),
  };
}

/**
 * The sink in a process of its own (this file run by the same node and loader), so its work is not on the reference
 * server's or the uploader's thread. Resolves with its URL and a `stop` that ends it.
 */
export function spawnSink(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [...process.execArgv, __filename], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the sink did not start within 60 s')), 60000);
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ url: (JSON.parse(line) as { url: string }).url, stop: () => (child.stdin as NodeJS.WritableStream).end() });
    });
    child.once('exit', (code) => reject(new Error('the sink exited with ' + code)));
  });
}

if (require.main === module) {
  startSink().then((sink) => {
    process.stdout.write(JSON.stringify({ url: sink.url }) + '\n');
    process.stdin.on('end', () => sink.close().then(() => process.exit(0)));
    process.stdin.resume();
  }, (e: Error) => {
    process.stderr.write(String(e.stack) + '\n');
    process.exit(1);
  });
}
