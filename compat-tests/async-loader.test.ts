/** The v2 async-loader stub (README of v2): `window.filepicker = {_queue: [...]}` with recording methods, filled and replayed. */
import { loadPage, tick, PageValue } from './helpers/page';

const STUB = `
(function (a) {
  if (window.filepicker) return;
  var b = a.createElement('script');
  var fp = { _queue: [] };
  var methods = ['pick', 'pickMultiple', 'pickAndStore', 'read', 'write', 'writeUrl', 'export', 'convert', 'store', 'storeUrl', 'remove', 'stat', 'setKey', 'constructWidget', 'makeDropPane'];
  var rec = function (name) { return function () { fp._queue.push([name, arguments]); return undefined; }; };
  for (var i = 0; i < methods.length; i++) fp[methods[i]] = rec(methods[i]);
  window.filepicker = fp;
})(document);
window.stubObject = window.filepicker;
`;

test('the library fills the stub object itself and removes _queue', async () => {
  const page = await loadPage({ before: STUB });
  expect(page.filepicker).toBe(page.window.stubObject);
  expect('_queue' in page.filepicker).toBe(false);
  expect(typeof page.filepicker.pickAndStore).toBe('function');
  expect(page.filepicker.pickAndStore).not.toBe(undefined);
  page.close();
});

test('queued calls are replayed in order: setKey first, then a pick with debug gets its result', async () => {
  const page = await loadPage({
    before: STUB + `
      window.results = [];
      filepicker.setKey('KEY');
      filepicker.pick({ debug: true }, function (b) { window.results.push(['pick', b.filename]); });
      filepicker.pickMultiple({ debug: true }, function (bs) { window.results.push(['multi', bs.length]); });`,
  });
  for (let i = 0; i < 300 && page.window.results.length < 2; i++) await tick(10);
  expect(page.window.results).toEqual([['pick', 'test.png'], ['multi', 3]]);
  page.close();
});

test('a queued call that throws is reported and does not stop the others (v2 stopped: G23)', async () => {
  const page = await loadPage({
    before: STUB + `
      window.results = [];
      filepicker.pick({ debug: true }, function () { window.results.push('before key'); });
      filepicker.setKey('KEY');
      filepicker.pick({ debug: true }, function () { window.results.push('after key'); });`,
  });
  for (let i = 0; i < 300 && !(page.window.results.length && page.console.error.length); i++) await tick(10);
  expect(page.window.results).toEqual(['after key']);
  expect(page.console.error.map(String).join('\n')).toContain('API Key not found');
  expect('_queue' in page.filepicker).toBe(false);
  page.close();
});

test('hostname set on the stub before load points every host at that server', async () => {
  const page = await loadPage({ before: "window.filepicker = { hostname: 'http://127.0.0.1:9999' };" });
  page.filepicker.setKey('K');
  let got: PageValue;
  page.filepicker.pick({ debug: true }, (b: PageValue) => { got = b; });
  for (let i = 0; i < 300 && !got; i++) await tick(10);
  expect(got.url).toBe('http://127.0.0.1:9999/api/file/-nBq2onTSemLBxlcBWn1');
  page.close();
});
