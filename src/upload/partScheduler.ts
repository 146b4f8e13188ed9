/**
 * The parts of one multipart session in line for the Uploader's shared concurrency budget: at most
 * `maxConcurrentUploads` of them started at once, in order; a paused part goes back to the head of the line.
 */
import { PartQueue } from './queue';
import { PartRange } from './options';

/** What the scheduler asks of the file's upload. */
export interface SchedulerHost {
  /** Whether a part may start now (the upload is neither finished nor paused). */
  canStart(): boolean;
  /** Sends one part; resolves once storage holds it. */
  run(range: PartRange): Promise<void>;
  /** A part failed (the host may `putBack` it when it was only paused). */
  partFailed(range: PartRange, e: Error): void;
  /** Every part of the line is stored. */
  allStored(): void;
  /** The parts next in line, to hash ahead: those waiting for a slot, then the pending ones. */
  prefetch(waiting: PartRange[], pending: PartRange[]): void;
}

interface Waiting {
  range: PartRange;
  /** Leaves the queue's line while the slot is not granted yet. */
  withdraw: () => void;
}

export class PartScheduler {
  /** Parts not started yet, in order. */
  private readonly pending: PartRange[];
  /** Parts holding or waiting for a queue slot. */
  private readonly waiting: Waiting[] = [];
  /** Parts of this line started and not settled (the waiting ones included). */
  private inFlight = 0;
  /** Parts still to be stored. */
  private left: number;
  /** Promises of in-flight part attempts, so a server-side abort can wait for them to stop. */
  private readonly running: Array<Promise<void>> = [];

  constructor(private readonly queue: PartQueue, private readonly limit: number, ranges: PartRange[], private readonly host: SchedulerHost) {
    this.pending = ranges.slice();
    this.left = ranges.length;
  }

  /** Starts parts while slots of this file are free, then lets the host hash the next ones. */
  pump(): void {
    while (this.host.canStart() && this.pending.length && this.inFlight < this.limit) this.enqueue(this.pending.shift() as PartRange);
    if (this.host.canStart()) this.host.prefetch(this.waitingRanges(), this.pending);
  }

  /** Takes the parts still waiting for a slot out of the queue's line and puts them back in ours. */
  withdrawWaiting(): void {
    while (this.waiting.length) {
      const w = this.waiting.pop() as Waiting;
      w.withdraw();
      this.inFlight--;
      this.pending.unshift(w.range);
    }
  }

  /** Puts back a part whose attempt was stopped by a pause. */
  putBack(range: PartRange): void {
    this.pending.unshift(range);
  }

  /** Resolves once every part attempt running now has settled. */
  settled(): Promise<void> {
    const all = this.running.slice();
    return Promise.all(all.map(function (p) { return p.then(undefined, function () { /* settled */ }); })).then(function () { /* done */ });
  }

  private waitingRanges(): PartRange[] {
    const out: PartRange[] = [];
    for (let i = 0; i < this.waiting.length; i++) out.push(this.waiting[i].range);
    return out;
  }

  private enqueue(range: PartRange): void {
    this.inFlight++;
    const entry: Waiting = { range, withdraw: function () { /* set below */ } };
    this.waiting.push(entry);
    entry.withdraw = this.queue.acquire((release) => {
      const i = this.waiting.indexOf(entry);
      if (i >= 0) this.waiting.splice(i, 1);
      const p = this.host.run(range).then(() => {
        release();
        this.inFlight--;
        this.left--;
        if (this.left === 0) this.host.allStored();
        else this.pump();
      }, (e: Error) => {
        release();
        this.inFlight--;
        this.host.partFailed(range, e);
      });
      this.running.push(p);
      // void: the entry removed is `p` itself, settled by now
      const done = () => { void this.running.splice(this.running.indexOf(p), 1); };
      // also when a host callback above threw: the part is over either way
      p.then(done, done);
    });
  }
}
