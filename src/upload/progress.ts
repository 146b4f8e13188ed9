/**
 * Byte progress of one file, aggregated from its parts. Each part counts its high-water mark, so a retried part
 * never counts a byte twice and the total never goes backwards. Events are throttled through the environment's
 * timer (one per `intervalMs` at most); `finish()` always emits the final event with loaded === total.
 */
import { UploadProgress } from '../core/contracts';
import { UploadEnvironment } from './types';

/** The engine's progress event: the contract's bytes plus the part that moved last. */
export interface EngineProgress extends UploadProgress {
  /** Number of the part that moved last (1-based), when a part moved. */
  part?: number;
  /** Bytes of that part counted so far. */
  partLoaded?: number;
  /** Size of that part in bytes. */
  partSize?: number;
}

export class ProgressTracker {
  /** High-water mark of each part, by part number. */
  private marks: { [part: number]: number } = {};
  /** Sum of the marks. */
  private loaded = 0;
  /** Last value handed to the listener. */
  private emitted = -1;
  /** Part that moved last. */
  private lastPart: { number: number; loaded: number; size: number } | null = null;
  /** Pending throttle timer, if any. */
  private timer: unknown = null;
  /** Time of the last emit. */
  private lastEmitAt = -Infinity;
  private stopped = false;

  constructor(
    private readonly total: number,
    private readonly env: UploadEnvironment,
    private readonly intervalMs: number,
    private readonly listener?: (p: EngineProgress) => void,
  ) {}

  /** Reports `bytes` sent of part `part` (of `size` bytes) in the current attempt. */
  update(part: number, bytes: number, size: number): void {
    const b = Math.max(0, Math.min(size, bytes));
    const prev = this.marks[part] || 0;
    if (b <= prev) return;
    this.marks[part] = b;
    this.loaded += b - prev;
    this.lastPart = { number: part, loaded: b, size };
    this.schedule();
  }

  /** A part is done: all its bytes count. */
  complete(part: number, size: number): void {
    this.update(part, size, size);
  }

  get bytes(): number {
    return this.loaded;
  }

  /** Emits the final event (loaded === total) and stops. */
  finish(): void {
    this.cancelTimer();
    if (this.stopped) return;
    this.stopped = true;
    this.loaded = this.total;
    this.emit();
  }

  /** Stops without a final event (cancel, failure). */
  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  private schedule(): void {
    if (this.stopped || this.timer !== null) return;
    const wait = this.lastEmitAt + this.intervalMs - this.env.now();
    if (wait <= 0) {
      this.emit();
      return;
    }
    this.timer = this.env.setTimeout(() => {
      this.timer = null;
      if (!this.stopped) this.emit();
    }, wait);
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.env.clearTimeout(this.timer);
      this.timer = null;
    }
  }

  private emit(): void {
    this.lastEmitAt = this.env.now();
    if (this.loaded === this.emitted) return;
    this.emitted = this.loaded;
    if (!this.listener) return;
    const ev: EngineProgress = { loaded: this.loaded, total: this.total };
    if (this.lastPart) {
      ev.part = this.lastPart.number;
      ev.partLoaded = this.lastPart.loaded;
      ev.partSize = this.lastPart.size;
    }
    this.listener(ev);
  }
}
