/** The embedded S3 server (s3rver) on a free loopback port, behind a gate this server controls. */
import * as http from 'http';
import { AddressInfo } from 'net';
import S3rver from 's3rver';
import { makeStoreSafe, S3rverFileStore } from './safeStore';
import { UploadLocks } from './uploadLocks';

export type GateHandler = (req: http.IncomingMessage, res: http.ServerResponse, pass: () => void) => void;

export interface EmbeddedS3 {
  endpoint: string;
  dir: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Every request goes through the gate first; `pass()` hands it to s3rver. */
  setGate(gate: GateHandler): void;
  /** the operations running per upload in s3rver's store (part writes, completions), for an abort to wait on */
  locks: UploadLocks;
  /** Serves one storage request in-process (gate, then s3rver): lets the API mount storage on its own origin. */
  handle(req: http.IncomingMessage, res: http.ServerResponse): void;
  close(): Promise<void>;
}

export async function startEmbeddedS3(dir: string, host = '127.0.0.1', port = 0): Promise<EmbeddedS3> {
  const s3 = new S3rver({ directory: dir, silent: true, vhostBuckets: false });
  const locks = new UploadLocks();
  // s3rver's typings do not name its store; it is the FilesystemStore the constructor made
  makeStoreSafe((s3 as unknown as { store: S3rverFileStore }).store, locks);
  const handle = s3.callback();
  let gate: GateHandler | null = null;
  const sockets = new Set<import('net').Socket>();
  const serve = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (gate) gate(req, res, () => handle(req, res));
    else handle(req, res);
  };
  const server = http.createServer(serve);
  server.keepAliveTimeout = 5000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://${host.indexOf(':') >= 0 ? '[' + host + ']' : host}:${bound}`,
    dir,
    // s3rver's one built-in account; it does not check V4 signatures, the gate does.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    locks,
    setGate(g) {
      gate = g;
    },
    handle: serve,
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => {
          try {
            // a request cut off by the close (a part still arriving) ends after this and logs its failure: the logger
            // is silent already (`silent: true`), and once closed winston would print each such line to stderr
            s3.logger.silent = true;
            s3.logger.exceptions.unhandle();
            s3.logger.close();
          } catch {
            /* logger already closed */
          }
          resolve();
        });
        for (const s of sockets) s.destroy();
      });
    },
  };
}
