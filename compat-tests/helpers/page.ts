/**
 * Loads the built bundle into a fresh jsdom page, as a page would: an inline <script> with the bundle's text.
 * The bundle comes from dist/ (or FP_BUNDLE_DIR, to test a build made elsewhere). Tests run in Node (jest project
 * `compat`) and create their own windows, so they can also start the reference server over loopback.
 */
import * as fs from 'fs';
import * as path from 'path';
import { JSDOM, VirtualConsole } from 'jsdom';

const root = path.resolve(__dirname, '..', '..');

export type Flavour = 'readable' | 'min' | 'legacy';

const cache: { [f: string]: string } = {};
export function bundleSource(flavour: Flavour = 'readable'): string {
  if (!cache[flavour]) {
    const dir = process.env.FP_BUNDLE_DIR ? path.resolve(process.env.FP_BUNDLE_DIR) : path.join(root, 'dist');
    const file = flavour === 'legacy'
      ? path.join(root, 'node_modules', 'filepicker-js', 'dist', 'filepicker.js')
      : path.join(dir, flavour === 'min' ? 'filepicker.min.js' : 'filepicker.js');
    cache[flavour] = fs.readFileSync(file, 'utf8');
  }
  return cache[flavour];
}

export interface Page {
  window: any;
  document: Document;
  /** `window.filepicker` after the script ran. */
  filepicker: any;
  /** What the page printed, by console method. */
  console: { log: unknown[][]; warn: unknown[][]; error: unknown[][] };
  /** Errors the page's scripts threw (uncaught). */
  errors: unknown[];
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
}

export function loadPage(opts: PageOptions = {}): Page {
  const logs = { log: [] as unknown[][], warn: [] as unknown[][], error: [] as unknown[][] };
  const errors: unknown[] = [];
  const vc = new VirtualConsole();
  vc.on('log', (...a: unknown[]) => logs.log.push(a));
  vc.on('warn', (...a: unknown[]) => logs.warn.push(a));
  vc.on('error', (...a: unknown[]) => logs.error.push(a));
  vc.on('jsdomError', (e: unknown) => errors.push(e));
  const dom = new JSDOM(opts.html || '<!doctype html><html><head></head><body></body></html>', {
    url: opts.url || 'https://example.com/page.html',
    runScripts: 'dangerously',
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
  add(bundleSource(opts.flavour));
  if (opts.after) add(opts.after);
  return { window, document: doc, filepicker: (window as any).filepicker, console: logs, errors, close: () => window.close() };
}

/** Waits for the page's timers (callbacks are never synchronous). */
export function tick(ms = 5): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
