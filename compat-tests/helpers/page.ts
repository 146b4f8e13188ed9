/**
 * Loads the built bundle into a fresh jsdom page, as a page would: `<script src="<page origin>/dist/filepicker.js">`,
 * served from dist/ (or FP_BUNDLE_DIR, to test a build made elsewhere) by a jsdom ResourceLoader, so the bundle's own
 * files (polyfills, chunks, locales) load the same way. Nothing else is loaded (no network). v2's library, and pages
 * that ask for it (`inline: true`), get an inline <script> with the bundle's text instead. Tests run in Node (jest
 * project `compat`) and create their own windows, so they can also start the reference server over loopback.
 */
import * as fs from 'fs';
import * as path from 'path';
import { AbortablePromise, JSDOM, ResourceLoader, VirtualConsole } from 'jsdom';

const root = path.resolve(__dirname, '..', '..');

/** The folder served at `/dist/`. */
export function bundleDir(): string {
  return process.env.FP_BUNDLE_DIR ? path.resolve(process.env.FP_BUNDLE_DIR) : path.join(root, 'dist');
}

/**
 * Serves `<page origin>/dist/<file>` from bundleDir() and records every URL it was asked for; any other URL is not
 * loaded (null: as if the page had no resources, as jsdom does by default).
 */
export class DistLoader extends ResourceLoader {
  /** URLs asked for, in order. */
  readonly requested: string[] = [];
  /** Files served (paths under dist/), in order. */
  readonly served: string[] = [];
  private inflight = 0;

  constructor(
    private readonly origin: string,
    /** Files (paths under dist/) answered as missing, to test a part that cannot be loaded. */
    private readonly missing?: RegExp,
    /** Files (paths under dist/) answered only after 200 ms, to test a call made while a part is on its way. */
    private readonly slow?: RegExp,
  ) {
    super();
  }

  override fetch(url: string, _options: unknown): AbortablePromise<Buffer> | null {
    this.requested.push(url);
    const prefix = this.origin + '/dist/';
    if (url.indexOf(prefix) !== 0) return null;
    const rel = url.slice(prefix.length).replace(/[?#].*$/, '');
    const file = path.join(bundleDir(), rel);
    if (rel.indexOf('..') >= 0 || !fs.existsSync(file) || (this.missing && this.missing.test(rel))) return Object.assign(Promise.reject(new Error('not found: ' + url)), { abort: () => undefined });
    this.served.push(rel);
    this.inflight++;
    let aborted = false;
    const p = new Promise((resolve) => setTimeout(resolve, this.slow && this.slow.test(rel) ? 200 : 1)).then(() => {
      this.inflight--;
      if (aborted) throw new Error('aborted');
      return fs.readFileSync(file);
    });
    // jsdom aborts what is still loading when a window closes
    return Object.assign(p, { abort: () => { aborted = true; } });
  }

  /** True when no file is being served. */
  idle(): boolean {
    return this.inflight === 0;
  }
}

export type Flavour = 'readable' | 'min' | 'legacy';

const cache: { [f: string]: string } = {};
export function bundleSource(flavour: Flavour = 'readable'): string {
  if (!cache[flavour]) {
    const dir = bundleDir();
    const file = flavour === 'legacy'
      ? path.join(root, 'node_modules', 'filepicker-js', 'dist', 'filepicker.js')
      : path.join(dir, flavour === 'min' ? 'filepicker.min.js' : 'filepicker.js');
    cache[flavour] = fs.readFileSync(file, 'utf8');
  }
  return cache[flavour];
}

/**
 * A value of the page under test (its window, `window.filepicker`, what the library hands to a callback), reached
 * untyped on purpose: the same test drives v2's untyped bundle and ours, mostly with deliberately invalid arguments,
 * and reads the page's own globals. DOM values the tests read get their real types.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: the one escape for the pages' values
export type PageValue = any;

export interface Page {
  window: PageValue;
  document: Document;
  /** `window.filepicker` after the script ran (v2's or ours). */
  filepicker: PageValue;
  /** What the page printed, by console method. */
  console: { log: unknown[][]; warn: unknown[][]; error: unknown[][] };
  /** Errors the page's scripts threw (uncaught). */
  errors: unknown[];
  /** What the page loaded from dist/ (undefined for an inline v2 page). */
  loader?: DistLoader;
  /** Resolves once every file the page asked for is loaded and its script ran (e.g. an on-demand chunk). */
  settle(): Promise<void>;
  close(): void;
}

export interface PageOptions {
  /** HTML of the page; the bundle is added at the end of <body> (or of <head> with `inHead`). */
  html?: string;
  url?: string;
  flavour?: Flavour;
  inHead?: boolean;
  /** Script text that runs before the bundle (e.g. the async-loader stub). */
  before?: string;
  /** Script text that runs right after the bundle. */
  after?: string;
  userAgent?: string;
  /** Inline the bundle's text instead of loading it with `<script src>` (its chunks then load from /dist/ as well). */
  inline?: boolean;
  /** Files of the bundle (paths under dist/) the page cannot load. */
  missing?: RegExp;
  /** Files of the bundle (paths under dist/) that take 200 ms to arrive. */
  slow?: RegExp;
  /**
   * Resolve as soon as the bundle ran. By default loadPage waits, as a user would, until the bundle has fetched its
   * dialog part (asked for as the bundle runs), so the dialog opens at once on pick(). An inlined bundle has no chunk folder,
   * so it fetches nothing.
   */
  beforeDialog?: boolean;
}

/** Loads the page; resolves once the bundle's script (and `after`) ran. */
export async function loadPage(opts: PageOptions = {}): Promise<Page> {
  const logs = { log: [] as unknown[][], warn: [] as unknown[][], error: [] as unknown[][] };
  const errors: unknown[] = [];
  const vc = new VirtualConsole();
  vc.on('log', (...a: unknown[]) => logs.log.push(a));
  vc.on('warn', (...a: unknown[]) => logs.warn.push(a));
  vc.on('error', (...a: unknown[]) => logs.error.push(a));
  vc.on('jsdomError', (e: unknown) => errors.push(e));
  const url = opts.url || 'https://example.com/page.html';
  const flavour = opts.flavour || 'readable';
  const loader = flavour === 'legacy' ? undefined : new DistLoader(new URL(url).origin, opts.missing, opts.slow);
  const dom = new JSDOM(opts.html || '<!doctype html><html><head></head><body></body></html>', {
    url,
    runScripts: 'dangerously',
    resources: loader,
    pretendToBeVisual: true,
    virtualConsole: vc,
    userAgent: opts.userAgent,
  });
  const { window } = dom;
  const doc = window.document;
  const parent = opts.inHead ? doc.head : doc.body;
  const add = (text: string) => {
    const s = doc.createElement('script');
    s.textContent = text;
    parent.appendChild(s);
  };
  if (opts.before) add(opts.before);
  if (!loader || opts.inline) {
    add(bundleSource(flavour));
  } else {
    await new Promise<void>((resolve, reject) => {
      const s = doc.createElement('script');
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('the bundle did not load'));
      s.src = new URL(url).origin + '/dist/' + (flavour === 'min' ? 'filepicker.min.js' : 'filepicker.js');
      parent.appendChild(s);
    });
  }
  if (opts.after) add(opts.after);
  const settle = async () => {
    for (let quiet = 0; quiet < 3; ) {
      await tick(2);
      quiet = !loader || loader.idle() ? quiet + 1 : 0;
    }
  };
  if (loader && !opts.beforeDialog && !opts.inline) {
    const end = Date.now() + 10000;
    while (!loader.requested.some((u) => /\/chunks\/dialog\./.test(u)) && Date.now() < end) await tick(10);
    await settle();
  }
  return { window, document: doc, filepicker: (window as PageValue).filepicker, console: logs, errors, loader, settle, close: () => window.close() };
}

/** Waits for the page's timers (callbacks are never synchronous). */
export function tick(ms = 5): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Waits until `cond()` holds, checking every few ms, at most `ms`. Then, with `what` (what the test waits for), it
 * fails the test with an error naming it; without, it returns (for a wait that may rightly see nothing, or for the
 * test's own assertion to fail).
 */
export async function until(cond: () => boolean, ms = 5000, what?: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() >= end) {
      if (what !== undefined) throw new Error('waited ' + ms + ' ms for ' + what + ', in vain');
      return;
    }
    await tick(5);
  }
}
