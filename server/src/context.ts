import type { IncomingMessage, ServerResponse } from 'http';
import type { ResolvedConfig } from './config';
import type { FaultController } from './faults';
import type { HandleStore } from './handles';
import type { Storage } from './storage/Storage';
import type { StorageAdapter } from './storage/adapter';
import type { Locations } from './storage/locations';

/** What every route handler can reach. Nothing here holds upload state: that is in storage and in the upload id. */
export interface Ctx {
  cfg: ResolvedConfig;
  /** the `s3` location's storage: also the home of the handle index, custom sources and intelligent ingestion */
  storage: Storage;
  /** the storage of each configured location */
  locations: Locations;
  handles: HandleStore;
  faults: FaultController;
  /** the shared secret of the instances (upload ids, handles of uploads, admission to the built-in storage) */
  secret: string;
  /** the storage's request handler, when it is mounted at `/s3/` on the API's origin */
  mountedStorage?: (req: IncomingMessage, res: ServerResponse) => void;
  /** public base URL of this server, without trailing slash */
  base(): string;
  /** this instance's own folder for spooled request bodies (no other instance uses or removes it) */
  tmpDir: string;
}

/**
 * `location_url` of the upload API: a bare host (and path), as Filestack answers it, when the public URL is https;
 * with the scheme on plain-http servers, whose clients would otherwise assume https.
 */
export function locationUrl(ctx: Ctx): string {
  const base = ctx.base();
  return /^https:\/\//i.test(base) ? base.slice(8) : base;
}

/** The storage of the location an upload or file record names (a 400 when this server no longer serves it). */
export function storageAt(ctx: Ctx, location: string, field: string): StorageAdapter {
  return ctx.locations.get(location, field);
}
