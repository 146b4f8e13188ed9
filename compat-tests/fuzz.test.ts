/**
 * Property test over the public functions of the built bundle: generated arguments of every kind (lone surrogates,
 * NaN/-0/Infinity, Object.create(null), throwing toString/valueOf, Blobs, elements, Promises, Errors, functions) must
 * end each call through a documented channel, against the reference server over loopback:
 * - a v2 function throws nothing but a FilepickerException; with our onSuccess/onError in place, exactly one of them
 *   is called within a bounded time, unless it threw or opened a dialog (then closed here);
 * - `init()` throws nothing but a ValidationError; `upload` and `storeURL` promises settle within a bounded time,
 *   rejected only with a named error;
 * - nothing escapes as an uncaught error and `Object.prototype` is never changed.
 * The seed is fixed (FUZZ_SEED overrides it) and named in the suite's title, so a failure reproduces.
 */
import fc from 'fast-check';
import { startServer, RunningServer } from '../server/src/index';
import { Page, tick, until } from './helpers/page';
import { OPEN, restPage, run } from './rest/helpers';
import { anyValue, Realm } from './helpers/fuzzValues';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261202;
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 800;
/** How long a call may take to call back (loopback answers in milliseconds; read retries 5xx for a few seconds). */
const CALLBACK_MS = 8000;

let server: RunningServer;
let pg: Page;
let urls: string[];

/** The v2 functions and how many fixed arguments come before their options (then onSuccess, onError, onProgress). */
const V2: { [name: string]: number } = {
  read: 1, store: 1, storeUrl: 1, stat: 1, metadata: 1, remove: 1, write: 2, writeUrl: 2, convert: 2,
  pick: 0, pickMultiple: 0, pickFolder: 0, pickAndStore: 1, export: 1, exportFile: 1, processImage: 1,
  constructWidget: 1, makeDropPane: 1, responsive: 1, setResponsiveOptions: 1, logout: 0, setKey: 1,
};
/** Functions that may open a dialog (v2: `{close()}` then fires no callback). */
const DIALOGS = ['pick', 'pickMultiple', 'pickFolder', 'pickAndStore', 'export', 'exportFile', 'processImage'];
/** Functions that take no callbacks: only their exceptions are checked. */
const NO_CALLBACKS = ['constructWidget', 'makeDropPane', 'responsive', 'setResponsiveOptions', 'setKey', 'logout'];

beforeAll(async () => {
  server = await startServer({ port: 0, apps: [{ apikey: OPEN }] });
  pg = await restPage(server.url, OPEN, server.url + '/page.html');
  const stored = await run(pg, (fp, s, e) => fp.store('hello', { filename: 'a.txt' }, s, e));
  const removed = await run(pg, (fp, s, e) => fp.store('gone', { filename: 'b.txt' }, s, e));
  await run(pg, (fp, s, e) => fp.remove(removed.value, s, e));
  urls = [stored.value.url, removed.value.url, server.url + '/api/file/nope', server.url + '/missing.png', stored.value.url + '/convert?w=10'];
}, 30000);

afterAll(async () => {
  pg.close();
  await server.close();
});

/** What one call did. */
interface Observed {
  threw?: unknown;
  success: number;
  error: number;
  dialog: boolean;
}

function realm(): Realm {
  return pg.window as unknown as Realm;
}

function openDialogs(): Element[] {
  return Array.prototype.slice.call(pg.document.querySelectorAll('[role="dialog"]'));
}

function protoKeys(): string {
  return Object.getOwnPropertyNames(pg.window.Object.prototype).concat(Object.getOwnPropertyNames(Object.prototype)).sort().join(',');
}

async function callV2(name: string, fixed: unknown[], options: unknown[], withCallbacks: boolean): Promise<Observed> {
  const seen: Observed = { success: 0, error: 0, dialog: false };
  const cbs = withCallbacks ? [() => { seen.success++; }, () => { seen.error++; }, () => undefined] : [];
  const before = openDialogs().length;
  let handle: unknown;
  try {
    handle = pg.filepicker[name](...fixed, ...options, ...cbs);
  } catch (e) {
    seen.threw = e;
    return seen;
  }
  if (!withCallbacks || NO_CALLBACKS.indexOf(name) >= 0) await tick(2);
  else await until(() => seen.success + seen.error > 0 || (DIALOGS.indexOf(name) >= 0 && openDialogs().length > before), CALLBACK_MS);
  seen.dialog = openDialogs().length > before;
  if (handle && typeof (handle as { close?: unknown }).close === 'function') (handle as { close(): void }).close();
  await tick(10);
  for (const d of openDialogs()) d.remove();
  return seen;
}

/** Settles `p` or says it did not within `ms`. */
function settle(p: unknown, ms: number): Promise<{ state: 'resolved' | 'rejected' | 'pending' | 'not a promise'; reason?: unknown }> {
  if (!p || typeof (p as { then?: unknown }).then !== 'function') return Promise.resolve({ state: 'not a promise' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ state: 'pending' }), ms);
    (p as Promise<unknown>).then(
      () => { clearTimeout(timer); resolve({ state: 'resolved' }); },
      (reason) => { clearTimeout(timer); resolve({ state: 'rejected', reason }); },
    );
  });
}

function nameOf(e: unknown): string {
  try {
    return e && typeof e === 'object' ? String((e as { name?: unknown }).name) + ': ' + String((e as { message?: unknown }).message || (e as { text?: unknown }).text) : typeof e;
  } catch (_e) {
    return 'unprintable';
  }
}

function isFilepickerException(e: unknown): boolean {
  return e instanceof pg.window.filepicker.FilepickerException;
}

/** An error the library names (ValidationError, NetworkError, …), not a built-in one escaping from inside. */
function isLibraryError(e: unknown): boolean {
  const name = e && typeof e === 'object' ? (e as { name?: unknown }).name : undefined;
  return typeof name === 'string' && ['Error', 'TypeError', 'RangeError', 'URIError', 'SyntaxError', 'ReferenceError'].indexOf(name) < 0;
}

const v2Call = () =>
  fc.record({
    name: fc.constantFrom(...Object.keys(V2)),
    fixed: fc.array(anyValue(realm(), urls), { minLength: 2, maxLength: 2 }),
    options: fc.array(anyValue(realm(), urls), { maxLength: 2 }),
    withCallbacks: fc.boolean(),
  });

/** Mostly well-formed calls (a key, no security, a small Blob) so that uploads really run, mixed with anything. */
const modernCall = () => {
  const any = anyValue(realm(), urls);
  const blob = fc.string({ maxLength: 20 }).map((text) => new (realm().Blob)([text + 'x']));
  return fc.record({
    key: fc.oneof({ weight: 3, arbitrary: fc.constant(OPEN) }, { weight: 1, arbitrary: any }),
    security: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: any }),
    method: fc.constantFrom('upload', 'storeURL'),
    first: fc.oneof({ weight: 2, arbitrary: blob }, { weight: 1, arbitrary: fc.constantFrom('javascript:alert(1)', ...urls) }, { weight: 2, arbitrary: any }),
    rest: fc.array(fc.oneof(fc.constant(undefined), any), { maxLength: 3 }),
  });
};

describe(`every public function ends each call through a documented channel (fuzz seed ${SEED}, ${RUNS} runs; FUZZ_SEED / FUZZ_RUNS to change)`, () => {
  test('v2 functions: a FilepickerException, or exactly one callback, or a dialog', async () => {
    const protoBefore = protoKeys();
    await fc.assert(
      fc.asyncProperty(v2Call(), async (c) => {
        const errorsBefore = pg.errors.length;
        const consoleErrorsBefore = pg.console.error.length;
        const fixed = c.fixed.slice(0, V2[c.name]);
        // with our callbacks, at most one options argument that is not a function, so they land where v2 reads them
        // (pickAndStore always has its store options)
        const options = !c.withCallbacks ? c.options : c.options.slice(0, 1).filter((o) => typeof o !== 'function');
        if (c.withCallbacks && c.name === 'pickAndStore' && options.length === 0) options.push({});
        const seen = await callV2(c.name, fixed, options, c.withCallbacks);
        if (seen.threw !== undefined && !isFilepickerException(seen.threw)) throw new Error(c.name + ' threw ' + nameOf(seen.threw));
        if (seen.threw === undefined && c.withCallbacks && NO_CALLBACKS.indexOf(c.name) < 0) {
          const calls = seen.success + seen.error;
          if (calls > 1) throw new Error(c.name + ' called back ' + calls + ' times');
          if (calls === 0 && !seen.dialog) throw new Error(c.name + ' neither threw, called back within ' + CALLBACK_MS + ' ms, nor opened a dialog');
        }
        if (pg.errors.length !== errorsBefore) throw new Error(c.name + ': uncaught ' + nameOf(pg.errors[pg.errors.length - 1]));
        if (pg.console.error.length !== consoleErrorsBefore) throw new Error(c.name + ': console.error ' + String(pg.console.error[pg.console.error.length - 1][0]));
        if (protoKeys() !== protoBefore) throw new Error(c.name + ' changed Object.prototype');
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 240000);

  test('init(): a ValidationError, or upload/storeURL promises that settle with named errors', async () => {
    const protoBefore = protoKeys();
    await fc.assert(
      fc.asyncProperty(modernCall(), async (c) => {
        let client: { [m: string]: (...a: unknown[]) => unknown };
        try {
          client = pg.filepicker.init(c.key, c.security, { hosts: server.url });
        } catch (e) {
          if (!e || (e as { name?: unknown }).name !== 'ValidationError') throw new Error('init threw ' + nameOf(e));
          return;
        }
        let p: unknown;
        try {
          p = client[c.method](c.first, ...c.rest);
        } catch (e) {
          throw new Error(c.method + ' threw ' + nameOf(e));
        }
        const s = await settle(p, CALLBACK_MS);
        if (s.state === 'pending' || s.state === 'not a promise') throw new Error(c.method + ': ' + s.state);
        if (s.state === 'rejected' && !isLibraryError(s.reason)) throw new Error(c.method + ' rejected with ' + nameOf(s.reason));
        if (protoKeys() !== protoBefore) throw new Error(c.method + ' changed Object.prototype');
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 3), endOnFailure: true },
    );
  }, 240000);
});
