/** The cloud panel's search field (jsdom, a fake cloud API): shown where the source searches, results in the browser. */
import { CloudListing, PickerConfig } from '../../../core/contracts';
import { testDialog } from '../../__tests__/testDialog';
import { fakeUploader, stored } from '../../__tests__/fakeUploader';
import { clearPage, listKey as key, names, pickerConfig, q, qa, recordingCallbacks as callbacks, until, visible } from '../__tests__/panelKit';

const config = (over: Partial<PickerConfig> = {}): PickerConfig => pickerConfig({ sources: ['COMPUTER', 'DROPBOX', 'FTP'], openTo: 'DROPBOX', ...over });

const ROOT: CloudListing = {
  searchable: true,
  folders: [{ name: 'Photos', path: '/Photos/' }],
  files: [{ name: 'a.txt', path: '/a.txt', size: 3, mimetype: 'text/plain' }],
};
const FOUND: CloudListing = {
  searchable: true,
  folders: [{ name: 'Trip', path: '/Photos/Trip/' }],
  files: [{ name: 'trip.jpg', path: '/Photos/Trip/trip.jpg', size: 9, mimetype: 'image/jpeg' }],
  next: 'C2',
};

const field = (): HTMLInputElement => q('.fp-cloud-search input') as HTMLInputElement;
const typeAndEnter = (text: string): void => {
  field().value = text;
  field().dispatchEvent(new Event('input', { bubbles: true }));
  q('.fp-cloud-search').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
};
const crumbs = (): (string | null)[] => qa('.fp-cs-crumbs li').map((l) => l.textContent);

afterEach(clearPage);

test('a searchable source shows a labelled search field; results replace the folder, page, and Escape returns', async () => {
  const up = fakeUploader();
  const cb = callbacks();
  testDialog().open(config({ multiple: true }), {}, up, cb);
  await until(() => up.cloudLists.length === 1);
  expect(visible('.fp-cloud-search')).toBe(false);
  up.cloudLists[0].resolve(ROOT);
  await until(() => names().length === 2);
  expect(visible('.fp-cloud-search')).toBe(true);
  expect(q('.fp-cloud-search').getAttribute('role')).toBe('search');
  expect(q('.fp-cloud-search label').textContent).toBe('Search Dropbox');
  expect(q('.fp-cloud-search label').getAttribute('for')).toBe(field().id);
  expect(field().getAttribute('placeholder')).toBe('Name of a file or folder');
  // a file selected in the folder stays selected through the search
  qa('.fp-cs-file')[0].click();
  typeAndEnter('  trip ');
  expect(up.cloudLists[1]).toMatchObject({ cloud: 'dropbox', search: 'trip', cursor: undefined });
  up.cloudLists[1].resolve(FOUND);
  await until(() => names()[0] === 'Trip');
  expect(crumbs()).toEqual(['Dropbox', 'Search results']);
  expect(q('.fp-cs-here').textContent).toBe('Search results');
  expect(q('.fp-cs-list').getAttribute('aria-label')).toBe('Contents of Search results');
  expect((q('.fp-cs-up') as HTMLButtonElement).disabled).toBe(false);
  // More pages the results
  (q('.fp-cs-more') as HTMLButtonElement).click();
  expect(up.cloudLists[2]).toMatchObject({ search: 'trip', cursor: 'C2' });
  up.cloudLists[2].resolve({ searchable: true, folders: [], files: [{ name: 'trip2.jpg', path: '/x/trip2.jpg', size: 1, mimetype: 'image/jpeg' }] });
  await until(() => names().length === 3);
  // select a result, then Escape in the list goes back to the folder (not closing the dialog)
  q('.fp-cs-list').focus();
  key('End');
  key(' ');
  expect(q('.fp-cs-add').textContent).toBe('Add selected (2)');
  expect(key('Escape')).toBe(false);
  expect(up.cloudLists[3]).toMatchObject({ cloud: 'dropbox', path: '/' });
  expect(up.cloudLists[3].search).toBeUndefined();
  expect(field().value).toBe('');
  up.cloudLists[3].resolve(ROOT);
  await until(() => names()[0] === 'Photos');
  expect(crumbs()).toEqual(['Dropbox']);
  expect(cb.cancelled).toBeUndefined();
  (q('.fp-cs-add') as HTMLButtonElement).click();
  await until(() => up.calls.length === 2);
  expect(up.calls.map((c) => c.cloud!.path)).toEqual(['/a.txt', '/x/trip2.jpg']);
  up.calls[0].resolve({ ...stored('a.txt', 3), linked: true });
  up.calls[1].resolve({ ...stored('trip2.jpg', 1), linked: true });
});

test('a folder of the results opens it; emptying the field, Escape in it, Up and Backspace go back; nothing found says so', async () => {
  const up = fakeUploader();
  const cb = callbacks();
  testDialog().open(config(), {}, up, cb);
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve(ROOT);
  await until(() => names().length === 2);
  key('Enter');
  up.cloudLists[1].resolve({ searchable: true, folders: [], files: [{ name: 'p.jpg', path: '/Photos/p.jpg', size: 1, mimetype: 'image/jpeg' }] });
  await until(() => names()[0] === 'p.jpg');
  typeAndEnter('trip');
  up.cloudLists[2].resolve(FOUND);
  await until(() => names()[0] === 'Trip');
  // the crumbs keep the folder searched from, and lead back to it
  expect(crumbs()).toEqual(['Dropbox', 'Photos', 'Search results']);
  q('.fp-cs-list').focus();
  key('Home');
  key('Enter');
  expect(up.cloudLists[3]).toMatchObject({ path: '/Photos/Trip/' });
  expect(field().value).toBe('');
  up.cloudLists[3].resolve({ folders: [], files: [] });
  await until(() => crumbs().length === 3 && crumbs()[2] === 'Trip');
  // nothing found
  typeAndEnter('zzz');
  up.cloudLists[4].resolve({ searchable: true, folders: [], files: [] });
  await until(() => /Nothing matches/.test(q('.fp-cs-status').textContent || ''));
  expect(q('.fp-cs-status').textContent).toBe('Nothing matches your search. Retry');
  expect(visible('.fp-cs-status button')).toBe(false);
  // emptying the field goes back to the folder
  field().value = '';
  field().dispatchEvent(new Event('input', { bubbles: true }));
  expect(up.cloudLists[5]).toMatchObject({ path: '/Photos/Trip/' });
  up.cloudLists[5].resolve({ folders: [], files: [] });
  // Escape in the field with text empties it and goes back without closing; Escape in an empty field is the dialog's
  typeAndEnter('x');
  up.cloudLists[6].resolve(FOUND);
  await until(() => names()[0] === 'Trip');
  const esc = (): boolean => field().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  expect(esc()).toBe(false);
  expect(field().value).toBe('');
  expect(up.cloudLists[7]).toMatchObject({ path: '/Photos/Trip/' });
  up.cloudLists[7].resolve({ folders: [], files: [] });
  await until(() => crumbs()[2] === 'Trip');
  expect(cb.cancelled).toBeUndefined();
  // Up from the results: back to the folder; Backspace too
  typeAndEnter('y');
  up.cloudLists[8].resolve(FOUND);
  await until(() => names()[0] === 'Trip');
  (q('.fp-cs-up') as HTMLButtonElement).click();
  expect(up.cloudLists[9]).toMatchObject({ path: '/Photos/Trip/' });
  up.cloudLists[9].resolve({ folders: [], files: [] });
  typeAndEnter('y');
  up.cloudLists[10].resolve(FOUND);
  await until(() => names()[0] === 'Trip');
  q('.fp-cs-list').focus();
  key('Backspace');
  expect(up.cloudLists[11]).toMatchObject({ path: '/Photos/Trip/' });
  expect(up.cloudLists[11].search).toBeUndefined();
  up.cloudLists[11].resolve({ folders: [], files: [] });
  await until(() => crumbs()[2] === 'Trip');
  expect(cb.cancelled).toBeUndefined();
  esc();
  await until(() => cb.cancelled === true);
});

test('no search field where the source cannot search, nor in folder mode; sign-out hides it', async () => {
  const up = fakeUploader();
  testDialog().open(config({ openTo: 'FTP' }), {}, up, callbacks());
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve({ folders: [], files: [{ name: 'a.txt', path: '/a.txt', size: 3, mimetype: 'text/plain' }] });
  await until(() => names().length === 1);
  expect(visible('.fp-cloud-search')).toBe(false);
  clearPage();
  const up2 = fakeUploader();
  const folderCb = callbacks() as ReturnType<typeof callbacks> & { onFolder(): void };
  folderCb.onFolder = () => undefined;
  testDialog().open(config({ folderMode: true, sources: ['DROPBOX'] }), {}, up2, folderCb);
  await until(() => up2.cloudLists.length === 1);
  up2.cloudLists[0].resolve(ROOT);
  await until(() => names().length === 1);
  expect(q('.fp-cs-add').textContent).toBe('Choose this folder');
  expect(visible('.fp-cloud-search')).toBe(false);
  clearPage();
  const up3 = fakeUploader();
  testDialog().open(config(), {}, up3, callbacks());
  await until(() => up3.cloudLists.length === 1);
  up3.cloudLists[0].resolve(ROOT);
  await until(() => visible('.fp-cloud-search'));
  typeAndEnter('q');
  (q('.fp-cloud-signout') as HTMLButtonElement).click();
  up3.logouts[0].resolve();
  await until(() => up3.cloudLists.length === 3);
  expect(visible('.fp-cloud-search')).toBe(false);
  expect(field().value).toBe('');
});
