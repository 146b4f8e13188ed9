/**
 * Big lists in the dialog, headless Chromium (not a test): `npx tsx bench/bigList.ts [distDir] [--rounds=N]`.
 *  a. a 10,000-entry folder in the CUSTOMSOURCE tab: from the end of the list response (Resource Timing `responseEnd`
 *     of `/api/customsource/list`) to the rows in the DOM, and to the next painted frame after that. The reference
 *     server pages a folder at most 1,000 entries at a time, so the one 10,000-entry page is answered by the bench
 *     itself (Playwright `page.route`, loopback, the reference server's JSON shape: 100 folders then 9,900 files).
 *  b. 10,000 small files dropped on the dialog (a DataTransfer built in the page, `backgroundUpload: false` so only
 *     the file list is measured): from the drop event to the 10,000 rows in the DOM, and to the next painted frame.
 * Median and max over the rounds (default 5). Every step fails with an error naming it instead of hanging.
 * Builds the bundle into a temp folder unless a dist folder is given. Loopback only.
 */
import type { Page } from 'playwright-core';
import { FilepickerPage, ms, openPlainPage, quantile, roundsOf, run, setUp } from './dialogPage';
import { step } from './timeouts';

type Timing = { rows: number; painted: number; inDom: number };

const ENTRIES = 10000;
const FOLDERS = 100;
const STEP_MS = 30000;

/** One page of a folder as the reference server's `/api/customsource/list` answers it. */
function bigListing(): string {
  const folders = [];
  for (let i = 0; i < FOLDERS; i++) folders.push({ name: 'folder-' + i, path: 'big/folder-' + i + '/' });
  const files = [];
  for (let i = 0; i < ENTRIES - FOLDERS; i++) {
    const name = 'file-' + String(i).padStart(5, '0') + '.txt';
    files.push({ name, path: 'big/' + name, size: 1000 + i, mimetype: 'text/plain', modified: 1700000000000 + i });
  }
  return JSON.stringify({ folders, files });
}

/** In the page: resolves once `count()` reaches `n` (checked after each DOM change), then once more after a frame. */
function whenRows(count: () => number, n: number, since: () => number): Promise<Timing> {
  return new Promise<Timing>((resolve) => {
    const done = (): boolean => {
      if (count() < n) return false;
      const rows = performance.now() - since();
      requestAnimationFrame(() => setTimeout(() => resolve({ rows, painted: performance.now() - since(), inDom: count() }), 0));
      return true;
    };
    const observer = new MutationObserver(() => {
      if (done()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-setsize'] });
  });
}

/** (a): opens the CUSTOMSOURCE tab on the 10,000-entry folder; ms from the list response's end. */
async function folderRound(page: Page, n: number): Promise<Timing> {
  const got = await page.evaluate(
    ({ n, whenRowsSrc }) => {
      const w = window as unknown as FilepickerPage & { __big?: Timing };
      const rowsOf = (): number => {
        const o = document.querySelector('.fp-cs-list [role=option][aria-setsize]');
        return o ? Number(o.getAttribute('aria-setsize')) : document.querySelectorAll('.fp-cs-list [role=option]').length;
      };
      const listEnd = (): number => {
        const e = performance.getEntriesByType('resource').filter((r) => r.name.indexOf('/api/customsource/list') >= 0);
        return e.length ? (e[e.length - 1] as PerformanceResourceTiming).responseEnd : NaN;
      };
      performance.clearResourceTimings();
      const wait = (new Function('return ' + whenRowsSrc)() as typeof whenRows)(rowsOf, n, listEnd);
      const s = w.filepicker.pickMultiple({ services: ['COMPUTER', 'CUSTOMSOURCE'], openTo: 'CUSTOMSOURCE', customSourceContainer: 'bench', customSourcePath: 'big' } as never, () => undefined, () => undefined);
      return wait.then((t) => {
        s.close();
        return t;
      });
    },
    { n, whenRowsSrc: whenRows.toString() },
  );
  if (!(got.rows >= 0)) throw new Error('no Resource Timing entry for the list request: ' + JSON.stringify(got));
  return got;
}

/** (b): drops `n` small files on a fresh pickMultiple dialog; ms from the drop event. */
async function dropRound(page: Page, n: number): Promise<Timing> {
  return page.evaluate(
    ({ n, whenRowsSrc }) => {
      const w = window as unknown as FilepickerPage;
      const s = w.filepicker.pickMultiple({ backgroundUpload: false }, () => undefined, () => undefined);
      const dt = new DataTransfer();
      for (let k = 0; k < n; k++) dt.items.add(new File(['x' + k], 'file-' + k + '.txt', { type: 'text/plain' }));
      const target = document.querySelector('.fp-overlay') as HTMLElement;
      const rowsOf = (): number => {
        const o = document.querySelector('.fp-file[aria-setsize]');
        return o ? Number(o.getAttribute('aria-setsize')) : document.querySelectorAll('.fp-file').length;
      };
      let t0 = 0;
      const wait = (new Function('return ' + whenRowsSrc)() as typeof whenRows)(rowsOf, n, () => t0);
      t0 = performance.now();
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
      return wait.then((t) => {
        s.close();
        return t;
      });
    },
    { n, whenRowsSrc: whenRows.toString() },
  );
}

function summary(label: string, xs: Timing[]): Record<string, number> {
  const rows = xs.map((x) => x.rows);
  const painted = xs.map((x) => x.painted);
  const f = ms;
  process.stdout.write(label + ' (' + xs.length + ' runs, ' + xs[0].inDom + ' rows counted): rows in DOM median ' + f(quantile(rows, 0.5)) + ', max ' + f(Math.max.apply(null, rows))
    + '; to next frame median ' + f(quantile(painted, 0.5)) + ', max ' + f(Math.max.apply(null, painted)) + '\n');
  return { rowsMedianMs: quantile(rows, 0.5), rowsMaxMs: Math.max.apply(null, rows), paintedMedianMs: quantile(painted, 0.5), paintedMaxMs: Math.max.apply(null, painted) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rounds = roundsOf(args, 5);
  const setup = await setUp(args);
  try {
    const body = bigListing();
    const page = await openPlainPage(setup, (p) => p.route('**/api/customsource/list**', (route: import('playwright-core').Route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body })));
    const folder: Timing[] = [];
    const drop: Timing[] = [];
    // one unmeasured round each first: the browse chunk loads, the JIT warms up
    await step('warm-up folder', STEP_MS, folderRound(page, ENTRIES));
    for (let i = 0; i < rounds; i++) folder.push(await step('folder round ' + (i + 1), STEP_MS, folderRound(page, ENTRIES)));
    await step('warm-up drop', STEP_MS, dropRound(page, ENTRIES));
    for (let i = 0; i < rounds; i++) drop.push(await step('drop round ' + (i + 1), STEP_MS, dropRound(page, ENTRIES)));
    const a = summary('10,000-entry folder (CUSTOMSOURCE), from the list response', folder);
    const b = summary('10,000 files dropped, from the drop', drop);
    process.stdout.write(JSON.stringify({ what: 'bigList', rounds, folder: a, drop: b }) + '\n');
  } finally {
    await setup.close();
  }
}

run(main);
