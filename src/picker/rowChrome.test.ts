import { PickerConfig } from '../core/contracts';
import { testDialog } from './__tests__/testDialog';
import { fakeUploader, stored } from './__tests__/fakeUploader';

/** What the rows and the footer show while uploads run and retry (jsdom, fake uploader). */

function config(over: Partial<PickerConfig> = {}): PickerConfig {
  return { container: 'modal', multiple: true, accept: { mimetypes: [], extensions: [] }, folders: false, sources: ['COMPUTER'], backgroundUpload: true, hide: false, ...over };
}
const callbacks = () => ({ onDone() {}, onCancel() {}, onError() {} });

function choose(names: string[]): void {
  const input = document.querySelector('.fp-dialog input[type=file]') as HTMLInputElement;
  const files = names.map((n) => new File([new Uint8Array(100)], n, { type: 'text/plain' }));
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const q = (s: string) => document.querySelector(s) as HTMLElement;

afterEach(() => {
  document.body.textContent = '';
});

test('while an upload retries, the total does not count its unstored bytes; Done pressed then delivers once it is stored', async () => {
  const up = fakeUploader();
  const log: string[] = [];
  testDialog().open(config(), {}, up, { onDone: () => log.push('done'), onCancel() {}, onError() {} });
  choose(['a.txt']);
  await flush();
  const ev = up.calls[0].events;
  ev.onProgress!({ loaded: 100, total: 100 });
  expect(q('.fp-total progress').getAttribute('value')).toBe('99');
  ev.onRetry!(1, 1000);
  expect(q('.fp-file-status').textContent).toMatch(/retrying in 1 s \(attempt 1\)/);
  expect(q('.fp-total progress').getAttribute('value')).toBe('0');
  // Done while uploads run (backgroundUpload): the dialog waits for every upload to end, then delivers
  (q('.fp-primary') as HTMLButtonElement).click();
  expect(q('.fp-primary').hasAttribute('disabled')).toBe(true);
  await flush();
  expect(log).toEqual([]);
  up.calls[0].resolve(stored('a.txt', 100));
  await flush();
  expect(log).toEqual(['done']);
});

test('a single pick offers × (cancel) while its upload runs; it cancels the upload and leaves the dialog open', async () => {
  const up = fakeUploader();
  testDialog().open(config({ multiple: false, backgroundUpload: false }), {}, up, callbacks());
  choose(['a.txt']);
  await flush();
  const remove = q('.fp-file .fp-remove') as HTMLButtonElement;
  expect(remove.hidden).toBe(false);
  remove.click();
  expect(up.calls[0].cancelled).toBe(true);
  expect(document.querySelectorAll('.fp-files > .fp-file')).toHaveLength(0);
  expect(q('.fp-dialog')).not.toBeNull();
});
