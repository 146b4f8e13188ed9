import type { IncomingMessage, ServerResponse } from 'http';
import type { ResolvedConfig } from './config';
import type { FaultController } from './faults';
import type { HandleStore } from './handles';
import type { Storage } from './storage/Storage';

/** What every route handler can reach. Nothing here holds upload state: that is in storage and in the upload id. */
export interface Ctx {
  cfg: ResolvedConfig;
  storage: Storage;
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
