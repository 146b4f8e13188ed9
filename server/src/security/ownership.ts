/**
 * Isolation between apps that share one storage: every object the server writes carries its app's key in the
 * metadata `fp-owner`; storing, writing or starting an upload onto an existing key owned by another app is a 403.
 * Objects without `fp-owner` (written by earlier versions, or put into storage directly) are not claimed by any app.
 */
import type { StorageAdapter } from '../storage/adapter';
import { forbidden } from '../http/errors';

export const OWNER_META = 'fp-owner';

/** The metadata that marks an object as `apikey`'s. */
export function ownerMeta(apikey: string): Record<string, string> {
  return { [OWNER_META]: apikey };
}

/** Throws a 403 naming `field` when `bucket/key` exists and belongs to another app than `apikey`. */
export async function assertOwnKey(st: StorageAdapter, apikey: string, bucket: string, key: string, field: string): Promise<void> {
  const head = await st.head(bucket, key);
  const owner = head ? head.metadata[OWNER_META] : undefined;
  if (owner !== undefined && owner !== apikey) throw forbidden(`${field}: the key ${JSON.stringify(key.slice(0, 200))} holds a file of another app`);
}
