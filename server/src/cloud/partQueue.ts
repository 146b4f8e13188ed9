/**
 * The parts of one multipart copy, uploaded while the next ones are read: at most `inFlight` PUTs at a time, so memory
 * stays bounded by part size × (inFlight + the one being read). The first failure is kept and thrown to the reader at
 * its next `add` (or at `finish`); `settle` waits for every PUT still running, so an abort comes after the last part.
 */
import type { StoredPart } from '../storage/types';

export type PutPart = (n: number, chunks: Buffer[], size: number) => Promise<StoredPart>;

export class PartQueue {
  private readonly running = new Set<Promise<void>>();
  private readonly stored: StoredPart[] = [];
  private failed = false;
  private failure: unknown;

  constructor(
    private readonly put: PutPart,
    private readonly inFlight: number,
  ) {}

  /** Starts part `n`; resolves once fewer than `inFlight` PUTs run (backpressure for the reader). */
  async add(n: number, chunks: Buffer[], size: number): Promise<void> {
    this.check();
    const p: Promise<void> = this.put(n, chunks, size)
      .then(
        (part) => {
          this.stored.push(part);
        },
        (e: unknown) => {
          if (!this.failed) {
            this.failed = true;
            this.failure = e;
          }
        },
      )
      .then(() => {
        this.running.delete(p);
      });
    this.running.add(p);
    while (this.running.size >= this.inFlight && !this.failed) await Promise.race(this.running);
    this.check();
  }

  /** Every part, in order, once all are stored; rejects with the first failure. */
  async finish(): Promise<StoredPart[]> {
    await this.settle();
    this.check();
    return this.stored.slice().sort((a, b) => a.partNumber - b.partNumber);
  }

  /** Resolves when no PUT runs any more (never rejects). */
  async settle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  private check(): void {
    if (this.failed) throw this.failure;
  }
}
