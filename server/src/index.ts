/** The reference API server: `startServer(options)` (tests, scripts/start.js). */
import * as http from 'http';
import { AddressInfo, Socket } from 'net';
import { mkdtempSync, promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { ResolvedConfig, ServerOptions, resolveConfig } from './config';
import { FaultController, createFaultController } from './faults';
import { HANDLE_PREFIX, HandleStore } from './handles';
import { Storage, OpenUploadInfo } from './storage/Storage';
import { BuiltinStorage, builtinClient, startBuiltinStorage } from './storage/builtin';
import { forwardTo } from './storage/forward';
import { createHandler } from './app';
import type { Ctx } from './context';
import type { StorageAdapter } from './storage/adapter';
import { AzureStorage } from './storage/azure';
import { GcsStorage } from './storage/gcs';
import { DropboxStorage } from './storage/dropbox';
import { RackspaceStorage } from './storage/rackspace';
import { Locations } from './storage/locations';
import { createSweeper } from './sweeper';
import { seedDemoSource } from './customSource';
import { resolveSecret } from './secret';
import { importLegacyHandles } from './legacyHandles';
import { allowLongBodies } from './http/longBodies';

export type { ServerOptions, AppConfig, S3Config } from './config';
export type { FaultConfig, FaultController, Fault, FaultRoute, RouteFaults } from './faults';
export { sign, encodePolicy } from './security/policy';
export type { Policy } from './security/policy';
export { startBuiltinStorage } from './storage/builtin';
export type { BuiltinStorage, BuiltinStorageOptions } from './storage/builtin';

export interface RunningStorage {
  /** The objects of a bucket (the server's handle records, `.fp-handles/`, left out). */
  listObjects(bucket?: string): Promise<{ key: string; size: number }[]>;
  /** Multipart uploads storage still holds (the built-in storage answers from s3rver's data folder). */
  listMultipartUploads(bucket?: string): Promise<OpenUploadInfo[]>;
  getObject(key: string, bucket?: string): Promise<Buffer>;
  /** Puts an object straight into storage (tests: fill a custom source bucket, creating it when missing). */
  putObject(key: string, body: Buffer, bucket?: string, contentType?: string): Promise<void>;
  bucket: string;
  endpoint: string;
  /** s3rver's data folder (built-in storage started by this server only) */
  dir?: string;
}

export interface RunningServer {
  /** http://127.0.0.1:<port> */
  url: string;
  close(): Promise<void>;
  faults: FaultController;
  storage: RunningStorage;
  config: ResolvedConfig;
  /** This instance's own folder for spooled bodies (`<dataDir>/tmp/<instance>`), removed by `close()`. */
  scratchDir: string;
  /** Runs one sweep now (aborts uploads older than `uploadTtlMs`); resolves with how many were aborted. */
  sweep(): Promise<number>;
}

interface OpenedStorage {
  storage: Storage;
  builtin?: BuiltinStorage;
  mounted?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
}

/** External S3, a built-in storage of its own process (`storageUrl`), or one started here. */
async function openStorage(cfg: ResolvedConfig, secret: string): Promise<OpenedStorage> {
  if (cfg.s3) return { storage: new Storage(cfg.s3, cfg.presignExpiresSeconds) };
  const remote = cfg.storageUrl;
  if (remote) {
    const storage = builtinClient(remote, secret, cfg.bucket, cfg.region, cfg.presignExpiresSeconds);
    return { storage, mounted: cfg.sameOriginStorage ? forwardTo(remote) : undefined };
  }
  const builtin = await startBuiltinStorage({ dir: path.join(cfg.dataDir, 's3'), secret, host: cfg.host === '0.0.0.0' ? '127.0.0.1' : cfg.host, orphanSweep: cfg.orphanSweep });
  const storage = builtinClient(builtin.endpoint, secret, cfg.bucket, cfg.region, cfg.presignExpiresSeconds);
  return { storage, builtin, mounted: cfg.sameOriginStorage ? builtin.handle : undefined };
}

/** The default bucket (with CORS rules), the custom source buckets, and handle records of earlier versions. */
async function prepareStorage(ctx: Ctx): Promise<void> {
  const { cfg, storage } = ctx;
  try {
    await storage.ensureBucket(cfg.bucket, true);
  } catch (e) {
    throw new Error(`server: the default bucket "${cfg.bucket}" at ${storage.endpoint} is not usable: ${(e as Error).message}`);
  }
  try {
    await storage.setCors(cfg.bucket);
  } catch (e) {
    // external storage may not let these credentials change CORS: browsers then need the bucket's own rules
    process.stderr.write(`server: warning: could not set CORS rules on bucket "${cfg.bucket}": ${(e as Error).message}\n`);
  }
  try {
    if (cfg.demoCustomSource) await seedDemoSource(storage, cfg.customSources[0].bucket);
    for (const s of cfg.customSources) {
      if (!(await storage.ensureBucket(s.bucket, !cfg.s3 || cfg.createBuckets))) process.stderr.write(`server: warning: custom source bucket "${s.bucket}" does not exist at ${storage.endpoint}\n`);
    }
  } catch (e) {
    throw new Error(`server: the custom source buckets at ${storage.endpoint} are not usable: ${(e as Error).message}`);
  }
  for (const other of ctx.locations.others()) {
    try {
      await other.ensureBucket(other.bucket, true);
    } catch (e) {
      throw new Error(`server: the default container "${other.bucket}" of location ${other.location} is not usable: ${(e as Error).message}`);
    }
  }
  await importLegacyHandles(cfg.dataDir, ctx.handles);
}

/** The storage of `s3`, then of each configured location besides it. */
function allLocations(cfg: ResolvedConfig, storage: Storage): StorageAdapter[] {
  const all: StorageAdapter[] = [storage];
  if (cfg.azure) all.push(new AzureStorage(cfg.azure, cfg.presignExpiresSeconds));
  if (cfg.gcs) all.push(new GcsStorage(cfg.gcs, cfg.presignExpiresSeconds));
  // the parts of dropbox and rackspace uploads (and Dropbox's file records) are kept in this server's own storage
  if (cfg.dropbox) all.push(new DropboxStorage(cfg.dropbox, storage, cfg.bucket));
  if (cfg.rackspace) all.push(new RackspaceStorage(cfg.rackspace, storage, cfg.bucket));
  return all;
}

async function listen(server: http.Server, cfg: ResolvedConfig): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(cfg.port, cfg.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = cfg.host === '0.0.0.0' ? '127.0.0.1' : cfg.host.indexOf(':') >= 0 ? `[${cfg.host}]` : cfg.host;
  return `http://${hostForUrl}:${port}`;
}

/** How long `close()` waits for the requests being handled before it closes storage under them. */
const DRAIN_MS = 5000;

/** The requests being handled: `close()` lets them finish (up to DRAIN_MS) before it closes storage. */
class InFlight {
  private readonly running = new Set<Promise<void>>();

  track(p: Promise<void>): void {
    this.running.add(p);
    void p.finally(() => this.running.delete(p));
  }

  drain(): Promise<void> {
    if (!this.running.size) return Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const cap = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, DRAIN_MS);
    });
    return Promise.race([Promise.allSettled([...this.running]).then(() => undefined), cap]).finally(() => clearTimeout(timer));
  }
}

function createApiServer(ctx: Ctx, sockets: Set<Socket>, inFlight: InFlight): http.Server {
  const handler = createHandler(ctx);
  const server = http.createServer((req, res) => inFlight.track(handler(req, res)));
  allowLongBodies(server);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{"error":"malformed HTTP request"}');
    else socket.destroy();
  });
  return server;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const cfg = resolveConfig(options, () => mkdtempSync(path.join(os.tmpdir(), 'fp-server-')));
  await fsp.mkdir(cfg.dataDir, { recursive: true });
  const tmpDir = path.join(cfg.dataDir, 'tmp', process.pid + '-' + randomBytes(4).toString('hex'));
  await fsp.mkdir(tmpDir, { recursive: true });
  const secret = await resolveSecret(cfg.sharedSecret, cfg.dataDir);
  const opened = await openStorage(cfg, secret);
  const { storage, builtin } = opened;
  let base = cfg.publicUrl || '';
  const handles = new HandleStore(storage, cfg.bucket);
  const locations = new Locations(cfg, allLocations(cfg, storage));
  const ctx: Ctx = { cfg, storage, locations, handles, faults: createFaultController(options.faults), secret, base: () => base, tmpDir, mountedStorage: opened.mounted };
  try {
    await prepareStorage(ctx);
  } catch (e) {
    storage.destroy();
    if (builtin) await builtin.close();
    throw e;
  }
  const sockets = new Set<Socket>();
  const inFlight = new InFlight();
  const server = createApiServer(ctx, sockets, inFlight);
  const url = await listen(server, cfg);
  if (!base) base = url;

  const sweeper = createSweeper(ctx);
  await sweeper.sweep().catch(() => 0);
  sweeper.start();

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    if (closing) return closing;
    closing = (async () => {
      await sweeper.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      // a route still at work when its client went away finishes against a storage that is still there
      await inFlight.drain();
      storage.destroy();
      for (const other of ctx.locations.others()) if (other.destroy) other.destroy();
      if (builtin) await builtin.close();
      // only this instance's own scratch folder: other instances may be using theirs
      if (cfg.dataDirIsTemp) await fsp.rm(cfg.dataDir, { recursive: true, force: true });
      else await fsp.rm(tmpDir, { recursive: true, force: true });
    })();
    return closing;
  };

  return { url, close, faults: ctx.faults, config: cfg, scratchDir: tmpDir, sweep: () => sweeper.sweep(), storage: runningStorage(ctx, builtin) };
}

function runningStorage(ctx: Ctx, builtin: BuiltinStorage | undefined): RunningStorage {
  const { storage, cfg } = ctx;
  return {
    listObjects: async (bucket) => (await storage.listObjects(bucket || cfg.bucket)).filter((o) => o.key.indexOf(HANDLE_PREFIX) !== 0).map((o) => ({ key: o.key, size: o.size })),
    listMultipartUploads: (bucket) => storage.listMultipartUploads(bucket || cfg.bucket),
    getObject: (key, bucket) => storage.getBuffer(key, bucket || cfg.bucket),
    putObject: async (key, body, bucket, contentType) => {
      const b = bucket || cfg.bucket;
      await storage.ensureBucket(b, true);
      await storage.putObject(b, key, body, body.length, contentType || 'application/octet-stream', {}, false);
    },
    bucket: cfg.bucket,
    endpoint: storage.endpoint,
    dir: builtin ? builtin.dir : undefined,
  };
}
