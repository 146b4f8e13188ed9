import { UploadProgress } from '../core/contracts';
import { PercentOf } from './dropStore';

/** What one drop of files ends with. */
export interface FilesDropEvents {
  /** The average percent over the drop's files. */
  progress(percent: number): void;
  /** Every file settled: the Blobs in drop order, and the first error (null when none). */
  done(blobs: unknown[], error: unknown): void;
}

/** The files of one drop: average progress, results in drop order, one outcome once every file settled. */
export class FilesDrop {
  /** Percent of each file, by its place in the drop. */
  private percent: number[] = [];
  /** The progress reporter of each file (v2 `store` percents). */
  private reporters: PercentOf[] = [];
  /** Blobs by place in the drop. */
  private results: unknown[] = [];
  /** Files settled (stored or failed). */
  private settledCount = 0;
  /** Which files settled already (a late event of a settled file is ignored). */
  private settled: boolean[] = [];
  /** The first failure, or null. */
  private firstError: unknown = null;

  /** `total`: the number of files dropped. */
  constructor(private total: number, private events: FilesDropEvents) {
    for (let i = 0; i < total; i++) this.reporters.push(new PercentOf((p) => this.progress(i, p)));
  }

  bytes(i: number, p: UploadProgress): void {
    if (!this.settled[i]) this.reporters[i].bytes(p);
  }

  stored(i: number, blob: unknown): void {
    if (this.settled[i]) return;
    this.reporters[i].done();
    this.settled[i] = true;
    this.results[i] = blob;
    this.percent[i] = 100;
    if (this.total > 1) this.report();
    this.settle();
  }

  failed(i: number, err: unknown): void {
    if (this.settled[i]) return;
    this.settled[i] = true;
    if (this.firstError === null) this.firstError = err;
    this.settle();
  }

  private progress(i: number, p: number): void {
    if (this.settled[i]) return;
    this.percent[i] = p;
    this.report();
  }

  private report(): void {
    let sum = 0;
    for (let i = 0; i < this.total; i++) sum += this.percent[i] || 0;
    this.events.progress(sum / this.total);
  }

  private settle(): void {
    this.settledCount++;
    if (this.settledCount === this.total) this.events.done(this.results, this.firstError);
  }
}
