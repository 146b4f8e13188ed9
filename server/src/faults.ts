/**
 * Fault injection for tests (off by default). Per route: an exact `sequence` (consumed one request at a time, `null`
 * = let that request through), then a `rate` (0..1) with which `fault` is injected, drawn from a seeded RNG.
 */
import { Transform, TransformCallback } from 'stream';

export type FaultRoute = 'start' | 'upload' | 'complete' | 'commit' | 'part' | 'store' | 'file';
export const FAULT_ROUTES: FaultRoute[] = ['start', 'upload', 'complete', 'commit', 'part', 'store', 'file'];

export type Fault =
  /** Answer with this status (500, 503, 429 …) and a JSON error; `retryAfterSeconds` adds `Retry-After`. */
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  /** Destroy the socket without an answer. */
  | { kind: 'drop' }
  /** Answer nothing for `ms`, then handle the request normally; without `ms`, never answer (until the client aborts). */
  | { kind: 'stall'; ms?: number }
  /** Move the request body (uploads) and the response body (downloads) at about this many bytes per second. */
  | { kind: 'slow'; bytesPerSecond: number };

export interface RouteFaults {
  sequence?: (Fault | null)[];
  rate?: number;
  fault?: Fault;
}

export type FaultConfig = { seed?: number } & { [R in FaultRoute]?: RouteFaults };

export interface FaultController {
  /** Replaces the whole configuration (sequences restart, RNG reseeded). */
  set(config: FaultConfig | null | undefined): void;
  clear(): void;
  /** Faults injected so far, per route. */
  readonly injected: Record<FaultRoute, number>;
  /** Whether any fault may hit part uploads (then part URLs go through this server's /s3proxy). */
  partsActive(): boolean;
  /** The fault to inject on this request, if any (consumes the route's sequence). */
  next(route: FaultRoute): Fault | null;
}

/** mulberry32: small, seedable, good enough for test reproducibility. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkFault(where: string, f: Fault): void {
  if (!f || typeof f !== 'object') throw new Error(`server: fault ${where} must be an object`);
  switch (f.kind) {
    case 'status':
      if (!Number.isInteger(f.status) || f.status < 400 || f.status > 599) throw new Error(`server: fault ${where}.status must be 400..599`);
      return;
    case 'drop':
      return;
    case 'stall':
      if (f.ms !== undefined && !(f.ms >= 0)) throw new Error(`server: fault ${where}.ms must be >= 0`);
      return;
    case 'slow':
      if (!(f.bytesPerSecond > 0)) throw new Error(`server: fault ${where}.bytesPerSecond must be > 0`);
      return;
    default:
      throw new Error(`server: fault ${where}.kind must be status, drop, stall or slow`);
  }
}

export function validateFaults(c: FaultConfig): void {
  for (const k of Object.keys(c)) {
    if (k === 'seed') continue;
    if (FAULT_ROUTES.indexOf(k as FaultRoute) < 0) throw new Error(`server: unknown fault route \`${k}\` (expected ${FAULT_ROUTES.join(', ')})`);
    const r = c[k as FaultRoute] as RouteFaults;
    (r.sequence || []).forEach((f, i) => f && checkFault(`${k}.sequence[${i}]`, f));
    if (r.rate !== undefined && !(r.rate >= 0 && r.rate <= 1)) throw new Error(`server: fault ${k}.rate must be 0..1`);
    if (r.rate && !r.fault) throw new Error(`server: fault ${k}.rate needs a \`fault\``);
    if (r.fault) checkFault(`${k}.fault`, r.fault);
  }
}

export function createFaultController(initial?: FaultConfig): FaultController {
  let config: FaultConfig = {};
  let positions: Record<string, number> = {};
  let random = rng(1);
  const injected = {} as Record<FaultRoute, number>;
  FAULT_ROUTES.forEach((r) => (injected[r] = 0));
  const ctl: FaultController = {
    injected,
    set(c) {
      const next = c || {};
      validateFaults(next);
      config = next;
      positions = {};
      random = rng(next.seed === undefined ? 1 : next.seed);
    },
    clear() {
      ctl.set({});
    },
    partsActive() {
      const p = config.part;
      return !!p && (!!(p.sequence && p.sequence.some(Boolean)) || !!p.rate);
    },
    next(route) {
      const r = config[route];
      if (!r) return null;
      let f: Fault | null = null;
      const pos = positions[route] || 0;
      if (r.sequence && pos < r.sequence.length) {
        positions[route] = pos + 1;
        f = r.sequence[pos];
      } else if (r.rate && r.fault && random() < r.rate) {
        f = r.fault;
      }
      if (f) injected[route]++;
      return f;
    },
  };
  ctl.set(initial);
  return ctl;
}

/** A pass-through that holds each chunk long enough to keep to `bytesPerSecond`. */
export function throttle(bytesPerSecond: number): Transform {
  const started = Date.now();
  let sent = 0;
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
      sent += chunk.length;
      const due = started + (sent / bytesPerSecond) * 1000;
      const wait = Math.max(0, due - Date.now());
      setTimeout(() => cb(null, chunk), wait);
    },
  });
}
