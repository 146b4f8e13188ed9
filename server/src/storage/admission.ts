/**
 * How the built-in storage admits the API instances: each of their S3 calls carries `x-fp-internal: <ts>.<mac>`, the
 * HMAC-SHA256 of the time with a key derived from the shared secret. The storage accepts a value whose time is within
 * five minutes of its own clock. Anyone who knows the shared secret is an API instance; nobody else gets through.
 */
import { createHmac, timingSafeEqual } from 'crypto';

export const ADMISSION_HEADER = 'x-fp-internal';
const WINDOW_MS = 5 * 60 * 1000;

/** derived keys by purpose and secret: each is derived once per process, not once per call (an HMAC each) */
const derived = new Map<string, Buffer>();

/** A key for one purpose, derived from the shared secret (so one secret never signs two kinds of things). */
export function deriveKey(secret: string, purpose: string): Buffer {
  const id = purpose + '\n' + secret;
  let key = derived.get(id);
  if (!key) derived.set(id, (key = createHmac('sha256', secret).update('fp-derive:' + purpose).digest()));
  // a copy: callers may not change the one kept
  return Buffer.from(key);
}

function mac(secret: string, ts: string): string {
  return createHmac('sha256', deriveKey(secret, 'storage-admission')).update(ts).digest('hex');
}

export function admissionValue(secret: string, now = Date.now()): string {
  const ts = String(now);
  return ts + '.' + mac(secret, ts);
}

export function admitted(secret: string, value: string | string[] | undefined, now = Date.now()): boolean {
  if (typeof value !== 'string') return false;
  const m = /^(\d{1,16})\.([0-9a-f]{64})$/.exec(value);
  if (!m || Math.abs(now - Number(m[1])) > WINDOW_MS) return false;
  const a = Buffer.from(mac(secret, m[1]));
  const b = Buffer.from(m[2]);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The S3 credentials of the built-in storage: presigned URLs are signed, and checked by its gate, with this key. */
export function builtinCredentials(secret: string): { accessKeyId: string; secretAccessKey: string } {
  // the key id names the secret (not revealing it), so storages with other secrets in one process keep apart
  return { accessKeyId: 'FP' + deriveKey(secret, 's3-key-id').toString('hex').slice(0, 18).toUpperCase(), secretAccessKey: deriveKey(secret, 's3-presign').toString('hex') };
}
