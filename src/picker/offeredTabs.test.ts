import { PickedFile, PickerCallbacks, PickerConfig } from '../core/contracts';
import { testDialog } from './__tests__/testDialog';
import { fakeUploader } from './__tests__/fakeUploader';

function config(over: Partial<PickerConfig> = {}): PickerConfig {
  return { container: 'modal', multiple: false, accept: { mimetypes: [], extensions: [] }, folders: false, sources: ['COMPUTER', 'FTP', 'DROPBOX', 'GDRIVE', 'BOX', 'URL'], backgroundUpload: true, hide: false, ...over };
}

function callbacks(): PickerCallbacks & { done?: PickedFile[] } {
  const cb: PickerCallbacks & { done?: PickedFile[] } = { onDone(files) { cb.done = files; }, onCancel() {}, onError() {} };
  return cb;
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const q = (s: string) => document.querySelector(s) as HTMLElement;
const tab = (s: string) => q('.fp-source[data-fp-source=' + s + ']');
const shown = (s: string) => !tab(s).closest('[hidden]');

/** An answer the test gives when it wants. */
function later(): { promise: Promise<string[] | null>; resolve(v: string[] | null): void; reject(e: Error): void } {
  let resolve!: (v: string[] | null) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<string[] | null>((a, b) => { resolve = a; reject = b; });
  return { promise, resolve, reject };
}

let warn: jest.SpyInstance;
beforeEach(() => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
  document.body.textContent = '';
});

test('one question names every cloud tab once; the cloud tabs wait hidden, then the offered ones appear and the others are left out with one warning', async () => {
  const up = fakeUploader();
  const answer = later();
  up.offers.answer = () => answer.promise;
  testDialog().open(config(), {}, up, callbacks());
  expect(up.offers.asked).toEqual([['ftp', 'dropbox', 'googledrive', 'box']]);
  expect(['computer', 'ftp', 'dropbox', 'gdrive', 'box', 'url'].map(shown)).toEqual([true, false, false, false, false, true]);
  answer.resolve(['ftp', 'googledrive']);
  await tick();
  expect(['computer', 'ftp', 'dropbox', 'gdrive', 'box', 'url'].map(shown)).toEqual([true, true, false, true, false, true]);
  expect(warn.mock.calls.map((c) => c[0])).toEqual(['filepicker: the dialog leaves out DROPBOX, BOX: the server does not offer them (not enabled on its cloud API).']);
  expect(tab('computer').getAttribute('aria-current')).toBe('true');
  // nothing was listed for the tabs left out
  expect(up.cloudLists).toEqual([]);
});

test('a cloud tab opened first stays shown while asking; left out, the first other tab is shown', async () => {
  const up = fakeUploader();
  up.offers.answer = () => Promise.resolve(['box']);
  testDialog().open(config({ openTo: 'DROPBOX' }), {}, up, callbacks());
  expect(shown('dropbox')).toBe(true);
  await tick();
  expect(['computer', 'ftp', 'dropbox', 'gdrive', 'box'].map(shown)).toEqual([true, false, false, false, true]);
  expect(tab('computer').getAttribute('aria-current')).toBe('true');
  expect(q('.fp-cloud').hasAttribute('hidden')).toBe(true);
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0][0])).toMatch(/leaves out FTP, DROPBOX, GDRIVE: /);
});

test('when the server cannot say (null, or a failed call), every tab appears and no warning is given', async () => {
  for (const answer of [() => Promise.resolve(null), () => Promise.reject(new Error('offline'))]) {
    const up = fakeUploader();
    up.offers.answer = answer;
    testDialog().open(config(), {}, up, callbacks());
    await tick();
    expect(['computer', 'ftp', 'dropbox', 'gdrive', 'box', 'url'].map(shown)).toEqual([true, true, true, true, true, true]);
    document.body.textContent = '';
  }
  expect(warn).not.toHaveBeenCalled();
});

test('a page without cloud tabs asks nothing; an answer after the dialog closed changes nothing', async () => {
  const up = fakeUploader();
  testDialog().open(config({ sources: ['COMPUTER', 'URL'] }), {}, up, callbacks());
  expect(up.offers.asked).toEqual([]);
  document.body.textContent = '';
  const up2 = fakeUploader();
  const answer = later();
  up2.offers.answer = () => answer.promise;
  testDialog().open(config(), {}, up2, callbacks()).close();
  answer.resolve([]);
  await tick();
  expect(warn).not.toHaveBeenCalled();
});
