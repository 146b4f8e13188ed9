/** Helpers of the server tests: a tiny client of the upload protocol over real HTTP (Node's fetch). */
import { createHash, randomBytes } from 'crypto';

export const MiB = 1024 * 1024;

export function md5b64(b: Buffer): string {
  return createHash('md5').update(b).digest('base64');
}

export function bytes(n: number, seed = 1): Buffer {
  // deterministic but not constant: a repeated random block shifted by the seed
  const block = randomBytes(64 * 1024);
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i += block.length) block.copy(out, i, 0, Math.min(block.length, n - i));
  out[0] = seed & 0xff;
  return out;
}

export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed JSON of any answer: tests read its fields directly and assert on them
  json: any;
  headers: Headers;
  text: string;
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return reply(r);
}

export async function postForm(url: string, fields: Record<string, string | number>): Promise<Reply> {
  const fd = new FormData();
  for (const k of Object.keys(fields)) fd.append(k, String(fields[k]));
  return reply(await fetch(url, { method: 'POST', body: fd }));
}

export async function reply(r: Response): Promise<Reply> {
  const text = await r.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: r.status, json, headers: r.headers, text };
}

/** A Buffer as a fetch body (the same bytes, no copy). */
export function asBody(b: Buffer | string): BodyInit {
  return typeof b === 'string' ? b : new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.length);
}

export async function putPart(url: string, headers: Record<string, string>, body: Buffer): Promise<Response> {
  return fetch(url, { method: 'PUT', headers, body: asBody(body) });
}

/** Splits into parts of `partSize` (the last one smaller). */
export function split(buf: Buffer, partSize: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < buf.length; i += partSize) out.push(buf.subarray(i, Math.min(buf.length, i + partSize)));
  return out;
}

/** A whole JSON-generation (4.x) upload: start, upload+PUT per part, complete (polling 202 a bounded number of times). */
export async function uploadJson(base: string, file: Buffer, opts: { apikey?: string; filename?: string; mimetype?: string; store?: Record<string, unknown>; partSize?: number; extra?: Record<string, unknown> } = {}): Promise<Reply> {
  const apikey = opts.apikey || 'demo';
  const extra = opts.extra || {};
  const start = await postJson(base + '/multipart/start', { apikey, filename: opts.filename || 'file.bin', mimetype: opts.mimetype || 'application/octet-stream', size: file.length, store: opts.store || { location: 's3' }, ...extra });
  if (start.status !== 200) return start;
  const s = start.json;
  const parts = split(file, opts.partSize || 5 * MiB);
  const etags: { part_number: number; etag: string }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const up = await postJson(s.location_url + '/multipart/upload', { apikey, uri: s.uri, region: s.region, upload_id: s.upload_id, part: i + 1, size: parts[i].length, md5: md5b64(parts[i]), store: opts.store || { location: 's3' }, ...extra });
    if (up.status !== 200) return up;
    const put = await putPart(up.json.url, up.json.headers, parts[i]);
    // S3 answers a part PUT with 200, Azure's Put Blob with 201
    if (!put.ok) return { status: put.status, json: undefined, headers: put.headers, text: await put.text() };
    etags.push({ part_number: i + 1, etag: put.headers.get('etag') as string });
  }
  for (let tries = 0; tries < 20; tries++) {
    const c = await postJson(s.location_url + '/multipart/complete', { apikey, uri: s.uri, region: s.region, upload_id: s.upload_id, filename: opts.filename || 'file.bin', mimetype: opts.mimetype || 'application/octet-stream', size: file.length, parts: etags, store: opts.store || { location: 's3' }, ...extra });
    if (c.status !== 202) return c;
  }
  throw new Error('complete stayed 202');
}

export async function download(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const r = await fetch(url, { headers });
  return { status: r.status, body: Buffer.from(await r.arrayBuffer()), headers: r.headers };
}

/** The part of filestack-js (4.x) the page uses: `init`, the upload URL it calls, `upload`. */
export interface FilestackClient {
  session: { urls: { uploadApiUrl: string } };
  upload(file: File, uploadOptions: unknown, storeOptions: unknown): Promise<unknown>;
}
export interface FilestackGlobal {
  init(apikey: string, options?: { security: { policy: string; signature: string } }): FilestackClient;
}
