/**
 * What the library needs from the browser, checked before any of it is evaluated (src/umd.js). Where one of these
 * is missing, the polyfills file (`filepicker.polyfills.js`: es5-shim, promise-polyfill, whatwg-fetch) is loaded
 * first. `fetch` is not on the list: where it is missing the HTTP stack (src/core/http) sends everything with XHR.
 */
const ARRAY_METHODS = ['forEach', 'map', 'filter', 'indexOf', 'some', 'every', 'reduce'];

/** A built-in seen as a bag of possibly missing members (the point is that an old browser may lack them). */
type Members = { [name: string]: unknown };

function arrayMethods(proto: Members): boolean {
  for (let i = 0; i < ARRAY_METHODS.length; i++) if (typeof proto[ARRAY_METHODS[i]] !== 'function') return false;
  return true;
}

/** True when `g` (the global object) has all of it. */
export function hasEverything(g: { Promise?: unknown; JSON?: unknown }): boolean {
  const O = Object as unknown as Members;
  const json = g.JSON as Members | undefined;
  return typeof g.Promise === 'function' &&
    typeof O.keys === 'function' && typeof O.create === 'function' && typeof O.defineProperty === 'function' &&
    typeof Array.isArray === 'function' && arrayMethods(Array.prototype as unknown as Members) &&
    typeof (Function.prototype as unknown as Members).bind === 'function' && typeof (String.prototype as unknown as Members).trim === 'function' &&
    typeof Date.now === 'function' && typeof json === 'object' && !!json && typeof json.parse === 'function';
}
