/**
 * The default environment: the platform's timers, `navigator.onLine` and the `online` event (core/http/environment.ts), and (when a script URL
 * for the MD5 worker is given and `Worker` exists) the MD5 Worker's URL (started as md5Start.ts says). Only feature checks touch globals here.
 */
import { UploadEnvironment } from './types';
import { platformEnvironment } from '../core/http/environment';
import type { NodeCrypto, NodeProcess } from '../core/http/nodeTypes';

// typed in core/http/nodeTypes.ts (the bundle compiles without Node's types); checked before use
declare const process: NodeProcess | undefined;

/**
 * Node's own MD5 (about 3–4 times spark-md5's speed there), reached through `process.getBuiltinModule` (Node ≥ 20.16)
 * so no bundler sees a `require`. Undefined in browsers.
 */
export function nativeMd5(): ((bytes: ArrayBuffer) => string) | undefined {
  if (typeof process === 'undefined' || !process || typeof process.getBuiltinModule !== 'function') return undefined;
  let crypto: NodeCrypto | undefined;
  try {
    crypto = process.getBuiltinModule('crypto') as NodeCrypto | undefined;
  } catch {
    return undefined;
  }
  if (!crypto || typeof crypto.createHash !== 'function') return undefined;
  const c = crypto;
  return function (bytes: ArrayBuffer): string {
    return c.createHash('md5').update(new Uint8Array(bytes)).digest('base64');
  };
}

/** The incremental form of nativeMd5 (same availability). */
export function nativeMd5Stream(): UploadEnvironment['createMd5'] {
  const crypto = (process as Required<NodeProcess>).getBuiltinModule('crypto') as NodeCrypto;
  return function () {
    const h = crypto.createHash('md5');
    return {
      update(bytes: Uint8Array) { h.update(bytes); },
      digest() { return h.digest('base64') as string; },
    };
  };
}

/**
 * MD5 Workers for a machine with `cores` logical cores: one on up to 3 cores (the page, the network stack and the
 * Worker already share them: a second Worker measured no faster on 2 cores), two from 4 cores on.
 */
export function md5WorkerCount(cores: unknown): number {
  return typeof cores === 'number' && cores >= 4 ? 2 : 1;
}

export interface EnvironmentOptions {
  /**
   * URL of the MD5 Worker script (`filepicker.md5worker.js`, which calls `installMd5Worker(self)`). Same-origin with
   * the page, it is started directly (also under a strict CSP); from another origin, through a one-line Blob-URL
   * Worker that imports it (md5Start.ts). Without it, parts are hashed on the main thread in 1 MiB slices.
   */
  workerUrl?: string;
}

export function defaultEnvironment(options?: EnvironmentOptions): UploadEnvironment {
  const workerUrl = options && options.workerUrl;
  const env: UploadEnvironment = platformEnvironment();
  const md5 = nativeMd5();
  if (md5) {
    env.md5 = md5;
    env.createMd5 = nativeMd5Stream();
  }
  if (workerUrl && typeof Worker === 'function') {
    env.md5Workers = md5WorkerCount(typeof navigator !== 'undefined' && navigator ? navigator.hardwareConcurrency : undefined);
    env.md5WorkerUrl = workerUrl;
  }
  return env;
}
