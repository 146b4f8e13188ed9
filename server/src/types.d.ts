declare module 's3rver' {
  import { EventEmitter } from 'events';
  import { IncomingMessage, ServerResponse } from 'http';
  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }
  class S3rver extends EventEmitter {
    constructor(options?: S3rverOptions);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    configureBuckets(): Promise<void>;
    logger: { silent: boolean; exceptions: { unhandle(): void }; close(): void };
  }
  export = S3rver;
}
