import { CloudListing, PickedFolder, PickerConfig } from '../../../core/contracts';
import { testDialog } from '../../__tests__/testDialog';
import { fakeUploader } from '../../__tests__/fakeUploader';
import { clearPage, listKey as key, names, pickerConfig, q, qa, recordingCallbacks, until, visible } from '../__tests__/panelKit';

/** The dialog as pickFolder opens it: cloud tabs only, folder mode. */
const config = (over: Partial<PickerConfig> = {}): PickerConfig => pickerConfig({ sources: ['FTP', 'WEBDAV'], folderMode: true, ...over });

function callbacks() {
  const cb = recordingCallbacks() as ReturnType<typeof recordingCallbacks> & { folder?: PickedFolder };
  cb.onFolder = (f) => {
    cb.folder = f;
  };
  return cb;
}

const ROOT: CloudListing = {
  folders: [{ name: 'docs', path: '/docs/' }, { name: 'photos', path: '/photos/' }],
  files: [{ name: 'a.txt', path: '/a.txt', size: 3, mimetype: 'text/plain' }],
};
const DOCS: CloudListing = { folders: [{ name: '2024', path: '/docs/2024/' }], files: [{ name: 'r.pdf', path: '/docs/r.pdf', size: 9, mimetype: 'application/pdf' }] };
const choose = () => q('.fp-cs-add') as HTMLButtonElement;

afterEach(clearPage);

test('folder mode lists folders only; "Choose this folder" hands over the folder on screen, nothing is uploaded', async () => {
  const up = fakeUploader();
  const cb = callbacks();
  testDialog().open(config(), {}, up, cb);
  expect(q('[role="dialog"]').getAttribute('aria-label') || q('.fp-title').textContent).toMatch(/Choose a folder/);
  await until(() => up.cloudLists.length === 1);
  expect(qa('.fp-source').map((b) => b.textContent)).toEqual(['FTP', 'WebDAV']);
  up.cloudLists[0].resolve(ROOT);
  await until(() => names().length === 2);
  expect(names()).toEqual(['docs', 'photos']);
  expect(visible('.fp-cs-add')).toBe(true);
  expect(choose().disabled).toBe(false);
  expect(choose().textContent).toBe('Choose this folder');
  key('Enter');
  await until(() => up.cloudLists.length === 2);
  expect(up.cloudLists[1]).toMatchObject({ cloud: 'ftp', path: '/docs/' });
  up.cloudLists[1].resolve(DOCS);
  await until(() => names().length === 1 && names()[0] === '2024');
  expect(cb.folder).toBeUndefined();
  choose().click();
  expect(cb.folder).toEqual({ client: 'ftp', path: '/docs/', name: 'docs' });
  expect(cb.done).toBeUndefined();
  expect(cb.error).toBeUndefined();
  expect(up.calls.length).toBe(0);
  expect(document.querySelector('[role="dialog"]')).toBeNull();
});

test('the root can be chosen too (named after the source); Escape ends with onCancel, not a folder', async () => {
  const up = fakeUploader();
  const cb = callbacks();
  testDialog().open(config({ sources: ['WEBDAV'] }), {}, up, cb);
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve({ folders: [], files: [{ name: 'a.txt', path: '/a.txt', size: 3, mimetype: 'text/plain' }] });
  await until(() => visible('.fp-cs-status'));
  expect(names()).toEqual([]);
  choose().click();
  expect(cb.folder).toEqual({ client: 'webdav', path: '/', name: 'WebDAV' });

  const cb2 = callbacks();
  testDialog().open(config(), {}, fakeUploader(), cb2);
  document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  expect(cb2.cancelled).toBe(true);
  expect(cb2.folder).toBeUndefined();
});

test('outside folder mode the cloud browser is unchanged: files are listed and no "Choose this folder"', async () => {
  const up = fakeUploader();
  testDialog().open(config({ folderMode: undefined }), {}, up, callbacks());
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve(ROOT);
  await until(() => names().length === 3);
  expect(visible('.fp-cs-add')).toBe(false);
});

test('a server that offers none of the cloud tabs ends the folder dialog with an error naming them', async () => {
  const up = fakeUploader();
  up.offers.answer = () => Promise.resolve([]);
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const cb = callbacks();
  testDialog().open(config(), {}, up, cb);
  await until(() => !!cb.error);
  expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(['filepicker: the dialog leaves out FTP, WEBDAV: the server does not offer them (not enabled on its cloud API).']);
  warn.mockRestore();
  expect(String(cb.error && cb.error.message)).toBe('the server offers none of the cloud sources (ftp, webdav) a folder can be chosen from');
  expect(document.querySelector('[role="dialog"]')).toBeNull();
  expect(cb.folder).toBeUndefined();
});

test('the pick dialog is not ended when a cloud tab is left out (another tab stays)', async () => {
  const up = fakeUploader();
  up.offers.answer = () => Promise.resolve([]);
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const cb = callbacks();
  testDialog().open(config({ folderMode: false, sources: ['COMPUTER', 'FTP'] }), {}, up, cb);
  await until(() => up.offers.asked.length === 1);
  await new Promise((r) => setTimeout(r, 20));
  expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(['filepicker: the dialog leaves out FTP: the server does not offer it (not enabled on its cloud API).']);
  warn.mockRestore();
  expect(cb.error).toBeUndefined();
  expect(document.querySelector('[role="dialog"]')).not.toBeNull();
});
