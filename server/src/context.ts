import type { IncomingMessage, ServerResponse } from 'http';
import type { ResolvedConfig } from './config';
import type { FaultController } from './faults';
import type { HandleStore } from './handles';
import type { Storage } from './storage/Storage';
import type { Gate } from './storage/gate';
import type { UploadRegistry } from './uploads';

/** What every route handler can reach. */
export interface Ctx {
  cfg: ResolvedConfig;
  storage: Storage;
  handles: HandleStore;
  uploads: UploadRegistry;
  faults: FaultController;
  /** present when storage is the embedded s3rver */
  gate?: Gate;
  /** the embedded storage's request handler, when it is mounted at `/s3/` on the API's origin */
  mountedStorage?: (req: IncomingMessage, res: ServerResponse) => void;
  /** public base URL of this server, without trailing slash */
  base(): string;
  /** folder for spooled request bodies */
  tmpDir: string;
}
