/** Aborts unfinished uploads older than `uploadTtlMs` (ours, and ones storage holds that this process does not know). */
import type { Ctx } from './context';
import { abortUpload } from './routes/multipart';
import { FII_PREFIX } from './uploads';

export interface Sweeper {
  sweep(): Promise<number>;
  start(): void;
  stop(): void;
}

export function createSweeper(ctx: Ctx): Sweeper {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  async function once(): Promise<number> {
    const now = Date.now();
    const ttl = ctx.cfg.uploadTtlMs;
    let n = 0;
    const buckets = new Set<string>([ctx.cfg.bucket]);
    for (const u of Array.from(ctx.uploads.open.values())) {
      buckets.add(u.bucket);
      if (now - u.created > ttl && !u.completion) {
        await abortUpload(ctx, u).catch(() => undefined);
        n++;
      }
    }
    for (const bucket of buckets) {
      const held = await ctx.storage.listMultipartUploads(bucket).catch(() => []);
      for (const h of held) {
        if (ctx.uploads.open.has(h.uploadId)) continue;
        // not ours (state lost on a restart, or a part that raced an abort): aborted once past the TTL,
        // or at once if this process aborted or completed it
        const finished = ctx.uploads.finished.has(h.uploadId);
        if (finished || now - h.initiated.getTime() > ttl) {
          await ctx.storage.abort(bucket, h.key, h.uploadId).catch(() => undefined);
          n++;
        }
      }
      const staged = await ctx.storage.listObjects(bucket, FII_PREFIX).catch(() => []);
      for (const o of staged) {
        const id = o.key.slice(FII_PREFIX.length).split('/')[0];
        if (!ctx.uploads.open.has(id)) await ctx.storage.delete(bucket, o.key).catch(() => undefined);
      }
    }
    ctx.uploads.prune(now, Math.max(ttl, 10 * 60 * 1000));
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
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
  return sweeper;
}
