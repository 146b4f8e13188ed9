/** What storage holds under `.fp-fii/<upload id>/` for one upload: chunks, commit markers, the completion marker. */
import type { Ctx } from '../context';
import { FII_PREFIX, UploadRef } from '../uploads';

export interface StagedChunk {
  part: number;
  offset: number;
  size: number;
  key: string;
}

export interface Staged {
  /** chunks not yet committed, by part then offset */
  chunks: StagedChunk[];
  /** parts assembled by /multipart/commit: part -> {etag, size} (read from their `done` markers) */
  committed: Map<number, { etag: string; size: number }>;
}

export const completingKey = (u: UploadRef): string => `${FII_PREFIX}${u.uploadId}/completing`;

export async function stagedChunks(ctx: Ctx, u: UploadRef, withCommitted = false): Promise<Staged> {
  const prefix = `${FII_PREFIX}${u.uploadId}/`;
  const objects = await ctx.storage.listObjects(u.bucket, prefix);
  const chunks: StagedChunk[] = [];
  const committed = new Map<number, { etag: string; size: number }>();
  for (const o of objects) {
    const m = /^(\d+)\/(\d+|done)$/.exec(o.key.slice(prefix.length));
    if (!m) continue;
    if (m[2] !== 'done') {
      chunks.push({ part: Number(m[1]), offset: Number(m[2]), size: o.size, key: o.key });
    } else if (withCommitted) {
      const r = JSON.parse((await ctx.storage.getBuffer(o.key, u.bucket)).toString('utf8')) as { etag: string; size: number };
      committed.set(Number(m[1]), r);
    }
  }
  chunks.sort((a, b) => a.part - b.part || a.offset - b.offset);
  return { chunks, committed };
}
