/**
 * Idempotent `/multipart/start`: a client that sends `idempotency_key` (8–128 of `A-Z a-z 0-9 _ -`, fresh per file)
 * and sends start again with the same key (its answer was lost, or it timed out) gets the same upload back, from any
 * instance. Nothing is kept in a process: the upload's nonce is derived from app and key, and a small record
 * `.fp-fii/start-<nonce>/answer` in storage holds the answer. It is removed when the upload completes or is aborted,
 * and by the sweeper a minute after (it names no open upload), so a key is good for retries, not for later reuse.
 * Two starts with one key at the very same moment may both create an upload: the one whose record was overwritten
 * aborts its own and answers the other's.
 */
import { createHash, createHmac } from 'crypto';
import type { Ctx } from '../context';
import type { Fields } from '../http/body';
import { HttpError, badRequest } from '../http/errors';
import { deriveKey } from '../storage/admission';
import type { StorageAdapter } from '../storage/adapter';
import { FII_PREFIX } from '../uploads';

export interface StartKey {
  /** the upload's nonce (object metadata `fp-upload`), derived from app and key */
  nonce: string;
  /** digest of what the start asked for: the same key with another file is refused */
  digest: string;
}

interface Recorded {
  digest: string;
  body: Record<string, unknown>;
}

export const startRecordKey = (nonce: string): string => `${FII_PREFIX}start-${nonce}/answer`;

/** The start's key, or null when the client sent none. */
export function readStartKey(ctx: Ctx, f: Fields, apikey: string, asked: unknown[]): StartKey | null {
  const raw = f.idempotency_key;
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string' || !/^[A-Za-z0-9_-]{8,128}$/.test(raw)) throw badRequest('idempotency_key: 8 to 128 characters of A-Z, a-z, 0-9, _ and -');
  const nonce = createHmac('sha256', deriveKey(ctx.secret, 'start-key')).update(apikey + '\n' + raw).digest('base64url').slice(0, 16);
  return { nonce, digest: createHash('sha256').update(JSON.stringify(asked)).digest('base64url') };
}

async function read(st: StorageAdapter, bucket: string, k: StartKey): Promise<Recorded | null> {
  try {
    return JSON.parse((await st.getBuffer(startRecordKey(k.nonce), bucket)).toString('utf8')) as Recorded;
  } catch (e) {
    if (st.missing(e) || e instanceof SyntaxError) return null;
    throw e;
  }
}

/** The answer an earlier start with this key gave, if storage still has it; 409 when it was for another file. */
export async function earlierStart(st: StorageAdapter, bucket: string, k: StartKey): Promise<Record<string, unknown> | null> {
  const r = await read(st, bucket, k);
  if (!r) return null;
  if (r.digest !== k.digest) throw new HttpError(409, 'idempotency_key: already used to start the upload of another file');
  return r.body;
}

/**
 * Records this start's answer, then reads the record back: when another start with the same key wrote after us,
 * `lost` (which aborts our upload) runs and the other's answer is returned.
 */
export async function recordStart(st: StorageAdapter, bucket: string, k: StartKey, body: Record<string, unknown>, lost: () => Promise<void>): Promise<Record<string, unknown>> {
  const text = Buffer.from(JSON.stringify({ digest: k.digest, body } satisfies Recorded));
  await st.putObject(bucket, startRecordKey(k.nonce), text, text.length, 'application/json', {}, false);
  const now = await read(st, bucket, k);
  if (!now || now.body.upload_id === body.upload_id) return body;
  await lost();
  return now.body;
}

/** Removes the record of the start of an upload (completed or aborted); nothing when there is none. */
export async function forgetStart(st: StorageAdapter, bucket: string, nonce: string): Promise<void> {
  await st.delete(bucket, startRecordKey(nonce)).catch(() => undefined);
}
