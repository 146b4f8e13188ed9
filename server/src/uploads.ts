/**
 * An upload, as the client carries it: `upload_id` is `<storage upload id>~<facts>~<mac>`, where facts are what
 * start learned (app, file name, type, size, access, location, path, intelligent ingestion, start time, region) and
 * mac is an HMAC-SHA256 (truncated to 128 bits) with a key derived from the shared secret over the storage id and the
 * facts, which include a digest of the `uri` (`/<bucket>/<key>`) the upload was issued with. Any instance that knows the secret reads it back; nobody can forge one.
 * Every client echoes `uri` and `upload_id` unchanged (filestack-js, the 0.5.x form generation, this library), so
 * nothing about an upload is kept in a server process.
 */
import { createHash, createHmac, timingSafeEqual } from 'crypto';
import { deriveKey } from './storage/admission';

/** Staged objects of an upload (intelligent ingestion chunks, commit and completion markers): `.fp-fii/<storage id>/…` */
export const FII_PREFIX = '.fp-fii/';

export interface FileJson {
  handle: string;
  url: string;
  filename: string;
  size: number;
  mimetype: string;
  type: string;
  key: string;
  container: string;
  path?: string;
  status: string;
  upload_tags?: unknown;
}

export interface UploadRef {
  /** the upload id storage gave */
  uploadId: string;
  apikey: string;
  bucket: string;
  key: string;
  uri: string;
  region: string;
  location: string;
  filename: string;
  mimetype: string;
  size: number;
  access: 'public' | 'private';
  path?: string;
  fii: boolean;
  /** ms since the epoch */
  created: number;
  /** random, also stored as the object's metadata `fp-upload`: tells the file this upload made from any other */
  nonce: string;
}

interface Facts {
  a: string;
  f: string;
  m: string;
  s: number;
  x: 'public' | 'private';
  l: string;
  p?: string;
  i: 0 | 1;
  t: number;
  r: string;
  /** digest of the uri */
  u: string;
  n: string;
}

const uriDigest = (uri: string): string => createHash('sha256').update(uri).digest().subarray(0, 9).toString('base64url');

function mac(secret: string, storageId: string, facts: string): string {
  return createHmac('sha256', deriveKey(secret, 'upload-id')).update(storageId + '\n' + facts).digest().subarray(0, 16).toString('base64url');
}

export function issueUploadId(secret: string, u: UploadRef): string {
  const f: Facts = { a: u.apikey, f: u.filename, m: u.mimetype, s: u.size, x: u.access, l: u.location, i: u.fii ? 1 : 0, t: u.created, r: u.region, u: uriDigest(u.uri), n: u.nonce };
  if (u.path !== undefined) f.p = u.path;
  const facts = Buffer.from(JSON.stringify(f)).toString('base64url');
  return u.uploadId + '~' + facts + '~' + mac(secret, u.uploadId, facts);
}

/**
 * The upload an `upload_id` and `uri` name; null when the upload id was not issued by a server with this secret;
 * `'uri'` when it was, but with another uri.
 */
export function readUploadId(secret: string, uploadId: string, uri: string): UploadRef | null | 'uri' {
  const parts = uploadId.split('~');
  if (parts.length !== 3 || !parts[0]) return null;
  const [storageId, facts, given] = parts;
  const want = Buffer.from(mac(secret, storageId, facts));
  if (want.length !== Buffer.byteLength(given) || !timingSafeEqual(want, Buffer.from(given))) return null;
  let f: Facts;
  try {
    f = JSON.parse(Buffer.from(facts, 'base64url').toString('utf8')) as Facts;
  } catch {
    return null;
  }
  const m = /^\/([^/]+)\/(.+)$/.exec(uri);
  if (!m || f.u !== uriDigest(uri)) return 'uri';
  return { uploadId: storageId, apikey: f.a, bucket: m[1], key: m[2], uri, region: f.r, location: f.l, filename: f.f, mimetype: f.m, size: f.s, access: f.x, path: f.p, fii: f.i === 1, created: f.t, nonce: f.n };
}

/** The handle of the file an upload makes: derived from the upload, so every instance answers the same one. */
export function handleOf(secret: string, u: UploadRef): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const d = createHmac('sha256', deriveKey(secret, 'handle')).update(u.nonce + '\n' + u.uploadId).digest();
  let out = '';
  for (let i = 0; i < 20; i++) out += alphabet[d[i] % alphabet.length];
  return out;
}
