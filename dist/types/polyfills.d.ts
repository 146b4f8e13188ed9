/**
 * Polyfills, in this order, so the bundle runs where v2 ran:
 * 1. es5-shim: ES5 built-ins (Array#forEach, Function#bind, Date.now, …) on old engines;
 * 2. promise-polyfill: a global Promise where there is none (the core is promise-based, and fetch needs it);
 * 3. whatwg-fetch: `fetch` where there is none (it builds on Promise).
 * Each one only fills what is missing; on a modern browser they change nothing.
 */
import 'es5-shim';
import 'promise-polyfill/src/polyfill';
import 'whatwg-fetch';
