/**
 * What the library needs from the browser, checked before any of it is evaluated (src/umd.js). Where one of these
 * is missing, the polyfills file (`filepicker.polyfills.js`: es5-shim, promise-polyfill, whatwg-fetch) is loaded
 * first. `fetch` is not on the list: where it is missing the HTTP stack (src/core/http) sends everything with XHR.
 */
const ARRAY_METHODS = ['forEach', 'map', 'filter', 'indexOf', 'some', 'every', 'reduce'];

function arrayMethods(proto: any): boolean {
  for (let i = 0; i < ARRAY_METHODS.length; i++) if (typeof proto[ARRAY_METHODS[i]] !== 'function') return false;
  return true;
}

/** True when `g` (the global object) has all of it. */
export function hasEverything(g: any): boolean {
  const O = Object as any;
  const A = Array.prototype as any;
  return typeof g.Promise === 'function' &&
    typeof O.keys === 'function' && typeof O.create === 'function' && typeof O.defineProperty === 'function' &&
    typeof Array.isArray === 'function' && arrayMethods(A) &&
    typeof (Function.prototype as any).bind === 'function' && typeof (String.prototype as any).trim === 'function' &&
    typeof Date.now === 'function' && typeof g.JSON === 'object' && !!g.JSON && typeof g.JSON.parse === 'function';
}
