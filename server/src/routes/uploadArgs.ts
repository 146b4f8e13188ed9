/** The fields every call after start carries: the upload (upload_id + uri, checked), and the `parts` list of complete. */
import type { Ctx } from '../context';
import type { Fields } from '../http/body';
import { badRequest, forbidden } from '../http/errors';
import { checkSecurity, findApp } from '../security/policy';
import { reqString } from '../validate';
import { UploadRef, readUploadId } from '../uploads';

const UPLOAD_ID_RE = /^(?!.*\.\.)[A-Za-z0-9._~+=-]{1,4096}$/;
export const CALLS: ('pick' | 'store')[] = ['pick', 'store'];

export type Answer = { status: number; body: unknown };

/**
 * The upload named by `upload_id` and `uri` (checked against the shared secret, so any instance answers), after the
 * apikey and policy checks. Uploads past `uploadTtlMs` are refused, as the sweeper aborts them.
 */
export function findUpload(ctx: Ctx, f: Fields, size?: number): UploadRef {
  const app = findApp(ctx.cfg.apps, f.apikey);
  const id = reqString(f, 'upload_id', 4096);
  if (!UPLOAD_ID_RE.test(id)) throw badRequest('upload_id: malformed');
  const uri = reqString(f, 'uri', 2048);
  const u = readUploadId(ctx.secret, id, uri);
  if (!u) throw badRequest('upload_id: unknown upload (never started, or started by a server with another secret)');
  if (u === 'uri') throw badRequest('uri: does not belong to this upload_id');
  if (Date.now() - u.created > ctx.cfg.uploadTtlMs) throw badRequest('upload_id: unknown upload (expired: older than the upload TTL)');
  if (u.apikey !== app.apikey) throw forbidden('apikey: this upload belongs to another app');
  checkSecurity(app, f, { calls: CALLS, key: u.key, container: u.bucket, size: size === undefined ? u.size : size });
  return u;
}

/** `parts`: 0.5.x `"1:etag;2:etag"`, or 4.x `[{part_number, etag}]`, or absent (intelligent ingestion). */
export function readParts(v: unknown): { part: number; etag: string }[] | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const out: { part: number; etag: string }[] = [];
  const add = (pn: unknown, etag: unknown, i: number) => {
    const n = typeof pn === 'number' ? pn : typeof pn === 'string' && /^\d+$/.test(pn.trim()) ? Number(pn) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 10000) throw badRequest(`parts[${i}]: part number must be 1..10000, got ${JSON.stringify(pn)}`);
    if (typeof etag !== 'string' || !etag || etag.length > 200) throw badRequest(`parts[${i}]: etag must be a non-empty string`);
    out.push({ part: n, etag: etag.replace(/"/g, '').trim() });
  };
  if (typeof v === 'string') {
    const items = v.split(';').filter((s) => s.trim());
    if (items.length > 10000) throw badRequest('parts: at most 10000 parts');
    items.forEach((s, i) => {
      const j = s.indexOf(':');
      if (j < 0) throw badRequest(`parts[${i}]: expected "<part>:<etag>"`);
      add(s.slice(0, j), s.slice(j + 1), i);
    });
  } else if (Array.isArray(v)) {
    if (v.length > 10000) throw badRequest('parts: at most 10000 parts');
    v.forEach((p, i) => {
      if (!p || typeof p !== 'object') throw badRequest(`parts[${i}]: expected {part_number, etag}`);
      const o = p as Record<string, unknown>;
      add(o.part_number !== undefined ? o.part_number : o.PartNumber, o.etag !== undefined ? o.etag : o.ETag, i);
    });
  } else {
    throw badRequest('parts: expected "1:<etag>;2:<etag>" or [{part_number, etag}]');
  }
  const seen: Record<number, true> = {};
  for (const p of out) {
    if (seen[p.part]) throw badRequest(`parts: part ${p.part} is listed twice`);
    seen[p.part] = true;
  }
  if (!out.length) throw badRequest('parts: empty list');
  return out.sort((a, b) => a.part - b.part);
}
