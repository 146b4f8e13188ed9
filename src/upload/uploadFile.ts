/**
 * One file's flow: start → parts (hash, ask for a URL, PUT exactly as instructed) → complete, with retries,
 * pause/resume, cancel (which also aborts the multipart upload on the server) and byte progress. With resume on,
 * an unfinished upload of the same file to the same target, remembered by an earlier page, is continued instead of
 * started (see resume/): only the parts storage does not hold yet are sent.
 */
import { AbortError, PREFIX, isNetworkError } from '../core/errors';
import { guardEvents } from './callbacks';
import { Hosts, Security, StoreOptions, StoredFile, UploadEvents, UploadSource, UploadTask } from '../core/contracts';
import { EngineOptions, HttpResponse, HttpTransport, UploadEnvironment } from './types';
import { Aborter } from '../core/http/signal';
import { PartQueue } from './queue';
import { PartHasher } from './md5';
import { ProgressTracker, EngineProgress } from './progress';
import { choosePartSize, partRanges, PartRange } from './options';
import { RetryContext, sendOnce, withRetry } from '../core/http/retry';
import { runDiscard } from './discard';
import { HashAhead } from './hashAhead';
import { PartContext, sendPart } from './partSender';
import { PartUrls } from './partUrls';
import { PartScheduler } from './partScheduler';
import { ResumeStore, hasIndexedDb } from './resume/store';
import type { ResumeEntry } from './resume/entry';
import type { ResumeKit } from './resume/kit';
import { requestComplete } from './completeRequest';
import * as P from './protocol';


export interface FileJobDeps {
  transport: HttpTransport;
  env: UploadEnvironment;
  hosts: Hosts;
  apikey: string;
  security?: Security;
  /** The Uploader's shared concurrency budget. */
  queue: PartQueue;
  hasher: PartHasher;
  /** Where unfinished uploads are remembered; absent or unavailable = no resume. */
  resumeStore?: ResumeStore;
  /** The engine's debug messages (resume decisions); never given a policy or signature. */
  debug?(message: string): void;
}

type FileInfo = { filename: string; mimetype: string; size: number };

/** How many times in all a part that a refused complete names is sent again before the upload fails. */
const MAX_PART_RESENDS = 2;

/**
 * A 4xx answer about a remembered upload: the server or storage no longer knows it (expired, swept, a server
 * restarted without its upload state, storage lost it).
 */
function refusesResume(e: Error): boolean {
  return isNetworkError(e) && e.status >= 400 && e.status < 500 && e.status !== 429;
}

export class FileUpload {
  readonly promise: Promise<StoredFile>;
  /** The caller's callbacks, guarded so an exception in one cannot break the upload. */
  private readonly events: UploadEvents;
  /** Name, type and size as start and complete declare them. */
  private readonly file: FileInfo;
  /** API key, security and store options, carried by every POST. */
  private readonly base: P.SessionBase;
  /** Fires on cancel or failure: stops every request of the file. */
  private readonly cancelled = new Aborter();
  /** Fires on pause: stops the part requests in flight; replaced on resume. */
  private pauser = new Aborter();
  /** Whether the caller paused the upload. */
  private paused = false;
  /** Set once the promise settled (stored, failed or cancelled). */
  private finished = false;
  /** The multipart upload's ids: from the start answer, or from a remembered record. */
  private started: P.StartResult | null = null;
  /** Whether onUploadStart was called (at the first part PUT). */
  private uploadStartFired = false;
  /** Retry policy, environment and onRetry, for every request. */
  private readonly retryCtx: RetryContext;
  /** Byte progress of the file. */
  private readonly progress: ProgressTracker;
  /** The file's parts, in order. */
  private readonly ranges: PartRange[];
  /** ETag of each stored part, at index part number − 1. */
  private etags: string[] = [];
  /** The parts in line for the current multipart upload; null before start answered. */
  private scheduler: PartScheduler | null = null;
  /** Fires when the current multipart upload is given up (cancel, failure, or a remembered one the server refused). */
  private session: { aborter: Aborter; dispose: () => void };
  /** Settles `promise`. */
  private settle: { resolve(v: StoredFile): void; reject(e: Error): void } = { resolve() { /* set below */ }, reject() { /* set below */ } };
  /** The complete request's outcome once it was sent: a cancel cannot stop the server from storing the file. */
  private completing: Promise<StoredFile> | null = null;
  /** Digests of parts computed ahead of their slot. */
  private readonly digests: HashAhead;
  /** The resume code and this file's record, once loaded; null when resume is off or nothing can be remembered. */
  private record: ResumeKit | null = null;
  /** Parts a remembered record says storage holds, until storage accepts a part of it (or complete does); then null. */
  private unconfirmed: PartRange[] | null = null;
  /** How many times a part named by a refused complete was sent again. */
  private resends = 0;

  constructor(private readonly deps: FileJobDeps, private readonly source: UploadSource, store: StoreOptions, rawEvents: UploadEvents, private readonly opts: EngineOptions) {
    const env = deps.env;
    const events = (this.events = guardEvents(env, rawEvents));
    this.file = { filename: store.filename || source.name || 'untitled', mimetype: source.type || 'application/octet-stream', size: source.size };
    this.base = { apikey: deps.apikey, security: deps.security, store };
    this.retryCtx = { env, retry: opts.retryOptions, onRetry: events.onRetry ? function (a, w) { (events.onRetry as (a: number, w: number) => void)(a, w); } : undefined };
    this.progress = new ProgressTracker(source.size, env, opts.progressIntervalMs, events.onProgress ? function (p: EngineProgress) { (events.onProgress as (p: EngineProgress) => void)(p); } : undefined);
    this.ranges = partRanges(source.size, choosePartSize(source.size, opts, deps.hasher.autoPartMax || 0));
    this.digests = new HashAhead(deps.hasher, source);
    this.session = this.cancelled.child();
    this.promise = new Promise<StoredFile>((resolve, reject) => { this.settle = { resolve, reject }; });
  }

  /** The caller's handle. Starts on the next tick, so the caller can attach handlers and call pause() first. */
  task(): UploadTask {
    const kickoff = this.deps.env.setTimeout(() => { if (!this.finished) this.begin(); }, 0);
    this.cancelled.onAbort(() => { this.deps.env.clearTimeout(kickoff); });
    return {
      promise: this.promise,
      cancel: () => { if (!this.finished) this.fail(new AbortError()); },
      pause: () => this.pause(),
      resume: () => this.resume(),
    };
  }

  private pause(): void {
    if (this.finished || this.paused) return;
    this.paused = true;
    if (this.scheduler) this.scheduler.withdrawWaiting();
    this.pauser.abort();
  }

  private resume(): void {
    if (this.finished || !this.paused) return;
    this.paused = false;
    this.pauser = new Aborter();
    if (this.scheduler) this.scheduler.pump();
  }

  private debug(message: string): void {
    if (this.deps.debug) this.deps.debug(PREFIX + 'resume: ' + message);
  }

  private begin(): void {
    if (this.events.onStart) this.events.onStart();
    const store = this.deps.resumeStore;
    if (!this.opts.resume || !(store ? store.available : hasIndexedDb())) {
      this.startFresh();
      return;
    }
    this.lookup(store).then((entry) => {
      if (this.finished) {
        // cancelled while looking: the remembered upload will not be continued, so it is aborted
        if (entry && this.record) this.started = this.record.plan(entry, this.ranges).start;
        this.abortOnServer();
      } else if (entry) this.resumeFrom(entry);
      else this.startFresh();
    }).then(undefined, (e: Error) => { this.fail(e); });
  }

  /**
   * Loads the resume code, fingerprints the file (the digests of its first and last part, kept for their PUTs) and
   * reads its record. Never rejects: anything failing means a fresh start.
   */
  private lookup(store: ResumeStore | undefined): Promise<ResumeEntry | null> {
    const key = { apikey: this.deps.apikey, uploadApi: this.deps.hosts.uploadApi, store: this.base.store, source: this.source, partSize: this.partSize };
    return import(/* webpackChunkName: "resume" */ './resume/kit').then((m) => {
      const kit = m.openResume(store, this.opts.resumeTtlMs, (message) => this.debug(message));
      if (!kit || this.finished) return null;
      this.record = kit;
      return kit.find(key, this.ranges, this.digests, this.deps.env.now(), this.file.size);
    }).then(undefined, (e: Error) => {
      this.debug('could not look for a record (' + e.message + '); starting fresh');
      return null;
    });
  }

  /** Bytes per part (the whole file when it is one part). */
  private get partSize(): number {
    return this.ranges[0].end;
  }

  /**
   * Starts a new multipart upload. The start is not cut by a cancel: its answer is awaited (with its retries, which
   * carry the same start key, so the server answers them with the same upload) and the upload it names is aborted.
   */
  private startFresh(): void {
    const env = this.deps.env;
    const created = env.now();
    const key = P.newStartKey(created, function () { return env.random(); });
    // the first parts are hashed while start is on its way, so the first PUTs need not wait for a digest after it
    this.digests.prefetch([], this.ranges);
    this.post('/multipart/start', P.startBody(this.base, this.file, key), new Aborter(), 'the start request (/multipart/start)').then((res) => {
      const s = P.parseStart(res.text, this.deps.hosts.uploadApi);
      this.started = s;
      if (this.finished) {
        this.abortOnServer();
        return;
      }
      if (this.record) this.record.tracker.begin(s, created, this.file.size, this.partSize);
      this.openSession(this.ranges);
    }).then(undefined, (e: Error) => { this.fail(e); });
  }

  /** Continues a remembered upload: its stored parts count once the server shows it still knows the upload. */
  private resumeFrom(entry: ResumeEntry): void {
    const kit = this.record as ResumeKit;
    const plan = kit.plan(entry, this.ranges);
    this.started = plan.start;
    kit.tracker.begin(plan.start, entry.created, entry.size, entry.partSize, entry);
    for (let i = 0; i < entry.parts.length; i++) this.etags[entry.parts[i].n - 1] = entry.parts[i].etag;
    for (let i = 0; i < plan.held.length; i++) this.digests.forget(plan.held[i].number);
    this.unconfirmed = plan.held;
    this.debug('continuing upload ' + plan.start.uploadId + ': ' + plan.held.length + ' of ' + this.ranges.length + ' parts are stored already');
    this.openSession(plan.missing);
  }

  /** The server refused the remembered upload: forget it and start a new one, silently. */
  private restartFresh(e: Error): void {
    this.debug('the server refused the remembered upload (' + e.message + '); starting a new one');
    const old = this.scheduler;
    this.scheduler = null;
    if (old) old.withdrawWaiting();
    this.session.aborter.abort();
    this.session.dispose();
    this.session = this.cancelled.child();
    this.unconfirmed = null;
    this.completing = null;
    this.started = null;
    this.etags = [];
    if (this.record) this.record.tracker.reset();
    this.startFresh();
  }

  /** Storage accepted a part of the remembered upload: its stored parts now count as sent. */
  private confirm(): void {
    const held = this.unconfirmed;
    if (!held) return;
    this.unconfirmed = null;
    for (let i = 0; i < held.length; i++) this.progress.complete(held[i].number, held[i].end - held[i].start);
  }

  /** Sends `ranges` (the parts storage does not hold yet) in the current multipart upload, then completes. */
  private openSession(ranges: PartRange[]): void {
    if (!ranges.length) {
      this.complete();
      return;
    }
    const session = this.session.aborter;
    const ctx = this.partContext();
    const s: PartScheduler = new PartScheduler(this.deps.queue, this.opts.maxConcurrentUploads, ranges, {
      canStart: () => s === this.scheduler && !this.finished && !this.paused,
      run: (range) => this.runPart(ctx, range, session),
      partFailed: (range, e) => {
        if (s !== this.scheduler || this.finished) return;
        if (this.paused && e.name === 'AbortError' && !this.cancelled.aborted) s.putBack(range);
        else this.fail(e);
      },
      allStored: () => { if (s === this.scheduler) this.complete(); },
      prefetch: (waiting, pending) => this.digests.prefetch(waiting, pending),
    });
    this.scheduler = s;
    s.pump();
  }

  private partContext(): PartContext {
    const started = this.started as P.StartResult;
    return {
      transport: this.deps.transport, env: this.deps.env, opts: this.opts, source: this.source, retryCtx: this.retryCtx,
      progress: this.progress, digests: this.digests, partCount: this.ranges.length,
      post: (path, body, signal, where) => this.post(path, body, signal, where),
      uploadBody: (part, size, md5, batch) => P.uploadBody(this.base, started, part, size, md5, batch),
      urls: new PartUrls(started.batchParts || 0),
      beforePut: () => {
        if (this.uploadStartFired) return;
        this.uploadStartFired = true;
        if (this.events.onUploadStart) this.events.onUploadStart();
      },
    };
  }

  /** Sends one part under the pause and session signals; records its ETag once storage holds it. */
  private runPart(ctx: PartContext, range: PartRange, session: Aborter): Promise<void> {
    const partSignal = this.pauser.child();
    const unlink = session.onAbort(function () { partSignal.aborter.abort(); });
    const cleanup = function () { partSignal.dispose(); unlink(); };
    return sendPart(ctx, range, partSignal.aborter).then((etag) => {
      cleanup();
      if (session.aborted) throw new AbortError();
      this.confirm();
      this.etags[range.number - 1] = etag;
      this.progress.complete(range.number, range.end - range.start);
      if (this.record) this.record.tracker.partStored(range.number, etag);
    }, function (e: Error) {
      cleanup();
      throw e;
    });
  }

  private post(path: string, body: string, signal: Aborter, where: string): Promise<HttpResponse> {
    const deps = this.deps;
    const started = this.started;
    const url = (started ? started.locationUrl : deps.hosts.uploadApi.replace(/\/+$/, '')) + path;
    const timeoutMs = this.opts.requestTimeoutMs;
    return withRetry(this.retryCtx, signal, function () {
      return sendOnce(deps.transport, { method: 'POST', url, headers: P.postHeaders(started || undefined), body, timeoutMs, signal }, where);
    });
  }

  private complete(): void {
    if (this.finished) return;
    const body = P.completeBody(this.base, this.started as P.StartResult, this.file, this.etags);
    const ctx = { env: this.deps.env, opts: this.opts, fileApi: this.deps.hosts.fileApi, file: this.file, post: this.post.bind(this) };
    // not the cancel signal: once sent, the answer is awaited even after a cancel (see abortOnServer)
    const completing = (this.completing = requestComplete(ctx, body, new Aborter()));
    // complete counts as sent before the callback runs: a cancel inside it waits for the answer like any later cancel
    if (this.events.onUploadComplete) this.events.onUploadComplete();
    completing.then((stored) => {
      if (this.finished || completing !== this.completing) return;
      this.finished = true;
      this.progress.finish();
      if (this.record) this.record.tracker.forget();
      this.settle.resolve(stored);
    }, (e: Error) => { if (completing === this.completing) this.completeRefused(e); });
  }

  /**
   * Complete was refused. When the answer names a part storage does not hold as sent (lost, or overwritten by a
   * stale write), that part is sent again and complete retried, at most MAX_PART_RESENDS times; else it fails.
   */
  private completeRefused(e: Error): void {
    const part = isNetworkError(e) ? P.partToResend(e.status, e.body) : null;
    const range = part !== null ? this.ranges[part - 1] : undefined;
    if (this.finished || !range || this.resends >= MAX_PART_RESENDS || this.unconfirmed) {
      this.fail(e);
      return;
    }
    this.resends++;
    this.completing = null;
    this.openSession([range]);
  }

  private fail(e: Error): void {
    if (this.finished) return;
    if (this.unconfirmed && refusesResume(e)) {
      this.restartFresh(e);
      return;
    }
    this.finished = true;
    this.progress.stop();
    if (this.scheduler) this.scheduler.withdrawWaiting();
    this.digests.drop();
    this.cancelled.abort();
    if (this.record) this.record.tracker.forget();
    this.settle.reject(e);
    this.abortOnServer();
  }

  private abortOnServer(): void {
    const s = this.started;
    if (!s) return;
    const deps = this.deps;
    const opts = this.opts;
    const abort = () => {
      this.post('/multipart/abort', P.abortBody(this.base, s), new Aborter(), 'the abort request (/multipart/abort)').then(undefined, function () { /* best effort */ });
    };
    const sent = this.completing;
    if (sent) {
      // complete was sent: wait for its answer. A file the server stored anyway is removed; otherwise abort.
      sent.then(function (stored) {
        runDiscard(deps, stored, opts).then(undefined, function () { /* best effort */ });
      }, abort);
      return;
    }
    const settled = this.scheduler ? this.scheduler.settled() : Promise.resolve();
    settled.then(abort, abort);
  }
}

export function runUpload(deps: FileJobDeps, source: UploadSource, store: StoreOptions, rawEvents: UploadEvents, opts: EngineOptions): UploadTask {
  return new FileUpload(deps, source, store, rawEvents, opts).task();
}
