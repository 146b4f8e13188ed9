import { PickerCallbacks, PickerConfig } from '../core/contracts';
import { testDialog } from './__tests__/testDialog';
import { fakeUploader } from './__tests__/fakeUploader';

/** 10,000 files chosen at once (jsdom): the file list is windowed, rows keep their place, focus and actions. */

const N = 10000;

function config(over: Partial<PickerConfig> = {}): PickerConfig {
  return { container: 'modal', multiple: true, accept: { mimetypes: [], extensions: [] }, folders: false, sources: ['COMPUTER'], backgroundUpload: false, hide: false, ...over };
}
const callbacks = (): PickerCallbacks => ({ onDone() {}, onCancel() {}, onError() {} });

function choose(files: File[]): void {
  const input = document.querySelector('.fp-dialog input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}
function files(n: number, type = 'text/plain'): File[] {
  const out: File[] = [];
  for (let i = 0; i < n; i++) out.push(new File(['x'], 'file-' + i + (type === 'image/png' ? '.png' : '.txt'), { type }));
  return out;
}
const qa = (s: string) => Array.prototype.slice.call(document.querySelectorAll(s)) as HTMLElement[];
const rows = () => qa('.fp-files > .fp-file');
const main = () => document.querySelector('.fp-main') as HTMLElement;
const rowNamed = (name: string) => rows().filter((r) => r.querySelector('.fp-file-name')!.textContent === name + '.txt')[0];

afterEach(() => {
  document.body.textContent = '';
  delete (window as unknown as { createImageBitmap?: unknown }).createImageBitmap;
});

test('only the rows in view plus a margin are in the DOM, each with its place among all the files', () => {
  testDialog().open(config(), {}, fakeUploader(), callbacks());
  choose(files(N));
  const r = rows();
  expect(r.length).toBeGreaterThan(5);
  expect(r.length).toBeLessThan(60);
  // the rows from the top, then (after a spacer) the last row, kept for Shift+Tab into the list
  const last = r.pop()!;
  expect(last.getAttribute('aria-posinset')).toBe(String(N));
  r.forEach((li, i) => {
    expect(li.getAttribute('aria-posinset')).toBe(String(i + 1));
    expect(li.getAttribute('aria-setsize')).toBe(String(N));
  });
  const gap = last.previousElementSibling as HTMLElement;
  expect(gap.className).toBe('fp-files-gap');
  expect(gap.getAttribute('aria-hidden')).toBe('true');
});

test('scrolling renders the rows come into view; a row holding focus stays; removing renumbers the rows', () => {
  testDialog().open(config(), {}, fakeUploader(), callbacks());
  choose(files(N));
  const remove = rowNamed('file-1').querySelector('.fp-remove') as HTMLButtonElement;
  remove.focus();
  main().scrollTop = 46 * 5000;
  main().dispatchEvent(new Event('scroll'));
  expect(rowNamed('file-5000')).toBeDefined();
  expect(rowNamed('file-20')).toBeUndefined();
  expect(rowNamed('file-1')).toBeDefined();
  expect(document.activeElement).toBe(remove);
  remove.click();
  expect(rowNamed('file-1')).toBeUndefined();
  const after = rowNamed('file-5000');
  expect(after.getAttribute('aria-posinset')).toBe('5000');
  expect(after.getAttribute('aria-setsize')).toBe(String(N - 1));
});

test('thumbnails are made only for rows that are rendered', async () => {
  const asked: Blob[] = [];
  (window as unknown as { createImageBitmap: (b: Blob) => Promise<never> }).createImageBitmap = (b: Blob) => {
    asked.push(b);
    return Promise.reject(new Error('no decoder in jsdom'));
  };
  testDialog().open(config(), {}, fakeUploader(), callbacks());
  choose(files(2000, 'image/png'));
  for (let i = 0; i < 100; i++) await new Promise((r) => setTimeout(r, 0));
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.length).toBe(rows().length);
});

test('the first and last rows stay rendered for Tab and Shift+Tab into the list; Tab out of a lone row renders the next', () => {
  testDialog().open(config(), {}, fakeUploader(), callbacks());
  choose(files(N));
  expect(rowNamed('file-' + (N - 1))).toBeDefined();
  const lastRow = rows()[rows().length - 1];
  expect(lastRow.getAttribute('aria-posinset')).toBe(String(N));
  main().scrollTop = 46 * 5000;
  main().dispatchEvent(new Event('scroll'));
  expect(rowNamed('file-0')).toBeDefined();
  expect(rowNamed('file-1')).toBeUndefined();
  const remove = rowNamed('file-0').querySelector('.fp-remove') as HTMLButtonElement;
  remove.focus();
  remove.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
  expect(rowNamed('file-1')).toBeDefined();
  // in DOM order the row after the focused one is the next row of the list
  expect(rowNamed('file-0').nextElementSibling).toBe(rowNamed('file-1'));
  expect(document.activeElement).toBe(remove);
});
