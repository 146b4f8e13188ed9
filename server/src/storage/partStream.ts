/**
 * The bytes `start`..`end` (inclusive) of a part-list object (partList.ts) as one stream. The part files the range
 * touches are opened before the stream is handed out, so a read that has begun keeps its bytes when an overwrite or a
 * delete removes the folder meanwhile (as S3 finishes a GET of the version it started). Every file is closed when
 * the stream ends, fails or is destroyed unread (a HEAD).
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import type { Manifest } from './partList';

const CHUNK = 512 * 1024;

interface Slice {
  fh: fsp.FileHandle;
  /** first and last byte to read from this part file */
  from: number;
  to: number;
  closed?: boolean;
}

function close(s: Slice): Promise<void> {
  if (s.closed) return Promise.resolve();
  s.closed = true;
  return s.fh.close().catch(() => undefined);
}

/** Which bytes of which parts make the range. */
function plan(m: Manifest, start: number, end: number): { file: string; from: number; to: number }[] {
  const out: { file: string; from: number; to: number }[] = [];
  let offset = 0;
  for (const p of m.parts) {
    const last = offset + p.size - 1;
    if (p.size > 0 && last >= start && offset <= end) out.push({ file: p.file, from: Math.max(start, offset) - offset, to: Math.min(end, last) - offset });
    offset += p.size;
    if (offset > end) break;
  }
  return out;
}

async function* bytesOf(slices: Slice[]): AsyncGenerator<Buffer> {
  try {
    for (const s of slices) {
      for (let pos = s.from; pos <= s.to; ) {
        const n = Math.min(CHUNK, s.to - pos + 1);
        const buf = Buffer.allocUnsafe(n);
        const { bytesRead } = await s.fh.read(buf, 0, n, pos);
        if (!bytesRead) throw new Error('a part file is shorter than its manifest says');
        pos += bytesRead;
        yield bytesRead === n ? buf : buf.subarray(0, bytesRead);
      }
      await close(s);
    }
  } finally {
    await Promise.all(slices.map(close));
  }
}

/** Opens the part files of `start`..`end` of the object in `dir` and streams those bytes. */
export async function openPartRange(dir: string, m: Manifest, start: number, end: number): Promise<Readable> {
  const slices: Slice[] = [];
  try {
    for (const p of plan(m, start, end)) slices.push({ fh: await fsp.open(path.join(dir, p.file), 'r'), from: p.from, to: p.to });
  } catch (e) {
    await Promise.all(slices.map(close));
    throw e;
  }
  const stream = Readable.from(bytesOf(slices), { objectMode: false, highWaterMark: CHUNK });
  // a stream destroyed before its first read never runs the generator's `finally`
  stream.once('close', () => void Promise.all(slices.map(close)));
  return stream;
}
