/** The embedded S3 server (s3rver) on a free loopback port, behind a gate this server controls. */
import * as http from 'http';
import { AddressInfo } from 'net';
import S3rver from 's3rver';
import { makeStoreSafe, S3rverFileStore } from './safeStore';
import { UploadLocks } from './uploadLocks';
import { sweepOrphanParts } from './orphanSweep';
import { MD5_RECORDS_PER_PASS, sweepMd5Records } from './md5RecordSweep';
import { OrphanSweepTiming, sweepTiming } from './orphanSweepConfig';
import type { CorsConfig, PartStore } from './directPart';
import { allowLongBodies } from '../http/longBodies';

/** A storage connection silent this long (a PUT whose body stopped arriving) is closed. */
const STALLED_MS = 120000;

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
  /** the store's part write and the buckets' CORS configurations, for the gate's direct part PUTs (directPart.ts) */
  parts: PartStore;
  /**
   * One pass of the orphan sweep now (part-list folders no object names, then MD5 records whose file is gone or was
   * replaced; those older than `graceMs`, default the configured grace); resolves with how many went.
   */
  sweepOrphans(graceMs?: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * s3rver reads `Range: bytes=-N` (the last N bytes) as `bytes=0-N`: such a header is rewritten to the absolute range
 * it means, from the object's size, before s3rver sees it.
 */
async function resolveSuffixRange(store: S3rverFileStore, req: http.IncomingMessage): Promise<void> {
  const m = /^bytes=-(\d+)$/.exec(String(req.headers.range || '').trim());
  if (!m || (req.method !== 'GET' && req.method !== 'HEAD')) return;
  const segs = new URL(req.url || '/', 'http://storage').pathname.split('/').slice(1).map(decodeURIComponent);
  if (segs.length < 2) return;
  const meta = await store.getMetadata(segs[0], segs.slice(1).join('/')).catch(() => null);
  if (!meta) return;
  const size = Number(meta['content-length']);
  req.headers.range = `bytes=${Math.max(0, size - Number(m[1]))}-`;
  // `bytes=-0` asks for nothing: a start at the size is not satisfiable (416)
  if (Number(m[1]) === 0) req.headers.range = `bytes=${size}-`;
}

/**
 * The buckets' CORS configurations, read once and kept until a request that may change one (`?cors`) has been
 * answered (every request reaches s3rver through this server, so none changes them behind its back).
 */
function corsCache(store: S3rverFileStore): { get(bucket: string): Promise<CorsConfig | null>; watch(req: http.IncomingMessage, res: http.ServerResponse): void } {
  const known = new Map<string, Promise<CorsConfig | null>>();
  return {
    get(bucket) {
      let c = known.get(bucket);
      if (!c) known.set(bucket, (c = (store.getSubresource(bucket, undefined, 'cors') as Promise<CorsConfig | null>).catch(() => null)));
      return c;
    },
    watch(req, res) {
      if (req.method === 'GET' || req.method === 'HEAD' || !/[?&]cors(=|&|$)/.test(req.url || '')) return;
      known.clear();
      res.on('close', () => known.clear());
    },
  };
}

/** The ETag of `bucket/key` in the store, or null when no object is there. */
function etagIn(store: S3rverFileStore, bucket: string, key: string): Promise<string | null> {
  return store.getMetadata(bucket, key).then(
    (m) => String(m.etag),
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return null;
      throw e;
    },
  );
}

/**
 * The orphan sweep, one pass at a time: when the storage starts, every `intervalMs`, and when asked (`now`, with
 * another grace); `stop()` ends the timer and waits for a pass running.
 */
function startOrphanSweeps(dir: string, store: S3rverFileStore, building: Set<string>, graceMs: number, intervalMs: number): { now(grace?: number): Promise<number>; stop(): Promise<void> } {
  // where the MD5 records' pass stopped, for the next one to go on from there
  const cursor = { after: [] as string[] };
  const pass = async (grace: number): Promise<number> => {
    const folders = await sweepOrphanParts({ dir, graceMs: grace, building, objectPath: (b, k) => store.getResourcePath(b, k, 'object') });
    const records = await sweepMd5Records({ dir, etagOf: (b, k) => etagIn(store, b, k), remove: (b, k) => store.deleteObject(b, k), graceMs: grace, limit: MD5_RECORDS_PER_PASS, cursor });
    return folders + records;
  };
  let sweeping = pass(graceMs).catch(() => 0);
  const timer = setInterval(() => {
    sweeping = sweeping.then(() => pass(graceMs).catch(() => 0));
  }, intervalMs);
  timer.unref();
  return {
    now(grace = graceMs) {
      const run = sweeping.then(() => pass(grace));
      sweeping = run.catch(() => 0);
      return run;
    },
    async stop() {
      clearInterval(timer);
      await sweeping.catch(() => 0);
    },
  };
}

/** `timing`: the orphan sweep's grace and interval (orphanSweep.ts; defaults 10 and 30 minutes). */
export async function startEmbeddedS3(dir: string, host = '127.0.0.1', port = 0, timing: OrphanSweepTiming = {}): Promise<EmbeddedS3> {
  const { graceMs, intervalMs } = sweepTiming(timing);
  const s3 = new S3rver({ directory: dir, silent: true, vhostBuckets: false });
  const locks = new UploadLocks();
  // s3rver's typings do not name its store; it is the FilesystemStore the constructor made
  const store = (s3 as unknown as { store: S3rverFileStore }).store;
  const lists = makeStoreSafe(store, locks);
  const handle = s3.callback();
  let gate: GateHandler | null = null;
  const sockets = new Set<import('net').Socket>();
  const toS3rver = (req: http.IncomingMessage, res: http.ServerResponse) => {
    resolveSuffixRange(store, req).then(
      () => handle(req, res),
      () => handle(req, res),
    );
  };
  const cors = corsCache(store);
  const serve = (req: http.IncomingMessage, res: http.ServerResponse) => {
    cors.watch(req, res);
    if (gate) gate(req, res, () => toS3rver(req, res));
    else toS3rver(req, res);
  };
  const sweeps = startOrphanSweeps(dir, store, lists.building, graceMs, intervalMs);
  const server = http.createServer(serve);
  allowLongBodies(server, STALLED_MS);
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
    parts: { putPart: (bucket, uploadId, part, content) => store.putPart(bucket, uploadId, part, content), cors: cors.get },
    sweepOrphans: sweeps.now,
    async close() {
      await sweeps.stop();
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
