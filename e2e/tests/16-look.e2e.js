'use strict';
/**
 * How the dialog looks, measured in Chromium: the rows' columns, the icons and thumbnails, the focus ring. A screenshot
 * of each state goes to e2e/artifacts/.
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, png, writeFile, assert, equal } = require('../lib/helpers');

/** The boxes of each row's cells, by class. */
function rowBoxes(page) {
  return page.$$eval('.fp-file', (rows) =>
    rows.map((row) => {
      const box = (sel) => {
        const n = row.querySelector(sel);
        if (!n || n.hidden) return null;
        const r = n.getBoundingClientRect();
        return { left: Math.round(r.left), right: Math.round(r.right), top: Math.round(r.top), bottom: Math.round(r.bottom) };
      };
      return { name: box('.fp-file-name'), size: box('.fp-file-size'), progress: box('.fp-progress'), status: box('.fp-file-status'), edit: box('.fp-edit'), remove: box('.fp-remove'), icon: row.querySelector('.fp-file-icon canvas') ? 'thumbnail' : row.querySelector('.fp-file-icon svg') ? 'icon' : 'none' };
    }),
  );
}

test('look: rows on one grid in German while uploading: the × stays on the line, columns line up with and without Edit', async (ctx) => {
  const image = await png(ctx, 'ein-bild-mit-langem-namen.png', 120, 80);
  const text = writeFile(ctx, 'notizen.txt', Buffer.alloc(3 * 1024 * 1024, 65));
  const page = await openPage(ctx);
  // parts go slowly, so the rows are caught while "Wird hochgeladen: n %" is shown
  ctx.server.faults.set({ part: { sequence: [{ kind: 'slow', bytesPerSecond: 300000 }] } });
  await callPicker(page, 'pickMultiple', [{ language: 'de', services: ['COMPUTER', 'CONVERT', 'URL'] }]);
  await page.waitForSelector('.fp-dialog[role=dialog]');
  await page.waitForFunction(() => /Datei/.test(document.querySelector('.fp-drop').textContent));
  await page.setInputFiles('.fp-dialog input[type=file]:not([webkitdirectory])', [image, text]);
  await page.waitForSelector('.fp-file-uploading');
  await page.waitForSelector('.fp-file-icon canvas');
  await page.screenshot({ path: ctx.artifacts + '/look-rows-de-uploading.png' });
  const [a, b] = await rowBoxes(page);
  equal([a.icon, b.icon], ['thumbnail', 'icon'], 'a thumbnail for the image, a file-type icon for the text');
  assert(a.edit && !b.edit, 'Edit ("Bearbeiten") only on the image row');
  for (const r of [a, b]) {
    assert(r.remove.top < r.status.bottom && r.remove.bottom > r.name.top && r.remove.left > r.name.right, 'the × stays in its column, beside the name: ' + JSON.stringify(r));
    assert(r.status.top >= r.name.bottom - 2 && r.status.right <= r.size.left, 'the status sits under the name and does not run into the size');
  }
  assert(/Wird hochgeladen: \d+\s?%/.test(await page.$eval('.fp-file-status', (n) => n.textContent)), 'the status shows the percent');
  equal(await page.$eval('.fp-file-status', (n) => n.scrollWidth <= n.clientWidth), true, 'the German status is not cut off');
  equal([a.name.left, a.size.right, a.progress.left, a.remove.left], [b.name.left, b.size.right, b.progress.left, b.remove.left], 'name, size, progress and × line up between the rows');
  // a phone-sized window: the same columns, the size over the progress bar
  await page.setViewportSize({ width: 380, height: 700 });
  await page.screenshot({ path: ctx.artifacts + '/look-rows-de-narrow.png' });
  const [c, d] = await rowBoxes(page);
  const listRight = await page.$eval('.fp-files', (l) => Math.round(l.getBoundingClientRect().right));
  for (const r of [c, d]) {
    assert(r.remove.right <= listRight + 1 && r.remove.left > r.size.right && r.remove.top < r.name.bottom, 'narrow: the × stays on the name\'s line, inside the list: ' + JSON.stringify(r));
    assert(r.name.right - r.name.left > 120 && r.status.right - r.status.left > 120, 'narrow: the name and the status keep their room');
  }
  assert(c.edit.right <= listRight + 1 && c.edit.top >= c.status.bottom - 2, 'narrow: Edit on its own line, inside the list');
  equal([c.remove.left, c.progress.left, c.name.left], [d.remove.left, d.progress.left, d.name.left], 'narrow: columns line up');
  // Done ("Fertig") pressed while the uploads run: the button says it waits, in German, whole and inside the footer
  await page.click('.fp-primary');
  const waiting = await page.$eval('.fp-primary', (b) => {
    const r = b.getBoundingClientRect();
    const f = b.closest('.fp-footer').getBoundingClientRect();
    return { text: b.textContent, disabled: b.disabled, whole: b.scrollWidth <= b.clientWidth, inside: r.left >= f.left - 1 && r.right <= f.right + 1 };
  });
  equal(waiting, { text: 'Warten, bis die Uploads fertig sind…', disabled: true, whole: true, inside: true }, 'the waiting button');
  await page.screenshot({ path: ctx.artifacts + '/look-waiting-de-narrow.png' });
});

test('look: a mouse click on the drop zone shows no focus ring; the keyboard does', async (ctx) => {
  const page = await openPage(ctx);
  await callPicker(page, 'pick', [{}]);
  await page.waitForSelector('.fp-dialog[role=dialog]');
  await page.evaluate(() => document.querySelector('.fp-drop').addEventListener('click', (e) => e.stopImmediatePropagation(), true));
  // focus elsewhere with the mouse first (the dialog puts its first focus on the drop zone)
  await page.click('.fp-source[data-fp-source=url]');
  await page.click('.fp-source[data-fp-source=computer]');
  await page.mouse.click(...(await page.$eval('.fp-drop', (d) => { const r = d.getBoundingClientRect(); return [r.left + 10, r.top + 10]; })));
  equal(await page.$eval('.fp-drop', (d) => [document.activeElement === d, getComputedStyle(d).outlineStyle]), [true, 'none'], 'clicked: focused, no ring');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  equal(await page.$eval('.fp-drop', (d) => [document.activeElement === d, getComputedStyle(d).outlineStyle]), [true, 'solid'], 'keyboard: ring');
  // no tall empty panel: the drop zone reaches down to the footer area when no file is listed
  const gap = await page.evaluate(() => document.querySelector('.fp-main').getBoundingClientRect().bottom - document.querySelector('.fp-drop').getBoundingClientRect().bottom);
  assert(gap < 40, 'the drop zone fills the panel (' + gap + ' px left under it)');
  await page.screenshot({ path: ctx.artifacts + '/look-focus-keyboard.png' });
});
