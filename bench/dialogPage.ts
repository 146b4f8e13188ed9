/**
 * What the dialog benchmarks (bench/dialog.ts, bench/bigList.ts, bench/coldPick.ts) share: the bundle built into a
 * temp folder unless a dist folder is given, the e2e page server on loopback, headless Chromium launched the same way,
 * a page with the bundle loaded and a key set, the command-line arguments and the statistics. Not a test.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import type { Browser, Page } from 'playwright-core';
import { step } from './timeouts';

const { startPageServer } = require('../e2e/lib/servers');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..');
const STEP_MS = 30000;

/** The bench page's window once the bundle ran. */
export type FilepickerPage = { filepicker: import('../src/publicApi').Filepicker };

/** A bench's setup: the dist folder it measures, the page server's origin, Chromium, and how to end it all. */
export interface BenchSetup {
  dist: string;
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** `--rounds=N` of the command line, else `fallback`. */
export function roundsOf(args: string[], fallback: number): number {
  const a = args.find((x) => x.indexOf('--rounds=') === 0);
  return a ? Number(a.slice(9)) : fallback;
}

/** The value at quantile `q` (0.5 = median) of `xs`. */
export function quantile(xs: number[], q: number): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}

export function ms(n: number): string {
  return n.toFixed(1) + ' ms';
}

/**
 * Builds the bundle into a temp folder unless the first non-flag argument names a dist folder, serves it (plus
 * `extra` pages under /e2e/) from the e2e page server on loopback and launches headless Chromium.
 */
export async function setUp(args: string[], extra?: { [name: string]: string }): Promise<BenchSetup> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-dialog-'));
  let dist = args.find((a) => a.indexOf('--') !== 0);
  if (!dist) {
    dist = path.join(tmp, 'dist');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { stdio: 'ignore', env: { ...process.env, FP_DIST_DIR: dist, FP_QUIET: '1' } });
  }
  const pages = await startPageServer({ distDir: dist, extra });
  let browser: Browser;
  try {
    browser = await step<Browser>('launch Chromium', STEP_MS, chromium.launch({
      executablePath: process.env.FP_CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    }));
  } catch (e) {
    await pages.close();
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return {
    dist,
    origin: pages.origin,
    browser,
    async close() {
      await browser.close();
      await pages.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * A page of a new context (viewport 1024 × 700) on the plain e2e page with the bundle loaded and `setKey('demo')`
 * done. `before` runs before the page loads (routes to answer from the bench).
 */
export async function openPlainPage(setup: BenchSetup, before?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await setup.browser.newPage({ viewport: { width: 1024, height: 700 } });
  // tsx (esbuild) wraps named functions in `__name(...)`; the functions sent to the page need it too
  await page.addInitScript({ content: 'window.__name = function (f) { return f; };' });
  if (before) await before(page);
  await step('load the page', STEP_MS, page.goto(setup.origin + '/e2e/plain.html'));
  await page.evaluate(() => (window as unknown as FilepickerPage).filepicker.setKey('demo'));
  return page;
}

/** Runs `main`, printing its error and exiting 1 when it fails. */
export function run(main: () => Promise<void>): void {
  main().catch((e) => {
    process.stderr.write(String((e && e.stack) || e) + '\n');
    process.exit(1);
  });
}
