/**
 * The page's side of the MD5 Workers (md5Worker.ts is the other side). Parts wait in one line and each Worker hashes one
 * part at a time, so the first part in line is ready first (a Worker given several at once interleaves their reads and
 * finishes them all late). Up to `workers` Workers are started, as parts queue up. Each new Worker is pinged and must
 * answer within `readyMs`; when no Worker can be created, one reports an error, or one stays silent, the pool gives up
 * for good and every part (those in line and those a Worker held) is hashed on the main thread. Which way was taken is
 * said once through `debug`. This file and md5Start.ts are the on-demand chunk `md5pool`, loaded the first time a part
 * is hashed in a page that can start Workers (the main bundle stays small).
 */
import { UploadEnvironment, WorkerLike } from './types';
import { Md5WorkerStart, md5WorkerStart } from './md5Start';

/** How long a new Worker may take to answer the ready ping (load its script, start its hasher). */
export const MD5_READY_MS = 5000;

interface Job { id: number; blob: Blob; resolve(md5: string | null): void }
interface Slot { w: WorkerLike; job: Job | null; ready: boolean; timer: unknown }
/** What a Worker posts back (see md5Worker.ts). */
interface Answer { type?: unknown; id?: unknown; md5?: unknown; hasher?: unknown; note?: unknown }

export class Md5WorkerPool {
  /** Timers and the optional ready bound. */
  private readonly env: UploadEnvironment;
  /** How Workers are started, and the name of that way for the debug log. */
  private readonly start: Md5WorkerStart;
  /** At most this many Workers run at once. */
  private readonly workers: number;
  /** Where the engine's debug messages go (never a policy or signature). */
  private readonly debug: (message: string) => void;
  /** The Workers started so far, each with the part it is hashing. */
  private slots: Slot[] = [];
  /** Parts waiting for a free Worker, first asked first. */
  private line: Job[] = [];
  /** Set for good once the Workers are given up: every part then goes to the main thread. */
  private broken = false;
  /** Last job id handed out. */
  private seq = 0;
  /** Whether the path taken was logged already. */
  private said = false;

  constructor(env: UploadEnvironment, start: Md5WorkerStart, workers: number, debug: (message: string) => void) {
    this.env = env;
    this.start = start;
    this.workers = Math.max(1, workers);
    this.debug = debug;
  }

  /** The base64 digest, or null when the part must be hashed on the main thread. */
  md5(blob: Blob): Promise<string | null> {
    if (this.broken) return Promise.resolve(null);
    return new Promise<string | null>((resolve) => {
      this.line.push({ id: ++this.seq, blob, resolve });
      this.dispatch();
    });
  }

  dispose(): void {
    while (this.slots.length) this.end(this.slots.pop() as Slot);
  }

  private say(message: string): void {
    if (this.said) return;
    this.said = true;
    this.debug('md5: ' + message);
  }

  private end(slot: Slot): void {
    if (slot.timer !== undefined) this.env.clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.w.terminate();
  }

  /** Gives the Workers up: the parts they held and those in line resolve null (hash them on the main thread). */
  private fail(reason: string): void {
    if (this.broken) return;
    this.broken = true;
    this.say('hashing on the main thread with spark-md5 (' + reason + ')');
    while (this.slots.length) {
      const s = this.slots.pop() as Slot;
      this.end(s);
      if (s.job) s.job.resolve(null);
    }
    while (this.line.length) (this.line.shift() as Job).resolve(null);
  }

  private spawn(): Slot | null {
    if (this.broken || this.slots.length >= this.workers) return null;
    let w: WorkerLike | null = null;
    try {
      w = this.start.create();
    } catch {
      w = null;
    }
    if (!w) {
      if (!this.slots.length) this.fail('could not start a Worker from the ' + this.start.path);
      return null;
    }
    const slot: Slot = { w, job: null, ready: false, timer: undefined };
    w.onmessage = (ev) => this.answer(slot, (ev.data || {}) as Answer);
    w.onerror = () => this.fail('the Worker from the ' + this.start.path + ' reported an error');
    this.slots.push(slot);
    const ms = this.env.md5ReadyMs || MD5_READY_MS;
    slot.timer = this.env.setTimeout(() => {
      slot.timer = undefined;
      if (!slot.ready) this.fail('the Worker from the ' + this.start.path + ' did not answer within ' + ms + ' ms');
    }, ms);
    try {
      w.postMessage({ type: 'filepicker-md5-ping' });
    } catch {
      this.fail('the Worker refused a message');
      return null;
    }
    return slot;
  }

  private answer(slot: Slot, d: Answer): void {
    if (d.type === 'filepicker-md5-ready') {
      slot.ready = true;
      if (slot.timer !== undefined) this.env.clearTimeout(slot.timer);
      slot.timer = undefined;
      const how = d.hasher === 'wasm' ? 'hash-wasm' : 'spark-md5' + (typeof d.note === 'string' ? ', ' + d.note : '');
      this.say('hashing in a Worker started from the ' + this.start.path + ' (' + how + ')');
      return;
    }
    const job = slot.job;
    if (!job || d.id !== job.id) return;
    slot.job = null;
    job.resolve(typeof d.md5 === 'string' ? d.md5 : null);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.line.length && !this.broken) {
      let free: Slot | null = null;
      for (let i = 0; i < this.slots.length && !free; i++) if (!this.slots[i].job) free = this.slots[i];
      if (!free) free = this.spawn();
      if (!free) return;
      const job = this.line.shift() as Job;
      free.job = job;
      try {
        free.w.postMessage({ type: 'filepicker-md5', id: job.id, blob: job.blob });
      } catch {
        this.fail('the Worker refused a part');
      }
    }
  }
}

/**
 * The pool for an environment: its own `createWorker` when it has one (tests, embedders), else the Worker script at
 * `md5WorkerUrl` started as md5Start.ts says for the current page.
 */
export function openMd5Pool(env: UploadEnvironment, workers: number, debug: (message: string) => void): Md5WorkerPool {
  const own = env.createWorker;
  const start: Md5WorkerStart = own
    ? { path: 'environment', create: function () { return own.call(env); } }
    : md5WorkerStart(env.md5WorkerUrl || '', typeof location !== 'undefined' && location ? location.href : undefined);
  return new Md5WorkerPool(env, start, workers, debug);
}
