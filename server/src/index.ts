/** The reference API server: `startServer(options)` (tests, scripts/start.js). */
import * as http from 'http';
import { AddressInfo, Socket } from 'net';
import { mkdtempSync, promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { ResolvedConfig, ServerOptions, resolveConfig } from './config';
import { FaultController, createFaultController } from './faults';
import { HandleStore } from './handles';
import { Storage, OpenUploadInfo } from './storage/Storage';
import { startEmbeddedS3, EmbeddedS3 } from './storage/embedded';
import { createGate } from './storage/gate';
import { UploadRegistry } from './uploads';
import { createHandler } from './app';
import type { Ctx } from './context';
import { createSweeper } from './sweeper';
import { seedDemoSource } from './customSource';

export type { ServerOptions, AppConfig, S3Config } from './config';
export type { FaultConfig, FaultController, Fault, FaultRoute, RouteFaults } from './faults';
export { sign, encodePolicy } from './security/policy';
export type { Policy } from './security/policy';

export interface RunningStorage {
  listObjects(bucket?: string): Promise<{ key: string; size: number }[]>;
  /** Multipart uploads storage still holds (s3rver: read from its data folder, since it lacks ListMultipartUploads). */
  listMultipartUploads(bucket?: string): Promise<OpenUploadInfo[]>;
  getObject(key: string, bucket?: string): Promise<Buffer>;
  /** Puts an object straight into storage (tests: fill a custom source bucket, creating it when missing). */
  putObject(key: string, body: Buffer, bucket?: string, contentType?: string): Promise<void>;
  bucket: string;
  endpoint: string;
  /** s3rver's data folder (embedded storage only) */
  dir?: string;
}

export interface RunningServer {
  /** http://127.0.0.1:<port> */
  url: string;
  close(): Promise<void>;
  faults: FaultController;
  storage: RunningStorage;
  config: ResolvedConfig;
  /** Runs one sweep now (aborts uploads older than `uploadTtlMs`); resolves with how many were aborted. */
  sweep(): Promise<number>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const cfg = resolveConfig(options, () => mkdtempSync(path.join(os.tmpdir(), 'fp-server-')));
  const faults = createFaultController(options.faults);
  await fsp.mkdir(cfg.dataDir, { recursive: true });
  const tmpDir = path.join(cfg.dataDir, 'tmp');
  await fsp.mkdir(tmpDir, { recursive: true });
  let embedded: EmbeddedS3 | undefined;
  let storage: Storage;
  const uploads = new UploadRegistry();
  const token = randomBytes(24).toString('hex');
  if (cfg.s3) {
    storage = new Storage(cfg.s3, cfg.presignExpiresSeconds);
  } else {
    const dir = path.join(cfg.dataDir, 's3');
    await fsp.mkdir(dir, { recursive: true });
    embedded = await startEmbeddedS3(dir, cfg.host === '0.0.0.0' ? '127.0.0.1' : cfg.host);
    storage = new Storage(
      { endpoint: embedded.endpoint, region: cfg.region, bucket: cfg.bucket, accessKeyId: embedded.accessKeyId, secretAccessKey: embedded.secretAccessKey },
      cfg.presignExpiresSeconds,
      dir,
      token,
    );
  }
  const gate = embedded ? createGate(storage, uploads, token) : undefined;
  if (embedded && gate) embedded.setGate(gate.handler);
  const handles = new HandleStore(cfg.dataDir);
  await handles.init();
  let base = cfg.publicUrl || '';
  const ctx: Ctx = { cfg, storage, handles, uploads, faults, gate, base: () => base, tmpDir };
  if (embedded && cfg.sameOriginStorage) ctx.mountedStorage = embedded.handle;

  try {
    await storage.ensureBucket(cfg.bucket, true);
  } catch (e) {
    if (embedded) await embedded.close();
    throw new Error(`server: the default bucket "${cfg.bucket}" at ${storage.endpoint} is not usable: ${(e as Error).message}`);
  }
  try {
    await storage.setCors(cfg.bucket);
  } catch (e) {
    // external storage may not let these credentials change CORS: browsers then need the bucket's own rules (seed 000)
    process.stderr.write(`server: warning: could not set CORS rules on bucket "${cfg.bucket}": ${(e as Error).message}\n`);
  }

  try {
    if (cfg.demoCustomSource) await seedDemoSource(storage, cfg.customSources[0].bucket);
    for (const s of cfg.customSources) {
      if (!(await storage.ensureBucket(s.bucket, !cfg.s3 || cfg.createBuckets))) process.stderr.write(`server: warning: custom source bucket "${s.bucket}" does not exist at ${storage.endpoint}\n`);
    }
  } catch (e) {
    if (embedded) await embedded.close();
    throw new Error(`server: the custom source buckets at ${storage.endpoint} are not usable: ${(e as Error).message}`);
  }

  const server = http.createServer(createHandler(ctx));
  server.requestTimeout = 0;
  server.headersTimeout = 60000;
  server.keepAliveTimeout = 5000;
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{"error":"malformed HTTP request"}');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(cfg.port, cfg.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = cfg.host === '0.0.0.0' ? '127.0.0.1' : cfg.host.indexOf(':') >= 0 ? `[${cfg.host}]` : cfg.host;
  const url = `http://${hostForUrl}:${port}`;
  if (!base) base = url;

  const sweeper = createSweeper(ctx);
  await sweeper.sweep().catch(() => 0);
  sweeper.start();

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    if (closing) return closing;
    closing = (async () => {
      sweeper.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      storage.destroy();
      if (embedded) await embedded.close();
      if (cfg.dataDirIsTemp) await fsp.rm(cfg.dataDir, { recursive: true, force: true });
      else await fsp.rm(tmpDir, { recursive: true, force: true });
    })();
    return closing;
  };

  return {
    url,
    close,
    faults,
    config: cfg,
    sweep: () => sweeper.sweep(),
    storage: {
      listObjects: (bucket) => storage.listObjects(bucket || cfg.bucket),
      listMultipartUploads: (bucket) => storage.listMultipartUploads(bucket || cfg.bucket),
      getObject: (key, bucket) => storage.getBuffer(key, bucket || cfg.bucket),
      putObject: async (key, body, bucket, contentType) => {
        const b = bucket || cfg.bucket;
        await storage.ensureBucket(b, true);
        await storage.putObject(b, key, body, body.length, contentType || 'application/octet-stream', {}, false);
      },
      bucket: cfg.bucket,
      endpoint: storage.endpoint,
      dir: embedded ? embedded.dir : undefined,
    },
  };
}
