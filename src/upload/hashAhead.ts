/**
 * Part digests started ahead of a free slot, so hashing overlaps the PUTs of the parts before: without it a slot
 * hashes, then asks for a URL, then sends, and the hasher idles while every slot is sending.
 */
import { UploadSource } from '../core/contracts';
import { PartDigest, PartHasher } from './md5';
import { PartRange } from './options';
import { BatchPart } from './protocol';

export class HashAhead {
  /** Digests computed (or running) ahead of their part, by part number. */
  private readonly hashed: { [part: number]: Promise<PartDigest> } = {};
  /** Parts whose digest was seeded (the fingerprint's first and last part): not counted against the limit. */
  private readonly seeded: { [part: number]: true } = {};
  /** The digests ahead that are computed, with their part (for asking their URLs ahead). */
  private readonly done: { [part: number]: BatchPart } = {};
  /** How many digests may be held ahead at once. */
  private readonly limit: number;

  constructor(private readonly hasher: PartHasher, private readonly source: UploadSource) {
    this.limit = hasher.ahead === undefined ? 1 : hasher.ahead;
  }

  /** The digest of `range`: the one computed ahead (handed over once), else a new one. */
  take(range: PartRange): Promise<PartDigest> {
    if (this.has(range.number)) {
      const p = this.hashed[range.number];
      delete this.hashed[range.number];
      delete this.seeded[range.number];
      delete this.done[range.number];
      return p;
    }
    return this.hasher.digest(this.source.slice(range.start, range.end));
  }

  /** Starts the digest of `range` now (whatever the limit) and keeps it for its part; returns it. */
  seed(range: PartRange): Promise<PartDigest> {
    if (!this.has(range.number)) {
      this.start(range);
      this.seeded[range.number] = true;
    }
    return this.hashed[range.number];
  }

  /**
   * Starts the digests of the next parts in line, at most the limit held at once: the parts waiting for a slot first,
   * then the first of `pending` (as many as the limit leaves after the waiting ones).
   */
  prefetch(waiting: PartRange[], pending: PartRange[]): void {
    if (this.limit <= 0) return;
    const next = waiting.slice();
    for (let i = 0; i < pending.length && next.length < this.limit; i++) next.push(pending[i]);
    let count = this.count();
    for (let i = 0; i < next.length && count < this.limit; i++) {
      if (this.has(next[i].number)) continue;
      this.start(next[i]);
      count++;
    }
  }

  /** Gives back the bytes of the digest of one part that will not be sent (it is stored already). */
  forget(part: number): void {
    if (!this.has(part)) return;
    const p = this.hashed[part];
    delete this.hashed[part];
    delete this.seeded[part];
    delete this.done[part];
    p.then(function (d) { if (d.release) d.release(); }, function () { /* nothing held */ });
  }

  /** Gives back the bytes of every digest computed ahead and never used (the upload failed or was cancelled). */
  drop(): void {
    for (const k in this.hashed) {
      if (Object.prototype.hasOwnProperty.call(this.hashed, k)) this.forget(Number(k));
    }
  }

  /** The parts held ahead whose digest is computed, in part order. */
  ready(): BatchPart[] {
    const out: BatchPart[] = [];
    for (const k in this.done) if (Object.prototype.hasOwnProperty.call(this.done, k)) out.push(this.done[k]);
    return out.sort(function (a, b) { return a.part - b.part; });
  }

  private start(range: PartRange): void {
    const p = this.hasher.digest(this.source.slice(range.start, range.end));
    const done = this.done;
    const hashed = this.hashed;
    p.then(function (d) {
      if (hashed[range.number] === p) done[range.number] = { part: range.number, size: range.end - range.start, md5: d.md5 };
    }, function () { /* surfaced when the part takes it */ });
    this.hashed[range.number] = p;
  }

  private has(part: number): boolean {
    return Object.prototype.hasOwnProperty.call(this.hashed, part);
  }

  private count(): number {
    let n = 0;
    for (const k in this.hashed) if (Object.prototype.hasOwnProperty.call(this.hashed, k) && !this.seeded[k as unknown as number]) n++;
    return n;
  }
}
