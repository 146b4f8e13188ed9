/**
 * Cold first pick in headless Chromium (not a test): `npx tsx bench/coldPick.ts [distDir] [--rounds=N]`.
 * Each round is a fresh browser context (empty HTTP cache) loading a page whose last script, right after
 * `filepicker.min.js`, calls `filepicker.pick()`: the dialog part (chunks/dialog.min.js + chunks/shared.min.js), asked
 * for as the main script starts running, is not in yet, so the pick waits for it. Measured from the `pick()` call to
 * the dialog in the DOM, and to the next painted frame after that; median, p90 and max over the rounds (default 15).
 * The page, the bundle and the parts come from the e2e page server on loopback (no throttling: this is the library's own cost plus loopback fetches).
 * Builds the bundle into a temp folder unless a dist folder is given. Every round fails after 10 s instead of hanging.
 * FP_COLD_DEBUG=1 prints each round with the fetch times of the main script and of the parts (Resource Timing: name,
 * request start and response end, ms from the pick; the main script is evaluated between its response end and the pick).
 * FP_COLD_TRACE=1 records a Chromium trace of each round and prints where its time went (bench/coldTrace.ts); tracing
 * itself slows the rounds, so their figures are for the breakdown, not for the goal.
 * `--pick=<json>`: the options given to `pick()` (default `{}`: the COMPUTER source alone), e.g.
 * `--pick='{"services":["COMPUTER","URL","WEBCAM","DROPBOX"]}'` for a dialog with several source tabs.
 */
import { coldBreakdown, TRACE_CATEGORIES } from './coldTrace';
import { ms, quantile, roundsOf, run, setUp } from './dialogPage';

const page = (options: string): string => '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cold pick</title></head><body><main><h1>Page</h1></main>'
  + '<script src="/e2e/setup.js"></script><script src="/dist/filepicker.min.js"></script><script>'
  + 'filepicker.setKey("demo");'
  + 'new MutationObserver(function (records, observer) {'
  + '  if (!document.querySelector(".fp-dialog")) return;'
  + '  observer.disconnect();'
  + '  var inDom = performance.now() - window.__t0;'
  + '  requestAnimationFrame(function () { setTimeout(function () { performance.mark("fp-painted"); window.__cold = { inDom: inDom, painted: performance.now() - window.__t0, parts: performance.getEntriesByType("resource").filter(function (e) { return /chunks|filepicker\\.min\\.js/.test(e.name); }).map(function (e) { return [e.name.split("/").pop(), Math.round(e.startTime - window.__t0), Math.round(e.responseEnd - window.__t0)]; }) }; }, 0); });'
  + '}).observe(document.body, { childList: true, subtree: true });'
  + 'performance.mark("fp-pick"); window.__t0 = performance.now();'
  + 'filepicker.pick(' + options + ', function () {}, function (e) { window.__coldError = String(e); });'
  + '</script></body></html>';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rounds = roundsOf(args, 15);
  const pickArg = args.find((a) => a.indexOf('--pick=') === 0);
  const options = pickArg ? pickArg.slice(7) : '{}';
  JSON.parse(options); // a typo fails here, not as a page error in every round
  const setup = await setUp(args, { 'cold.html': page(options) });
  try {
    const got: { inDom: number; painted: number }[] = [];
    for (let i = 0; i < rounds; i++) {
      const context = await setup.browser.newContext(); // an empty cache each round
      try {
        const page = await context.newPage();
        const trace = !!process.env.FP_COLD_TRACE;
        if (trace) await setup.browser.startTracing(page, { categories: TRACE_CATEGORIES });
        await page.goto(setup.origin + '/e2e/cold.html');
        const r = await page.waitForFunction(() => (window as unknown as { __cold?: unknown; __coldError?: string }).__cold || (window as unknown as { __coldError?: string }).__coldError, null, { timeout: 10000 });
        const v = await r.jsonValue();
        if (typeof v === 'string') throw new Error('pick ended with ' + v);
        got.push(v as { inDom: number; painted: number });
        if (process.env.FP_COLD_DEBUG) process.stdout.write("round " + (i + 1) + ": " + JSON.stringify(v) + "\n");
        if (trace) process.stdout.write('round ' + (i + 1) + ' trace: ' + JSON.stringify(coldBreakdown((await setup.browser.stopTracing()).toString())) + '\n');
      } finally {
        await context.close();
      }
    }
    const f = ms;
    const inDom = got.map((g) => g.inDom);
    const painted = got.map((g) => g.painted);
    process.stdout.write('cold first pick (' + rounds + ' fresh contexts): dialog in DOM median ' + f(quantile(inDom, 0.5)) + ', p90 ' + f(quantile(inDom, 0.9))
      + '; to next frame median ' + f(quantile(painted, 0.5)) + ', p90 ' + f(quantile(painted, 0.9)) + ', max ' + f(Math.max.apply(null, painted)) + '\n');
    process.stdout.write(JSON.stringify({ what: 'coldPick', rounds, inDomMedianMs: quantile(inDom, 0.5), inDomP90Ms: quantile(inDom, 0.9), paintedMedianMs: quantile(painted, 0.5), paintedP90Ms: quantile(painted, 0.9), paintedMaxMs: Math.max.apply(null, painted) }) + '\n');
  } finally {
    await setup.close();
  }
}

run(main);
