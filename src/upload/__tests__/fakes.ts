/**
 * Test doubles for the engine's own seams (transport, environment). Used by the unit tests only; not exported
 * from index.ts.
 */
import { bodyLength } from '../../core/http/signal';
import { HttpRequest, HttpResponse, HttpTransport, UploadEnvironment, WorkerLike } from '../types';

/** A manual clock: timers run only when the test advances time. Every scheduled delay is recorded. */
export class FakeEnv implements UploadEnvironment {
  time = 1000000;
  online = true;
  /** Every delay passed to setTimeout, in order. */
  delays: number[] = [];
  private timers: Array<{ id: number; at: number; fn: () => void }> = [];
  private seq = 0;
  private onlineListeners: Array<() => void> = [];
  randomValue = 0.5;
  md5?: (bytes: ArrayBuffer) => string;
  createWorker?: () => WorkerLike | null;
  md5WorkerUrl?: string;
  md5ReadyMs?: number;

  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.delays.push(ms);
    this.timers.push({ id, at: this.time + Math.max(0, ms), fn });
    return id;
  }
  clearTimeout(h: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== h);
  }
  now(): number {
    return this.time;
  }
  random(): number {
    return this.randomValue;
  }
  isOnline(): boolean {
    return this.online;
  }
  onOnline(listener: () => void): () => void {
    this.onlineListeners.push(listener);
    return () => {
      this.onlineListeners = this.onlineListeners.filter((l) => l !== listener);
    };
  }
  goOnline(): void {
    this.online = true;
    const ls = this.onlineListeners;
    this.onlineListeners = [];
    ls.forEach((l) => l());
  }
  get pendingTimers(): number {
    return this.timers.length;
  }
  /** Runs timers due within `ms` (in time order), letting promises settle between them. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await settle();
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.fn();
      await settle();
    }
    this.time = end;
    await settle();
  }
}

const realSetTimeout = setTimeout;

/** Lets pending promise callbacks (and jsdom FileReader events) run. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => realSetTimeout(r, 0));
}

export interface PendingRequest {
  req: HttpRequest;
  /** Parsed JSON body (POSTs). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the fields of the body it expects, as the server would
  json: any;
  respond(status: number, body?: unknown, headers?: { [k: string]: string }): void;
  fail(name: 'TransportError' | 'TimeoutError'): void;
  readonly settled: boolean;
}

function headersOf(h: { [k: string]: string }) {
  const lower: { [k: string]: string } = {};
  Object.keys(h).forEach((k) => { lower[k.toLowerCase()] = h[k]; });
  return { get: (n: string) => (Object.prototype.hasOwnProperty.call(lower, n.toLowerCase()) ? lower[n.toLowerCase()] : null) };
}

/** A transport the test drives: each request waits until the test answers it (or a handler does). */
export class ScriptedTransport implements HttpTransport {
  readonly streamsProgress = true;
  log: PendingRequest[] = [];
  private queue: PendingRequest[] = [];
  private waiters: Array<(p: PendingRequest) => void> = [];
  /** When set, answers requests automatically; return undefined to leave one for the test. */
  handler?: (p: PendingRequest) => void;

  request(req: HttpRequest): Promise<HttpResponse> {
    return new Promise<HttpResponse>((resolve, reject) => {
      let settled = false;
      const p: PendingRequest = {
        req,
        json: typeof req.body === 'string' && req.body.charAt(0) === '{' ? JSON.parse(req.body) : undefined,
        respond(status, body, headers) {
          if (settled) return;
          settled = true;
          resolve({ status, text: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body), headers: headersOf(headers || {}) });
        },
        fail(name) {
          if (settled) return;
          settled = true;
          const e = new Error(name);
          e.name = name;
          reject(e);
        },
        get settled() { return settled; },
      };
      if (req.signal) {
        req.signal.onAbort(() => {
          if (settled) return;
          settled = true;
          const e = new Error('aborted');
          e.name = 'AbortError';
          reject(e);
        });
      }
      this.log.push(p);
      if (settled) return;
      if (this.handler) {
        this.handler(p);
        if (p.settled) return;
      }
      const w = this.waiters.shift();
      if (w) w(p);
      else this.queue.push(p);
    });
  }

  /** The next request the test has to answer. */
  async next(): Promise<PendingRequest> {
    const q = this.queue.shift();
    if (q) return q;
    return new Promise<PendingRequest>((resolve, reject) => {
      const t = realSetTimeout(() => reject(new Error('no request came')), 2000);
      this.waiters.push((p) => { clearTimeout(t); resolve(p); });
    });
  }

  /** Requests to a path (suffix of the URL without query). */
  calls(pathSuffix: string): PendingRequest[] {
    return this.log.filter((p) => p.req.url.split('?')[0].slice(-pathSuffix.length) === pathSuffix);
  }
}

/** A handler that plays a well-behaved server; `overrides` may answer a request first (return true when answered). */
export function serverHandler(overrides?: (p: PendingRequest) => boolean): (p: PendingRequest) => void {
  let etag = 0;
  return (p) => {
    if (overrides && overrides(p)) return;
    const url = p.req.url;
    if (/\/multipart\/start$/.test(url)) p.respond(200, { uri: '/bucket/key', region: 'us-east-1', upload_id: 'UP1', location_url: 'upload.example.test', location_region: 'us-east-1' });
    else if (/\/multipart\/upload$/.test(url)) p.respond(200, { url: 'https://storage.example.test/part/' + p.json.part, headers: { Authorization: 'AWS x', 'Content-MD5': p.json.md5 } });
    else if (p.req.method === 'PUT') {
      if (p.req.onUploadProgress) p.req.onUploadProgress(bodyLength(p.req.body) as number);
      p.respond(200, '', { ETag: '"etag' + ++etag + '"' });
    } else if (/\/multipart\/complete$/.test(url)) p.respond(200, { handle: 'H4ndle', url: 'https://cdn.example.test/H4ndle', filename: p.json.filename, size: p.json.size, mimetype: p.json.mimetype, key: 'k_' + p.json.filename, container: 'bucket', status: 'Stored' });
    else if (/\/multipart\/abort$/.test(url)) p.respond(200, {});
  };
}
