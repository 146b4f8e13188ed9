/**
 * The JSON generation of Filestack's multipart protocol: request bodies and response checks.
 * Pure functions; `policy`/`signature` travel in every POST body, never on the part PUT.
 */
import { FilepickerError, PREFIX } from '../core/errors';
import { Security, StoreOptions, StoredFile } from '../core/contracts';

export interface StartResult {
  uri: string;
  region: string;
  uploadId: string;
  /** Base URL (with scheme) for the calls after start. */
  locationUrl: string;
  /** Value of the `Filestack-Upload-Region` header, when the server gave one. */
  locationRegion?: string;
  /**
   * Our server's extension: how many more parts one `/multipart/upload` call may ask URLs for (`part_urls_batch`);
   * absent (Filestack, other servers) = one call per part.
   */
  batchParts?: number;
}

/** A part whose URL is asked for along with another's (the `batch` extension). */
export interface BatchPart {
  part: number;
  size: number;
  md5: string;
}

export interface PartTarget {
  url: string;
  headers: { [name: string]: string };
}

export interface SessionBase {
  apikey: string;
  security?: Security;
  store: StoreOptions;
}

/** The nested `store` object, empty fields omitted. */
export function storeBody(store: StoreOptions): { [k: string]: string } {
  const out: { [k: string]: string } = { location: store.location || 's3' };
  if (store.region) out.region = store.region;
  if (store.container) out.container = store.container;
  if (store.path) out.path = store.path;
  if (store.access) out.access = store.access;
  if (store.filename) out.filename = store.filename;
  return out;
}

function withAuth(base: SessionBase, body: { [k: string]: unknown }): { [k: string]: unknown } {
  body.apikey = base.apikey;
  body.store = storeBody(base.store);
  if (base.security && base.security.policy) body.policy = base.security.policy;
  if (base.security && base.security.signature) body.signature = base.security.signature;
  return body;
}

function ids(s: StartResult): { [k: string]: unknown } {
  return { uri: s.uri, region: s.region, upload_id: s.uploadId };
}

/**
 * `startKey` (`idempotency_key`) is fresh per upload and the same on every retry of its start: a server that knows it
 * answers a start sent again with the upload the first one created (servers that do not know it ignore it).
 */
export function startBody(base: SessionBase, file: { filename: string; mimetype: string; size: number }, startKey?: string): string {
  const b: { [k: string]: unknown } = { filename: file.filename, mimetype: file.mimetype, size: file.size };
  if (startKey) b.idempotency_key = startKey;
  return JSON.stringify(withAuth(base, b));
}

/** A fresh start key: 24 characters of A-Z a-z 0-9 from the clock and `random` (the environment's Math.random). */
export function newStartKey(now: number, random: () => number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = now.toString(36);
  while (out.length < 24) out += alphabet.charAt(Math.floor(random() * alphabet.length) % alphabet.length);
  return out.slice(0, 24);
}

/**
 * The part a refused complete names as missing or different in storage (the reference server's 400 `parts: part N
 * …`), so it can be sent again; null for any other refusal.
 */
export function partToResend(status: number, body: string | undefined): number | null {
  if (status !== 400 || !body) return null;
  const m = /parts: part (\d+)(?::| is not in storage)/.exec(body);
  return m ? Number(m[1]) : null;
}

export function uploadBody(base: SessionBase, s: StartResult, part: number, size: number, md5: string, batch?: BatchPart[]): string {
  const b = ids(s);
  b.part = part;
  b.size = size;
  b.md5 = md5;
  if (batch && batch.length) b.batch = batch;
  return JSON.stringify(withAuth(base, b));
}

export function completeBody(base: SessionBase, s: StartResult, file: { filename: string; mimetype: string; size: number }, etags: string[]): string {
  const b = ids(s);
  b.filename = file.filename;
  b.mimetype = file.mimetype;
  b.size = file.size;
  const parts: Array<{ part_number: number; etag: string }> = [];
  for (let i = 0; i < etags.length; i++) parts.push({ part_number: i + 1, etag: etags[i] });
  b.parts = parts;
  return JSON.stringify(withAuth(base, b));
}

export function abortBody(base: SessionBase, s: StartResult): string {
  return JSON.stringify(withAuth(base, ids(s)));
}

/** Headers of every POST after start. */
export function postHeaders(s?: StartResult): { [k: string]: string } {
  const h: { [k: string]: string } = { 'Content-Type': 'application/json' };
  if (s && s.locationRegion) h['Filestack-Upload-Region'] = s.locationRegion;
  return h;
}

/** A JSON object as parsed: each field still to be checked. */
export type JsonObject = { [field: string]: unknown };

export function parseJson(text: string, where: string): JsonObject {
  try {
    const v: unknown = JSON.parse(text);
    if (v && typeof v === 'object') return v as JsonObject;
  } catch { /* below */ }
  throw new FilepickerError(PREFIX + where + ' answered something that is not a JSON object: ' + String(text).slice(0, 200));
}

function requireString(obj: JsonObject, field: string, where: string): string {
  const v = obj[field];
  if (typeof v !== 'string' || !v) throw new FilepickerError(PREFIX + where + ' answered without `' + field + '`');
  return v;
}

/** Reads the start response; `uploadApi` gives the scheme when `location_url` has none. */
export function parseStart(text: string, uploadApi: string): StartResult {
  const where = 'the start request (/multipart/start)';
  const o = parseJson(text, where);
  const loc = requireString(o, 'location_url', where);
  const scheme = /^(https?:)\/\//i.exec(uploadApi);
  const locationUrl = (/^https?:\/\//i.test(loc) ? loc : (scheme ? scheme[1] : 'https:') + '//' + loc).replace(/\/+$/, '');
  const out: StartResult = {
    uri: requireString(o, 'uri', where),
    region: requireString(o, 'region', where),
    uploadId: requireString(o, 'upload_id', where),
    locationUrl,
    locationRegion: typeof o.location_region === 'string' && o.location_region ? o.location_region : undefined,
  };
  const batch = o.part_urls_batch;
  if (typeof batch === 'number' && batch >= 1 && batch % 1 === 0) out.batchParts = Math.min(batch, 16);
  return out;
}

function readHeaders(h: JsonObject | null | undefined): { [name: string]: string } {
  const headers: { [name: string]: string } = {};
  if (h && typeof h === 'object') {
    for (const k in h) {
      if (Object.prototype.hasOwnProperty.call(h, k) && h[k] != null) headers[k] = String(h[k]);
    }
  }
  return headers;
}

export function parsePartTarget(text: string, part: number): PartTarget {
  return parsePartTargets(text, part).target;
}

/**
 * Reads the answer of `/multipart/upload`: the part's target, and (our extension) the targets of the other parts it
 * answered in `batch`, by part number; a malformed batch entry is left out (that part asks again).
 */
export function parsePartTargets(text: string, part: number): { target: PartTarget; batch: { [part: number]: PartTarget } } {
  const where = 'the upload request of part ' + part + ' (/multipart/upload)';
  const o = parseJson(text, where);
  const target = { url: requireString(o, 'url', where), headers: readHeaders(o.headers as JsonObject | null | undefined) };
  const batch: { [part: number]: PartTarget } = {};
  const list = o.batch;
  if (list && typeof list === 'object' && typeof (list as unknown[]).length === 'number') {
    for (let i = 0; i < (list as unknown[]).length; i++) {
      const e = (list as JsonObject[])[i];
      if (e && typeof e === 'object' && typeof e.part === 'number' && typeof e.url === 'string' && e.url) {
        batch[e.part] = { url: e.url, headers: readHeaders(e.headers as JsonObject | null | undefined) };
      }
    }
  }
  return { target, batch };
}

/** Reads the 200 answer of complete (or of the store API) into the contract's StoredFile. */
export function parseStored(text: string, fileApi: string, where: string, fallback: { filename: string; mimetype: string; size: number }): StoredFile {
  const o = parseJson(text, where);
  let handle = typeof o.handle === 'string' ? o.handle : '';
  if (!handle && typeof o.url === 'string') {
    const m = /\/([^/?#]+)\/?(?:[?#].*)?$/.exec(o.url);
    if (m) handle = m[1];
  }
  if (!handle) throw new FilepickerError(PREFIX + where + ' answered without `handle`');
  const out: StoredFile = {
    handle,
    url: fileApi.replace(/\/+$/, '') + '/' + handle,
    filename: typeof o.filename === 'string' ? o.filename : fallback.filename,
    mimetype: typeof o.mimetype === 'string' ? o.mimetype : typeof o.type === 'string' ? o.type : fallback.mimetype,
    size: typeof o.size === 'number' ? o.size : typeof o.size === 'string' && o.size ? Number(o.size) : fallback.size,
  };
  if (typeof o.key === 'string') out.key = o.key;
  if (typeof o.container === 'string') out.container = o.container;
  if (typeof o.path === 'string') out.path = o.path;
  if (typeof o.status === 'string') out.status = o.status;
  return out;
}
