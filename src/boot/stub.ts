import { ORDER, VALUE_MEMBERS } from '../legacy/members';

/** The global that holds (or will hold) `filepicker`. */
export interface StubHost {
  filepicker?: unknown;
}

/**
 * Makes `window.filepicker` a v2 async-loader stub while the polyfills load: every function member (and `init`,
 * `configure`) records its call in `_queue`; the library, once it runs, fills this same object and replays the
 * queue (src/legacy/asyncQueue.ts). An object the page set already (`{hostname}`, or its own stub with `_queue`)
 * is kept and completed, not replaced. Returns the stub.
 */
export function installStub(win: StubHost): { [k: string]: unknown } {
  const existing = win.filepicker;
  const stub: { [k: string]: unknown } = existing && typeof existing === 'object' ? (existing as { [k: string]: unknown }) : {};
  const own = stub._queue as { length?: unknown } | undefined;
  const queue = (own && typeof own.length === 'number' ? own : []) as unknown[];
  stub._queue = queue;
  const names: string[] = (ORDER as readonly string[]).concat(['init', 'configure']);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    let isValue = false;
    for (let j = 0; j < VALUE_MEMBERS.length; j++) if (VALUE_MEMBERS[j] === name) isValue = true;
    if (isValue || typeof stub[name] === 'function') continue;
    stub[name] = recorder(queue, name);
  }
  win.filepicker = stub;
  return stub;
}

function recorder(queue: unknown[], name: string): () => void {
  return function () {
    queue.push([name, arguments]);
  };
}

/** Adds `<script src=url>` to the page; `done(ok)` runs once it ran or failed. */
export function loadScript(doc: Document, url: string, done: (ok: boolean) => void): void {
  // IE 8–10's script element, which reports through readyState (the DOM typings no longer declare it).
  const script = doc.createElement('script') as HTMLScriptElement & { onreadystatechange: (() => void) | null; readyState?: string };
  const finish = function (ok: boolean): void {
    script.onload = script.onerror = null;
    script.onreadystatechange = null;
    done(ok);
  };
  script.onload = function () { finish(true); };
  script.onerror = function () { finish(false); };
  // IE 8–10 report a loaded script only through readyState.
  script.onreadystatechange = function () {
    const state = script.readyState;
    if (state === 'loaded' || state === 'complete') finish(true);
  };
  script.src = url;
  (doc.getElementsByTagName('head')[0] || doc.documentElement).appendChild(script);
}
