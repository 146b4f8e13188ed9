/**
 * A loopback double of what the `rackspace` store location calls (Rackspace Cloud Files cannot be reached from the
 * tests; see README.md here): Rackspace identity v2.0 API-key auth (`POST /identity/v2.0/tokens`, answering a token
 * and a service catalog with the Cloud Files URL of region `DFW`) and the OpenStack Swift object API on that account
 * (`/v1/MossoCloudFS_test`): container HEAD/PUT/GET (JSON listing with `prefix`, `marker`, `limit`), object
 * PUT/GET/HEAD/DELETE with `X-Object-Meta-*`, `Content-Type`, `Range`, and a request `ETag` checked against the bytes
 * (422 on a mismatch); static large objects: `?multipart-manifest=put` (each segment must exist with that ETag and
 * size, else 400), GET of a manifest answers the segments' bytes in order, `?multipart-manifest=get&format=raw` the
 * manifest, `?multipart-manifest=delete` deletes the segments with it. Every call needs `X-Auth-Token` (401).
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { createHash, randomBytes } from 'crypto';

export interface SwiftObject {
  bytes: Buffer;
  contentType: string;
  meta: Record<string, string>;
  etag: string;
  modified: Date;
  /** a static large object: its segments' paths, ETags and sizes */
  manifest?: { path: string; etag: string; size_bytes: number }[];
}

export interface SwiftDouble {
  identity: string;
  /** the account's URL, as the catalog names it */
  storageUrl: string;
  username: string;
  apiKey: string;
  /** containers: name -> objects by name */
  containers: Map<string, Map<string, SwiftObject>>;
  /** method and path (with query) of every storage call */
  calls: { method: string; path: string }[];
  /** tokens handed out so far (the last is valid); `expire()` makes it invalid, as an expired token */
  expire(): void;
  /** the bytes of an object (a large object's: its segments' bytes in order) */
  content(container: string, name: string): Buffer | undefined;
  stop(): Promise<void>;
}

const ACCOUNT = '/v1/MossoCloudFS_test';
const md5 = (b: Buffer): string => createHash('md5').update(b).digest('hex');

class Double {
  readonly containers = new Map<string, Map<string, SwiftObject>>();
  readonly calls: SwiftDouble['calls'] = [];
  readonly creds = { username: 'rack-user', apiKey: 'rack-key-' + randomBytes(4).toString('hex') };
  token = '';
  base = '';

  content(container: string, name: string): Buffer | undefined {
    const o = this.containers.get(container)?.get(name);
    if (!o || !o.manifest) return o && o.bytes;
    return Buffer.concat(o.manifest.map((s) => this.lookup(s.path)?.bytes || Buffer.alloc(0)));
  }

  lookup(path: string): SwiftObject | undefined {
    const [, c, ...rest] = path.split('/');
    return this.containers.get(c)?.get(rest.join('/'));
  }

  identity(body: Buffer, res: http.ServerResponse): void {
    let ok = false;
    try {
      const c = (JSON.parse(body.toString()) as { auth: Record<string, { username: string; apiKey: string }> }).auth['RAX-KSKEY:apiKeyCredentials'];
      ok = c.username === this.creds.username && c.apiKey === this.creds.apiKey;
    } catch {
      ok = false;
    }
    if (!ok) return send(res, 401, { unauthorized: { code: 401, message: 'Unable to authenticate user with credentials provided.' } });
    this.token = 'tok-' + randomBytes(8).toString('hex');
    const expires = new Date(Date.now() + 86400000).toISOString();
    const catalog = [{ name: 'cloudFiles', type: 'object-store', endpoints: [{ region: 'ORD', publicURL: this.base + '/v1/MossoCloudFS_other' }, { region: 'DFW', publicURL: this.base + ACCOUNT }] }];
    send(res, 200, { access: { token: { id: this.token, expires }, serviceCatalog: catalog } });
  }

  container(method: string, name: string, url: URL, res: http.ServerResponse): void {
    const c = this.containers.get(name);
    if (method === 'PUT') {
      if (!c) this.containers.set(name, new Map());
      return end(res, c ? 202 : 201);
    }
    if (!c) return end(res, 404);
    if (method === 'HEAD') return end(res, 204, { 'X-Container-Object-Count': String(c.size) });
    const prefix = url.searchParams.get('prefix') || '';
    const marker = url.searchParams.get('marker') || '';
    const limit = Number(url.searchParams.get('limit') || 10000);
    const names = Array.from(c.keys()).sort().filter((n) => n.indexOf(prefix) === 0 && n > marker).slice(0, limit);
    if (!names.length) return end(res, 204);
    send(res, 200, names.map((n) => {
      const o = c.get(n) as SwiftObject;
      return { name: n, bytes: o.bytes.length, hash: o.etag, content_type: o.contentType, last_modified: o.modified.toISOString().replace('Z', '') };
    }));
  }

  put(c: Map<string, SwiftObject>, name: string, req: http.IncomingMessage, url: URL, body: Buffer, res: http.ServerResponse): void {
    const meta: Record<string, string> = {};
    for (const k of Object.keys(req.headers)) if (k.indexOf('x-object-meta-') === 0) meta[k.slice(14)] = String(req.headers[k]);
    const contentType = String(req.headers['content-type'] || 'application/octet-stream');
    if (url.searchParams.get('multipart-manifest') === 'put') {
      const manifest = JSON.parse(body.toString()) as SwiftObject['manifest'] & object;
      for (const s of manifest) {
        const seg = this.lookup(s.path);
        if (!seg || seg.etag !== s.etag || seg.bytes.length !== s.size_bytes) return end(res, 400, {}, `Errors:\n${s.path}, Etag Mismatch or missing`);
      }
      const etag = md5(Buffer.from(manifest.map((s) => s.etag).join('')));
      const size = manifest.reduce((n, s) => n + s.size_bytes, 0);
      c.set(name, { bytes: Buffer.alloc(0), contentType, meta, etag: `"${etag}"`, modified: new Date(), manifest });
      return end(res, 201, { ETag: `"${etag}"`, 'X-Fake-Size': String(size) });
    }
    const etag = md5(body);
    if (req.headers.etag && String(req.headers.etag).replace(/"/g, '') !== etag) return end(res, 422, {}, 'Unprocessable Entity');
    c.set(name, { bytes: body, contentType, meta, etag, modified: new Date() });
    end(res, 201, { ETag: etag });
  }

  object(req: http.IncomingMessage, c: Map<string, SwiftObject>, name: string, url: URL, body: Buffer, res: http.ServerResponse): void {
    const method = req.method || '';
    if (method === 'PUT') return this.put(c, name, req, url, body, res);
    const o = c.get(name);
    if (!o) return end(res, 404);
    const mm = url.searchParams.get('multipart-manifest');
    if (method === 'DELETE') {
      if (mm === 'delete' && o.manifest) for (const s of o.manifest) this.containers.get(s.path.split('/')[1])?.delete(s.path.split('/').slice(2).join('/'));
      c.delete(name);
      return end(res, 204);
    }
    if (mm === 'get' && o.manifest) return send(res, 200, o.manifest, { 'X-Static-Large-Object': 'True' });
    const bytes = this.content(url.pathname.split('/')[3], name) as Buffer;
    const headers: Record<string, string> = { 'Content-Type': o.contentType, ETag: o.etag, 'Last-Modified': o.modified.toUTCString(), 'Content-Length': String(bytes.length) };
    if (o.manifest) headers['X-Static-Large-Object'] = 'True';
    for (const k of Object.keys(o.meta)) headers['X-Object-Meta-' + k] = o.meta[k];
    const m = req.headers.range ? /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range)) : null;
    if (method === 'HEAD') return end(res, 200, headers);
    if (!m) return end(res, 200, headers, bytes);
    const start = Number(m[1]);
    const stop = m[2] ? Math.min(Number(m[2]), bytes.length - 1) : bytes.length - 1;
    end(res, 206, { ...headers, 'Content-Length': String(stop - start + 1), 'Content-Range': `bytes ${start}-${stop}/${bytes.length}` }, bytes.subarray(start, stop + 1));
  }

  serve(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): void {
    const url = new URL(req.url || '/', 'http://x');
    if (url.pathname === '/identity/v2.0/tokens' && req.method === 'POST') return this.identity(body, res);
    if (url.pathname.indexOf(ACCOUNT + '/') !== 0) return end(res, 404);
    this.calls.push({ method: req.method || '', path: url.pathname + url.search });
    if (!this.token || req.headers['x-auth-token'] !== this.token) return end(res, 401);
    const [container, ...rest] = url.pathname.slice(ACCOUNT.length + 1).split('/').map(decodeURIComponent);
    if (!rest.length) return this.container(req.method || '', container, url, res);
    const c = this.containers.get(container);
    if (!c) return end(res, 404);
    this.object(req, c, rest.join('/'), url, body, res);
  }
}

function end(res: http.ServerResponse, status: number, headers: Record<string, string> = {}, body?: Buffer | string): void {
  res.writeHead(status, headers);
  res.end(body);
}

function send(res: http.ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  end(res, status, { 'Content-Type': 'application/json; charset=utf-8', ...headers }, JSON.stringify(json));
}

export async function startSwiftDouble(): Promise<SwiftDouble> {
  const d = new Double();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => d.serve(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  d.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    identity: d.base + '/identity/v2.0',
    storageUrl: d.base + ACCOUNT,
    ...d.creds,
    containers: d.containers,
    calls: d.calls,
    expire: () => (d.token = 'expired-' + d.token),
    content: (c, n) => d.content(c, n),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
