/**
 * The start of the browser bundle (called by the entry, src/umd.js, before any of the library is evaluated). It
 * points webpack's chunk loading at the main script's folder, then checks that the browser has what the library
 * needs (features.ts). On a modern browser, or outside a page (Node, a Worker), the library initialises at once,
 * synchronously. On an old browser, `window.filepicker` becomes a v2 async-loader stub that queues calls
 * (stub.ts), `filepicker.polyfills.js` is loaded from the same folder, and then the library initialises, fills the
 * stub and replays the queue. Returns what the UMD wrapper exports.
 */
import { scriptBase } from '../core/scriptBase';
import { hasEverything } from './features';
import { installStub, loadScript } from './stub';

declare let __webpack_public_path__: string;
declare const global: any;

export type Api = { [k: string]: any };

export function boot(library: () => Api): Api {
  const base = scriptBase();
  __webpack_public_path__ = base || '';
  const g: any = typeof self !== 'undefined' ? self : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : {};
  if (!g.document || hasEverything(g)) return library();
  const stub = installStub(g);
  const url = (base || '') + 'filepicker.polyfills.js';
  loadScript(g.document, url, function (ok) {
    if (!ok || !hasEverything(g)) {
      if (g.console && g.console.error) g.console.error('filepicker: could not load ' + url + ', which this browser needs (Promise and ES5 built-ins)');
      return;
    }
    library();
  });
  return stub;
}
