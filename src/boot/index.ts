/**
 * The start of the browser bundle (called by the entry, src/umd.js, before any of the library is evaluated). It
 * points webpack's chunk loading at the main script's folder, then checks that the browser has what the library
 * needs (features.ts). On a modern browser, or outside a page (Node, a Worker), the library initialises at once,
 * synchronously. On an old browser, `window.filepicker` becomes a v2 async-loader stub that queues calls
 * (stub.ts), `filepicker.polyfills.js` is loaded from the same folder, and then the library initialises, fills the
 * stub and replays the queue (the parts a first pick needs are then asked for by the library). Returns what the UMD
 * wrapper exports.
 */
import { scriptBase } from '../core/scriptBase';
import { hasEverything } from './features';
import { installStub, loadScript, StubHost } from './stub';

declare let __webpack_public_path__: string;
declare const global: GlobalScope | undefined;

/** What the UMD wrapper exports: the library's `filepicker` object, or the async-loader stub until it is ready. */
export type Api = { [k: string]: unknown };

/** The global object as boot sees it: a page's window, a Worker's self, Node's global, or none of them. */
type GlobalScope = StubHost & { document?: Document; console?: Console; Promise?: unknown; JSON?: unknown };

/**
 * `library` evaluates the library and gives its `filepicker` object. `early`, on a page whose browser has everything
 * and whose main script's folder is known, runs first, as soon as chunks can be loaded: it starts fetching the parts a
 * first pick needs, so their requests overlap the library's evaluation instead of following it.
 */
export function boot(library: () => Api, early?: () => void): Api {
  const base = scriptBase();
  __webpack_public_path__ = base || '';
  const g: GlobalScope = typeof self !== 'undefined' ? self : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : {};
  const doc = g.document;
  if (!doc) return library();
  if (hasEverything(g)) {
    if (early && base) early();
    return library();
  }
  const stub = installStub(g);
  const url = (base || '') + 'filepicker.polyfills.js';
  loadScript(doc, url, function (ok) {
    if (!ok || !hasEverything(g)) {
      if (g.console && g.console.error) g.console.error('filepicker: could not load ' + url + ', which this browser needs (Promise and ES5 built-ins)');
      return;
    }
    library();
  });
  return stub;
}
