import { PickerCallbacks, PickerConfig, SourceListing } from '../../../core/contracts';
import { testDialog } from '../../__tests__/testDialog';
import { fakeUploader } from '../../__tests__/fakeUploader';

/** A 10,000-entry folder in the browse listbox (jsdom): only a window of options is in the DOM, keyboard and ARIA hold. */

const ENTRIES = 10000;
const FOLDERS = 100;

function bigFolder(): SourceListing {
  const folders = [];
  for (let i = 0; i < FOLDERS; i++) folders.push({ name: 'folder-' + i, path: 'top/folder-' + i + '/' });
  const files = [];
  for (let i = 0; i < ENTRIES - FOLDERS; i++) {
    const name = 'file-' + String(i).padStart(5, '0') + '.txt';
    files.push({ name, path: 'top/' + name, size: 10 + i, mimetype: 'text/plain' });
  }
  return { folders, files };
}

function config(over: Partial<PickerConfig> = {}): PickerConfig {
  return { container: 'modal', multiple: true, maxFiles: 20, accept: { mimetypes: [], extensions: [] }, folders: false, sources: ['COMPUTER', 'CUSTOMSOURCE'], openTo: 'CUSTOMSOURCE', backgroundUpload: true, hide: false, customSourceContainer: 'bucket', customSourcePath: 'top/', ...over };
}
const callbacks = (): PickerCallbacks => ({ onDone() {}, onCancel() {}, onError() {} });

const tick = () => new Promise((r) => setTimeout(r, 0));
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !cond(); i++) await tick();
  if (!cond()) throw new Error('condition not reached');
}
const q = (s: string) => document.querySelector(s) as HTMLElement;
const qa = (s: string) => Array.prototype.slice.call(document.querySelectorAll(s)) as HTMLElement[];
const list = () => q('.fp-cs-list');
const key = (k: string, extra: KeyboardEventInit = {}) => list().dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...extra }));
const active = () => document.getElementById(list().getAttribute('aria-activedescendant') || '') as HTMLElement | null;
const activeName = () => active()!.querySelector('.fp-cs-name')!.textContent;
const option = (name: string) => qa('.fp-cs-item').filter((o) => o.querySelector('.fp-cs-name')!.textContent === name)[0];

afterEach(() => {
  document.body.textContent = '';
});

async function openBig() {
  const up = fakeUploader();
  testDialog().open(config(), {}, up, callbacks());
  await until(() => up.lists.length === 1);
  up.lists[0].resolve(bigFolder());
  await until(() => !!q('.fp-cs-item'));
  return up;
}

test('only a window of the options is rendered, each with its position in the whole folder', async () => {
  await openBig();
  const options = qa('[role=option]');
  expect(options.length).toBeGreaterThan(5);
  expect(options.length).toBeLessThan(100);
  options.forEach((o, i) => {
    expect(o.getAttribute('aria-setsize')).toBe(String(ENTRIES));
    expect(o.getAttribute('aria-posinset')).toBe(String(i + 1));
  });
  // the rest of the folder is stood for by a spacer hidden from assistive technology
  const gap = list().lastElementChild as HTMLElement;
  expect(gap.getAttribute('role')).toBeNull();
  expect(gap.getAttribute('aria-hidden')).toBe('true');
  expect(activeName()).toBe('folder-0');
});

test('End, PageUp, Home and type-ahead keep the active option rendered and named by aria-activedescendant', async () => {
  await openBig();
  key('End');
  expect(activeName()).toBe('file-09899.txt');
  expect(active()!.getAttribute('aria-posinset')).toBe(String(ENTRIES));
  expect(option('folder-0')).toBeUndefined();
  key('PageUp');
  expect(active()!.getAttribute('aria-posinset')).toBe(String(ENTRIES - 10));
  key('Home');
  expect(activeName()).toBe('folder-0');
  expect(option('file-09899.txt')).toBeUndefined();
  for (const c of 'file-05') key(c);
  expect(activeName()).toBe('file-05000.txt');
  expect(qa('[role=option]').length).toBeLessThan(100);
});

test('the active option stays rendered when the list is scrolled away from it', async () => {
  await openBig();
  key('ArrowDown');
  const id = list().getAttribute('aria-activedescendant')!;
  list().scrollTop = 31 * 6000;
  list().dispatchEvent(new Event('scroll'));
  expect(option('file-05900.txt')).toBeDefined();
  expect(document.getElementById(id)).not.toBeNull();
  expect(activeName()).toBe('folder-1');
});

test('the selection survives scrolling it out of the DOM and opening another folder', async () => {
  const up = await openBig();
  key('End');
  key(' ');
  expect(option('file-09899.txt').getAttribute('aria-selected')).toBe('true');
  key('Home');
  expect(option('file-09899.txt')).toBeUndefined();
  key('End');
  expect(option('file-09899.txt').getAttribute('aria-selected')).toBe('true');
  key('Home');
  key('Enter');
  await until(() => up.lists.length === 2);
  up.lists[1].resolve({ folders: [], files: [{ name: 'in.txt', path: 'top/folder-0/in.txt', size: 1, mimetype: 'text/plain' }] });
  await until(() => !!option('in.txt'));
  expect(qa('[role=option]').map((o) => o.getAttribute('aria-setsize'))).toEqual(['1']);
  expect(q('.fp-cs-add').textContent).toBe('Add selected (1)');
  key('Backspace');
  await until(() => up.lists.length === 3);
  up.lists[2].resolve(bigFolder());
  await until(() => !!option('folder-0'));
  key('End');
  expect(option('file-09899.txt').getAttribute('aria-selected')).toBe('true');
});

test('Ctrl+A selects the whole folder, rendered or not', async () => {
  await openBig();
  key('a', { ctrlKey: true });
  expect(q('.fp-cs-add').textContent).toBe('Add selected (9900)');
  key('End');
  expect(option('file-09899.txt').getAttribute('aria-selected')).toBe('true');
});
