/**
 * Aborts unfinished uploads and deletes stale staged objects, deciding by storage's own timestamps only
 * (ListMultipartUploads `Initiated`, objects' `LastModified`), so any number of instances may sweep the same storage:
 *  - an upload initiated more than `uploadTtlMs` ago is aborted (its staged objects go with it);
 *  - a staged object (`.fp-fii/<id>/…`) is deleted when older than the TTL, or once its upload is no longer in
 *    storage and it is older than a minute (so an upload started after the listing never loses a fresh chunk, even
 *    with storage timestamps in whole seconds or a storage clock a little ahead).
 */
import type { Ctx } from './context';
import { abortUpload } from './routes/multipart';
import { FII_PREFIX } from './uploads';

const DANGLING_GRACE_MS = 60000;

export interface Sweeper {
  sweep(): Promise<number>;
  start(): void;
  /** Stops the timer; resolves once a sweep in progress has ended (its storage calls are over). */
  stop(): Promise<void>;
}

/** One bucket: resolves with how many uploads were aborted. */
async function sweepBucket(ctx: Ctx, bucket: string, now: number): Promise<number> {
  const ttl = ctx.cfg.uploadTtlMs;
  let n = 0;
  // null: storage cannot list uploads, so staged objects are judged by age alone
  let open: Set<string> | null = null;
  const listedAt = Date.now();
  const held = await ctx.storage.listMultipartUploads(bucket).catch(() => null);
  if (held) {
    open = new Set();
    for (const h of held) {
      if (now - h.initiated.getTime() > ttl) {
        await abortUpload(ctx.storage, bucket, h.key, h.uploadId).catch(() => undefined);
        n++;
      } else {
        open.add(h.uploadId);
      }
    }
  }
  const staged = await ctx.storage.listObjects(bucket, FII_PREFIX).catch(() => []);
  for (const o of staged) {
    const id = o.key.slice(FII_PREFIX.length).split('/')[0];
    const at = o.lastModified ? o.lastModified.getTime() : 0;
    const dangling = open && !open.has(id) && at < listedAt - Math.min(ttl, DANGLING_GRACE_MS);
    if (now - at > ttl || dangling) await ctx.storage.delete(bucket, o.key).catch(() => undefined);
  }
  return n;
}

export function createSweeper(ctx: Ctx): Sweeper {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  async function once(): Promise<number> {
    const now = Date.now();
    let n = 0;
    const buckets = await ctx.storage.sweepBuckets().catch(() => [ctx.cfg.bucket]);
    for (const bucket of buckets) n += await sweepBucket(ctx, bucket, now);
    for (const other of ctx.locations.others()) {
      if (other.sweepUploads) n += await other.sweepUploads(new Date(now - ctx.cfg.uploadTtlMs)).catch(() => 0);
    }
    return n;
  }

  const sweeper: Sweeper = {
    sweep() {
      if (!running) running = once().finally(() => (running = null));
      return running;
    },
    start() {
      if (timer) return;
      timer = setInterval(() => {
        sweeper.sweep().catch(() => undefined);
      }, ctx.cfg.sweepIntervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      if (running) await running.catch(() => 0);
    },
  };
  return sweeper;
}
