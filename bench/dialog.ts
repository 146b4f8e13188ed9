/**
 * Micro-measure of the picker dialog in headless Chromium (not a test): `npx tsx bench/dialog.ts [distDir]`.
 *  1. open: from `filepicker.pick()` to the dialog in the DOM with focus inside (synchronous part), and to the next
 *     painted frame; median and p90 of 50 opens.
 *  2. 1,000 files dropped at once: from the drop event to the file list holding all 1,000 (its rows in view rendered,
 *     each saying the list's size in `aria-setsize`), and to the next painted frame;
 *     median of 5 (backgroundUpload false, so only rendering is measured).
 * Builds the bundle into a temp folder unless a dist folder is given. Loopback only.
 */
import { FilepickerPage, ms, openPlainPage, quantile, run, setUp } from './dialogPage';

const median = (xs: number[]): number => quantile(xs, 0.5);
const p90 = (xs: number[]): number => quantile(xs, 0.9);

async function main(): Promise<void> {
  const setup = await setUp(process.argv.slice(2));
  try {
    const page = await openPlainPage(setup);
    const open: { sync: number; painted: number }[] = [];
    for (let i = 0; i < 50; i++) {
      open.push(
        await page.evaluate(
          () =>
            new Promise<{ sync: number; painted: number }>((resolve, reject) => {
              const fp = (window as unknown as FilepickerPage).filepicker;
              const t0 = performance.now();
              const s = fp.pick({}, () => undefined, () => undefined);
              const dialog = document.querySelector('.fp-dialog');
              if (!dialog || !dialog.contains(document.activeElement)) return reject(new Error('dialog not open and focused'));
              const sync = performance.now() - t0;
              requestAnimationFrame(() =>
                setTimeout(() => {
                  const painted = performance.now() - t0;
                  s.close();
                  resolve({ sync, painted });
                }, 0),
              );
            }),
        ),
      );
    }
    const many: { rows: number; painted: number }[] = [];
    for (let i = 0; i < 5; i++) {
      many.push(
        await page.evaluate(
          () =>
            new Promise<{ rows: number; painted: number }>((resolve, reject) => {
              const fp = (window as unknown as FilepickerPage).filepicker;
              const s = fp.pickMultiple({ backgroundUpload: false }, () => undefined, () => undefined);
              const dt = new DataTransfer();
              for (let k = 0; k < 1000; k++) dt.items.add(new File(['x' + k], 'file-' + k + '.txt', { type: 'text/plain' }));
              const target = document.querySelector('.fp-overlay') as HTMLElement;
              const t0 = performance.now();
              target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
              const check = (): Promise<unknown> | undefined => {
                // the file list is windowed: a rendered row carries the number of rows of the whole list
                const o = document.querySelector('.fp-file[aria-setsize]');
                const n = o ? Number(o.getAttribute('aria-setsize')) : document.querySelectorAll('.fp-file').length;
                if (n < 1000) return Promise.resolve().then(check);
                const rows = performance.now() - t0;
                requestAnimationFrame(() =>
                  setTimeout(() => {
                    const painted = performance.now() - t0;
                    s.close();
                    resolve({ rows, painted });
                  }, 0),
                );
                return undefined;
              };
              setTimeout(() => reject(new Error('rows never appeared')), 10000);
              void Promise.resolve().then(check); // check never rejects: it polls until the rows are there
            }),
        ),
      );
    }
    const f = ms;
    process.stdout.write(
      'open (50 runs): in DOM and focused median ' + f(median(open.map((o) => o.sync))) + ', p90 ' + f(p90(open.map((o) => o.sync))) +
        '; to next frame median ' + f(median(open.map((o) => o.painted))) + ', p90 ' + f(p90(open.map((o) => o.painted))) + '\n',
    );
    process.stdout.write(
      '1,000 files dropped (5 runs): rows in DOM median ' + f(median(many.map((o) => o.rows))) + ', max ' + f(Math.max.apply(null, many.map((o) => o.rows))) +
        '; to next frame median ' + f(median(many.map((o) => o.painted))) + '\n',
    );
    process.stdout.write(
      JSON.stringify({
        what: 'dialog', openSyncMedianMs: median(open.map((o) => o.sync)), openSyncP90Ms: p90(open.map((o) => o.sync)),
        openPaintedMedianMs: median(open.map((o) => o.painted)), openPaintedP90Ms: p90(open.map((o) => o.painted)),
        drop1000RowsMedianMs: median(many.map((o) => o.rows)), drop1000PaintedMedianMs: median(many.map((o) => o.painted)),
      }) + '\n',
    );
  } finally {
    await setup.close();
  }
}

run(main);
