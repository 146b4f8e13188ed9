/**
 * Entry of `dist/filepicker.polyfills.js`, which the main bundle loads only where the browser lacks what the
 * library needs (src/boot/features.ts), in this order:
 * 1. es5-shim: ES5 built-ins (Array#forEach, Function#bind, Date.now, …) on old engines;
 * 2. promise-polyfill: a global Promise where there is none (the core is promise-based);
 * 3. whatwg-fetch: `fetch` where there is none (it builds on Promise): the HTTP stack sends its small requests with
 *    fetch (src/core/http/defaultTransport.ts), so these browsers take the same path as modern ones.
 * Each one only fills what is missing. The MD5 worker imports this file too (importScripts) where it lacks Promise.
 */
import 'es5-shim';
import 'promise-polyfill/src/polyfill';
import 'whatwg-fetch';
