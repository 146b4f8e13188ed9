import { CloudListing, PickerConfig } from '../../../core/contracts';
import { testDialog } from '../../__tests__/testDialog';
import { fakeUploader } from '../../__tests__/fakeUploader';
import { clearPage, fakeBitmaps, listKey as key, pickerConfig, q, qa, recordingCallbacks as callbacks, tick, until } from '../__tests__/panelKit';

/** Thumbnails in a cloud folder (jsdom): only rows in view ask, a few at once, drawn on a canvas; a new folder cancels. */

const config = (over: Partial<PickerConfig> = {}): PickerConfig => pickerConfig({ sources: ['COMPUTER', 'DROPBOX'], openTo: 'DROPBOX', ...over });

function photos(n: number): CloudListing {
  const files = [];
  for (let i = 0; i < n; i++) files.push({ name: 'p' + String(i).padStart(4, '0') + '.jpg', path: '/Photos/p' + i + '.jpg', size: 10, mimetype: 'image/jpeg', thumbnail: true });
  files.push({ name: 'zz.txt', path: '/Photos/zz.txt', size: 3, mimetype: 'text/plain' });
  return { folders: [{ name: 'Trip', path: '/Photos/Trip/' }], files };
}

fakeBitmaps();
afterEach(clearPage);

test('rows in view ask for their thumbnails, three at once, through the cloud API; each is drawn on a canvas in its row', async () => {
  const up = fakeUploader();
  testDialog().open(config(), {}, up, callbacks());
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve(photos(2000));
  await until(() => qa('.fp-cs-item').length > 0);
  const rendered = qa('.fp-cs-file').length;
  expect(rendered).toBeLessThan(100);
  expect(up.thumbs.map((t) => t.file)).toEqual([0, 1, 2].map((i) => ({ cloud: 'dropbox', path: '/Photos/p' + i + '.jpg' })));
  expect(qa('.fp-cs-folder .fp-cs-thumb')).toHaveLength(0);
  up.thumbs[0].resolve(new Blob([new Uint8Array(8)], { type: 'image/jpeg' }));
  await until(() => !!q('.fp-cs-thumb canvas'));
  const row = q('.fp-cs-thumb canvas').closest('.fp-cs-item') as HTMLElement;
  expect(row.querySelector('.fp-cs-name')!.textContent).toBe('p0000.jpg');
  expect(row.querySelector('.fp-cs-thumb')!.getAttribute('aria-hidden')).toBe('true');
  expect(qa('img')).toHaveLength(0);
  expect(up.thumbs).toHaveLength(4);
  // a failure keeps the row as it was, and quietly lets the next one start
  up.thumbs[1].reject(new Error('filepicker: the dropbox source failed: no thumbnail (HTTP 404, notfound)'));
  await until(() => up.thumbs.length === 5);
  expect(qa('.fp-cs-thumb canvas')).toHaveLength(1);
  expect(q('.fp-cs-status').hasAttribute('hidden')).toBe(true);
  // never more requests than rendered rows with a thumbnail
  for (let i = 2; i < up.thumbs.length && i < 200; i++) up.thumbs[i].resolve(new Blob([new Uint8Array(8)], { type: 'image/jpeg' }));
  for (let k = 0; k < 20; k++) await tick();
  expect(up.thumbs.length).toBeLessThanOrEqual(rendered);
});

test('opening another folder cancels the thumbnails on their way; the text file has no thumbnail cell', async () => {
  const up = fakeUploader();
  testDialog().open(config(), {}, up, callbacks());
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve(photos(4));
  await until(() => up.thumbs.length === 3);
  expect(qa('.fp-cs-thumb')).toHaveLength(4);
  key('Enter');
  await until(() => up.cloudLists.length === 2);
  expect(up.cloudLists[1].path).toBe('/Photos/Trip/');
  expect(up.thumbs.map((t) => !!t.signal && t.signal.aborted)).toEqual([true, true, true]);
  up.thumbs[0].resolve(new Blob([new Uint8Array(8)], { type: 'image/jpeg' }));
  up.cloudLists[1].resolve({ folders: [], files: [{ name: 'n.txt', path: '/Photos/Trip/n.txt', size: 1, mimetype: 'text/plain' }] });
  await until(() => qa('.fp-cs-item').length === 1);
  for (let k = 0; k < 5; k++) await tick();
  expect(up.thumbs).toHaveLength(3);
  expect(qa('.fp-cs-thumb')).toHaveLength(0);
  expect(qa('canvas')).toHaveLength(0);
});
