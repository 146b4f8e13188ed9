/** Store options in every form clients send them (JSON `store: {...}`, flat `store_*` fields, v2 query names), checked. */
import { AZURE_CONTAINER_RE, ResolvedConfig } from './config';
import { defaultBucket, locationProblem } from './storage/locations';
import { badRequest } from './http/errors';
import type { Fields } from './http/body';
import { checkBucket, checkFilename, checkPath, optString } from './validate';
import { newUniqueId } from './ids';

export interface StoreParams {
  location: string;
  bucket: string;
  region: string;
  access: 'public' | 'private';
  path?: string;
  filename?: string;
}

/** `prefix` names the fields in messages: `store.` for the upload API, `` for the store API's query. */
export function readStore(f: Fields, cfg: ResolvedConfig, prefix = 'store.'): StoreParams {
  let src: Fields;
  if (f.store !== undefined && f.store !== null && f.store !== '') {
    if (typeof f.store !== 'object' || Array.isArray(f.store)) throw badRequest('store: expected an object');
    src = f.store as Fields;
  } else if (prefix === 'store.') {
    src = {};
    for (const k of Object.keys(f)) if (k.indexOf('store_') === 0) src[k.slice(6)] = f[k];
  } else {
    src = f;
  }
  const name = (k: string) => prefix + k;
  const location = (optString(src, 'location', 32) || 's3').toLowerCase();
  const problem = locationProblem(cfg, location, name('location'));
  if (problem) throw problem;
  const container = optString(src, 'container', 63);
  // `container` does not apply to Dropbox: accepted, and every file there is in container `dropbox`
  const bucket = container && location !== 'dropbox' ? checkBucket(name('container'), container) : defaultBucket(cfg, location);
  if (location === 'azure' && !AZURE_CONTAINER_RE.test(bucket)) throw badRequest(`${name('container')}: an Azure container name is 3-63 characters of a-z, 0-9 and single "-", got ${JSON.stringify(bucket)}`);
  const region = optString(src, 'region', 64);
  if (region !== undefined && !/^[a-z0-9-]+$/.test(region)) throw badRequest(`${name('region')}: expected a region name such as "us-east-1"`);
  const accessRaw = optString(src, 'access', 16);
  const access = accessRaw === undefined ? 'private' : accessRaw.toLowerCase();
  if (access !== 'public' && access !== 'private') throw badRequest(`${name('access')}: expected "public" or "private", got ${JSON.stringify(accessRaw)}`);
  const p = optString(src, 'path', 1024);
  const path = p === undefined ? undefined : checkPath(name('path'), p);
  const fn = optString(src, 'filename', 1024);
  return { location, bucket, region: region || cfg.region, access, path, filename: fn === undefined ? undefined : checkFilename(name('filename'), fn) };
}

/** The object key: `path` as is; a path ending in `/` is a folder holding `<uniqueid>_<filename>`; none = root. */
export function objectKey(path: string | undefined, filename: string): string {
  const p = (path || '').replace(/^\/+/, '');
  if (!p) return newUniqueId() + '_' + filename;
  if (p.charAt(p.length - 1) === '/') return p + newUniqueId() + '_' + filename;
  return p;
}
