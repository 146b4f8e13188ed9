/**
 * One file's flow: start → parts (hash, ask for a URL, PUT exactly as instructed) → complete, with retries,
 * pause/resume, cancel (which also aborts the multipart upload on the server) and byte progress.
 */
import { AbortError, FilepickerError, PREFIX, isNetworkError } from '../core/errors';
import { guardEvents } from './callbacks';
import { Hosts, Security, StoreOptions, StoredFile, UploadEvents, UploadSource, UploadTask } from '../core/contracts';
import { EngineOptions, HttpTransport, UploadEnvironment } from './types';
import { Aborter } from './signal';
import { PartQueue } from './queue';
import { PartDigest, PartHasher } from './md5';
import { ProgressTracker, EngineProgress } from './progress';
import { effectivePartSize, partRanges, PartRange } from './options';
import { AttemptFailure, RetryContext, sendOnce, sleep, withRetry } from './retry';
import { backoffDelay } from './retryPolicy';
import { runDiscard } from './discard';
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
}

export const MISSING_ETAG_MESSAGE = PREFIX + 'storage accepted part {part} but its answer has no readable ETag header. ' +
  'In a browser the bucket\'s CORS configuration must expose it: add <ExposeHeader>ETag</ExposeHeader> to the CORS rule (see the S3 bucket CORS settings)';

export function runUpload(deps: FileJobDeps, source: UploadSource, store: StoreOptions, rawEvents: UploadEvents, opts: EngineOptions): UploadTask {
  const env = deps.env;
  const events = guardEvents(env, rawEvents);

  const file = { filename: store.filename || source.name || 'untitled', mimetype: source.type || 'application/octet-stream', size: source.size };
  const base: P.SessionBase = { apikey: deps.apikey, security: deps.security, store };
  const cancelled = new Aborter();
  let pauser = new Aborter();
  let paused = false;
  let finished = false;
  let started: P.StartResult | null = null;
  let uploadStartFired = false;
  const retryCtx: RetryContext = { env, retry: opts.retryOptions, onRetry: events.onRetry ? function (a, w) { (events.onRetry as (a: number, w: number) => void)(a, w); } : undefined };
  const progress = new ProgressTracker(file.size, env, opts.progressIntervalMs, events.onProgress ? function (p: EngineProgress) { (events.onProgress as (p: EngineProgress) => void)(p); } : undefined);
  const partSize = effectivePartSize(file.size, opts.partSize);
  const ranges = partRanges(file.size, partSize);
  const etags: string[] = [];
  const pending: PartRange[] = ranges.slice();
  /** Parts of this file holding or waiting for a queue slot, with the function that withdraws a waiting one. */
  const waiting: Array<{ range: PartRange; withdraw: () => void }> = [];
  let inFlight = 0;
  let done = 0;
  let settle: { resolve(v: StoredFile): void; reject(e: Error): void } = { resolve() { /* set below */ }, reject() { /* set below */ } };
  const promise = new Promise<StoredFile>(function (resolve, reject) { settle = { resolve, reject }; });
  /** Promises of in-flight part attempts, so the server-side abort waits for them to stop. */
  const running: Array<Promise<void>> = [];
  /** The complete request's outcome once it was sent: a cancel cannot stop the server from storing the file. */
  let completing: Promise<StoredFile> | null = null;
  /**
   * Digests started ahead of a free slot (by part number), so hashing overlaps the PUTs of the parts before:
   * without it a slot hashes, then asks for a URL, then sends, and the hasher idles while every slot is sending.
   */
  const hashed: { [part: number]: Promise<PartDigest> } = {};
  const hashAhead = deps.hasher.ahead === undefined ? 1 : deps.hasher.ahead;

  function digestOf(range: PartRange): Promise<PartDigest> {
    if (Object.prototype.hasOwnProperty.call(hashed, range.number)) {
      const p = hashed[range.number];
      delete hashed[range.number];
      return p;
    }
    return deps.hasher.digest(source.slice(range.start, range.end));
  }

  /** Starts the digests of the next parts in line (those waiting for a slot first), at most `hashAhead` of them. */
  function prefetch(): void {
    if (finished || paused || hashAhead <= 0) return;
    const next: PartRange[] = [];
    for (let i = 0; i < waiting.length; i++) next.push(waiting[i].range);
    for (let i = 0; i < pending.length && next.length < hashAhead; i++) next.push(pending[i]);
    let count = 0;
    for (const k in hashed) if (Object.prototype.hasOwnProperty.call(hashed, k)) count++;
    for (let i = 0; i < next.length && count < hashAhead; i++) {
      const r = next[i];
      if (Object.prototype.hasOwnProperty.call(hashed, r.number)) continue;
      const p = deps.hasher.digest(source.slice(r.start, r.end));
      p.then(undefined, function () { /* surfaced when the part takes it */ });
      hashed[r.number] = p;
      count++;
    }
  }

  /** Gives back the bytes of digests computed ahead and never used (the upload failed or was cancelled). */
  function dropHashed(): void {
    for (const k in hashed) {
      if (!Object.prototype.hasOwnProperty.call(hashed, k)) continue;
      hashed[k as any].then(function (d) { if (d.release) d.release(); }, function () { /* nothing held */ });
      delete hashed[k as any];
    }
  }

  function post(path: string, body: string, signal: Aborter, where: string) {
    const url = (started ? started.locationUrl : deps.hosts.uploadApi.replace(/\/+$/, '')) + path;
    return withRetry(retryCtx, signal, function () {
      return sendOnce(deps.transport, { method: 'POST', url, headers: P.postHeaders(started || undefined), body, timeoutMs: opts.requestTimeoutMs, signal }, where);
    });
  }

  function fail(e: Error): void {
    if (finished) return;
    finished = true;
    progress.stop();
    withdrawWaiting();
    dropHashed();
    cancelled.abort();
    settle.reject(e);
    abortOnServer();
  }

  function withdrawWaiting(): void {
    while (waiting.length) {
      const w = waiting.pop() as { range: PartRange; withdraw: () => void };
      w.withdraw();
      inFlight--;
      pending.unshift(w.range);
    }
  }

  function abortOnServer(): void {
    const s = started;
    if (!s) return;
    const sent = completing;
    if (sent) {
      // complete was sent: wait for its answer. A file the server stored anyway is removed; otherwise abort.
      sent.then(function (stored) {
        runDiscard(deps, stored, opts).then(undefined, function () { /* best effort */ });
      }, function () {
        const own = new Aborter();
        post('/multipart/abort', P.abortBody(base, s), own, 'the abort request (/multipart/abort)').then(undefined, function () { /* best effort */ });
      });
      return;
    }
    const all = running.slice();
    const after = function () {
      const own = new Aborter();
      post('/multipart/abort', P.abortBody(base, s), own, 'the abort request (/multipart/abort)').then(undefined, function () { /* best effort */ });
    };
    Promise.all(all.map(function (p) { return p.then(undefined, function () { /* settled */ }); })).then(after);
  }

  function pump(): void {
    while (!finished && !paused && pending.length && inFlight < opts.maxConcurrentUploads) {
      const range = pending.shift() as PartRange;
      inFlight++;
      const entry = { range, withdraw: function () { /* set below */ } };
      waiting.push(entry);
      entry.withdraw = deps.queue.acquire(function (release) {
        const i = waiting.indexOf(entry);
        if (i >= 0) waiting.splice(i, 1);
        const p = runPart(range).then(
          function () {
            release();
            inFlight--;
            done++;
            if (done === ranges.length) complete();
            else pump();
          },
          function (e: Error) {
            release();
            inFlight--;
            if (finished) return;
            if (paused && e.name === 'AbortError' && !cancelled.aborted) {
              pending.unshift(range);
              return;
            }
            fail(e);
          },
        );
        running.push(p);
        p.then(function () { running.splice(running.indexOf(p), 1); });
      });
    }
    prefetch();
  }

  function runPart(range: PartRange): Promise<void> {
    const size = range.end - range.start;
    const partSignal = pauser.child();
    const unlinkCancel = cancelled.onAbort(function () { partSignal.aborter.abort(); });
    const signal = partSignal.aborter;
    const cleanup = function () { partSignal.dispose(); unlinkCancel(); };
    let md5 = '';
    /** The part's bytes when the hasher read them whole (Node); else the PUT sends a lazy Blob slice. */
    let bytes: Uint8Array | undefined;
    let releaseBytes: (() => void) | undefined;
    const dropBytes = function () {
      bytes = undefined;
      if (releaseBytes) releaseBytes();
      releaseBytes = undefined;
    };
    const where = 'part ' + range.number + ' of ' + ranges.length;
    const getTarget = function (): Promise<P.PartTarget> {
      return post('/multipart/upload', P.uploadBody(base, started as P.StartResult, range.number, size, md5), signal, 'the upload request of ' + where + ' (/multipart/upload)')
        .then(function (res) { return P.parsePartTarget(res.text, range.number); });
    };
    const put = function (target: P.PartTarget, progressed: () => void): Promise<string> {
      if (!uploadStartFired) {
        uploadStartFired = true;
        if (events.onUploadStart) events.onUploadStart();
      }
      const attempt = signal.child();
      let stalled = false;
      let high = 0;
      let timer: unknown = null;
      const arm = function () {
        if (timer !== null) env.clearTimeout(timer);
        timer = env.setTimeout(function () { stalled = true; attempt.aborter.abort(); }, opts.stallTimeoutMs);
      };
      arm();
      const stop = function () { if (timer !== null) env.clearTimeout(timer); timer = null; attempt.dispose(); };
      return sendOnce(deps.transport, {
        method: 'PUT', url: target.url, headers: target.headers, body: bytes || source.slice(range.start, range.end),
        signal: attempt.aborter,
        onUploadProgress: function (loaded: number) {
          if (loaded > high) { high = loaded; progressed(); arm(); }
          progress.update(range.number, loaded, size);
        },
      }, 'the storage PUT of ' + where).then(function (res) {
        stop();
        const etag = res.headers.get('etag');
        if (!etag) throw new FilepickerError(MISSING_ETAG_MESSAGE.replace('{part}', String(range.number)));
        return etag;
      }, function (e: unknown) {
        stop();
        if (stalled && !signal.aborted && e instanceof AttemptFailure && e.outcome.kind === 'abort') {
          throw new AttemptFailure({ kind: 'stall' }, new FilepickerError(PREFIX + 'the storage PUT of ' + where + ' stalled: no upload progress for ' + opts.stallTimeoutMs + ' ms'));
        }
        throw e;
      });
    };
    const putWithRenewal = function (renewals: number): Promise<string> {
      return getTarget().then(function (target) {
        return withRetry(retryCtx, signal, function (progressed) { return put(target, progressed); });
      }).then(undefined, function (e: unknown) {
        if (isNetworkError(e) && e.status === 403 && e.method === 'PUT' && renewals < opts.maxUrlRenewals && !signal.aborted) {
          return putWithRenewal(renewals + 1);
        }
        throw e;
      });
    };
    return digestOf(range).then(function (d) {
      md5 = d.md5;
      bytes = d.bytes;
      releaseBytes = d.release;
      if (signal.aborted) {
        dropBytes();
        throw new AbortError();
      }
      return putWithRenewal(0);
    }).then(function (etag) {
      cleanup();
      dropBytes();
      etags[range.number - 1] = etag;
      progress.complete(range.number, size);
    }, function (e: Error) {
      cleanup();
      dropBytes();
      throw e;
    });
  }

  function complete(): void {
    if (finished) return;
    if (events.onUploadComplete) events.onUploadComplete();
    const s = started as P.StartResult;
    const where = 'the complete request (/multipart/complete)';
    const body = P.completeBody(base, s, file, etags);
    const pollOpts = { retries: 0, factor: opts.retryOptions.factor, minTimeout: opts.retryOptions.minTimeout, maxTimeout: Math.min(opts.retryOptions.maxTimeout, 5000) };
    // not the cancel signal: once sent, the answer is awaited even after a cancel (see abortOnServer)
    const own = new Aborter();
    const ask = function (poll: number): Promise<StoredFile> {
      return post('/multipart/complete', body, own, where).then(function (res) {
        if (res.status !== 202) return P.parseStored(res.text, deps.hosts.fileApi, where, file);
        if (poll >= opts.maxCompletePolls) {
          throw new FilepickerError(PREFIX + where + ' was still answering 202 (processing) after ' + opts.maxCompletePolls + ' polls; giving up');
        }
        return sleep(env, backoffDelay(pollOpts, poll + 1, env.random()), own).then(function () { return ask(poll + 1); });
      });
    };
    completing = ask(0);
    completing.then(function (stored) {
      if (finished) return;
      finished = true;
      progress.finish();
      settle.resolve(stored);
    }, function (e: Error) { fail(e); });
  }

  function begin(): void {
    if (events.onStart) events.onStart();
    post('/multipart/start', P.startBody(base, file), cancelled, 'the start request (/multipart/start)').then(function (res) {
      const s = P.parseStart(res.text, deps.hosts.uploadApi);
      started = s;
      if (finished) {
        abortOnServer();
        return;
      }
      pump();
    }).then(undefined, function (e: Error) { fail(e); });
  }

  const task: UploadTask = {
    promise,
    cancel() {
      if (finished) return;
      fail(new AbortError());
    },
    pause() {
      if (finished || paused) return;
      paused = true;
      withdrawWaiting();
      pauser.abort();
    },
    resume() {
      if (finished || !paused) return;
      paused = false;
      pauser = new Aborter();
      if (started) pump();
    },
  };
  // Start on the next tick so the caller can attach handlers and call pause() first.
  const kickoff = env.setTimeout(function () { if (!finished) begin(); }, 0);
  cancelled.onAbort(function () { env.clearTimeout(kickoff); });
  return task;
}
