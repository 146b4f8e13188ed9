/**
 * What the Azure adapter (azure.ts) needs besides the SDK calls: where an upload's parts and facts live, block ids,
 * metadata names Azure accepts, and HTTP ranges.
 *
 * An upload `<id>` keeps, in its container until it completes or is aborted:
 * - `.fp-azure/<id>/upload.json`: the blob's key, content type and metadata given at start;
 * - `.fp-azure/<id>/part-<n>`: part n, as the client PUT it (Put Blob, straight to Azure with a SAS URL).
 */

export const AZURE_PREFIX = '.fp-azure/';

export const uploadFolder = (uploadId: string): string => `${AZURE_PREFIX}${uploadId}/`;
export const stateKey = (uploadId: string): string => `${uploadFolder(uploadId)}upload.json`;
export const partKey = (uploadId: string, part: number): string => `${uploadFolder(uploadId)}part-${part}`;

/** The part number of a part blob's key, or 0 for another key. */
export function partNumberOf(uploadId: string, key: string): number {
  const m = /^part-(\d{1,5})$/.exec(key.slice(uploadFolder(uploadId).length));
  return m ? Number(m[1]) : 0;
}

/** The block id of part `part` in the final blob: base64 of the zero-padded part number (all ids of a blob are one length). */
export const blockIdOf = (part: number): string => Buffer.from('fp-part-' + String(part).padStart(5, '0')).toString('base64');

/** Azure metadata names are C# identifiers: `fp-upload` is stored as `fp_upload`. */
export function toAzureMetadata(m: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(m)) out[k.replace(/-/g, '_')] = m[k];
  return out;
}

/** The metadata as the routes name it (`fp_upload` → `fp-upload`). */
export function fromAzureMetadata(m: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(m || {})) out[k.indexOf('fp_') === 0 ? k.replace(/_/g, '-') : k] = (m as Record<string, string>)[k];
  return out;
}

export const unquote = (s: string | undefined): string => (s || '').replace(/"/g, '');

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` of a `size`-byte blob as offset and count; null when it is not satisfiable. */
export function rangeOf(range: string, size: number): { offset: number; count: number } | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(range);
  if (!m || (!m[1] && !m[2])) return null;
  if (!m[1]) {
    const n = Math.min(Number(m[2]), size);
    return n > 0 ? { offset: size - n, count: n } : null;
  }
  const start = Number(m[1]);
  const end = m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
  return start < size && end >= start ? { offset: start, count: end - start + 1 } : null;
}

/** An error named `NoSuchUpload`, as S3 names it (the routes tell an unknown upload by that name). */
export function noSuchUpload(uploadId: string): Error {
  const e = new Error(`no upload ${uploadId} in storage`);
  e.name = 'NoSuchUpload';
  return e;
}

/** The HTTP status of an SDK error (RestError), if any. */
export const statusOf = (e: unknown): number | undefined => (e && typeof e === 'object' ? (e as { statusCode?: number }).statusCode : undefined);
