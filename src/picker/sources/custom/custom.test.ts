import { PickerConfig, SourceListing } from '../../../core/contracts';
import { testDialog } from '../../__tests__/testDialog';
import { fakeUploader, stored } from '../../__tests__/fakeUploader';
import { crumbs, parentFolder, rootFolder, isWithin } from '../browse/paths';
import { findByPrefix, moveIndex } from '../browse/keys';
import { planSources, unsupportedWarnings } from '../../services';
import { clearPage, listKey as key, names, pickerConfig, q, qa, recordingCallbacks as callbacks, tick, until } from '../__tests__/panelKit';

const config = (over: Partial<PickerConfig> = {}): PickerConfig => pickerConfig({ sources: ['COMPUTER', 'CUSTOMSOURCE'], openTo: 'CUSTOMSOURCE', customSourceContainer: 'bucket', customSourcePath: 'top/', ...over });

const activeName = () => {
  const id = q('.fp-cs-list').getAttribute('aria-activedescendant');
  return id ? (document.getElementById(id) as HTMLElement).querySelector('.fp-cs-name')!.textContent : null;
};

const TOP: SourceListing = {
  folders: [{ name: 'docs', path: 'top/docs/' }, { name: 'pics', path: 'top/pics/' }],
  files: [{ name: 'a.txt', path: 'top/a.txt', size: 3, mimetype: 'text/plain' }, { name: 'big.bin', path: 'top/big.bin', size: 5000, mimetype: 'application/octet-stream' }],
};
const DOCS: SourceListing = { folders: [], files: [{ name: 'r.pdf', path: 'top/docs/r.pdf', size: 9, mimetype: 'application/pdf' }], next: 'CUR' };

afterEach(clearPage);

describe('paths and keys', () => {
  test('the root is customSourcePath as a folder; parents never go above it', () => {
    expect(rootFolder(undefined)).toBe('');
    expect(rootFolder('/a//b')).toBe('a/b/');
    expect(parentFolder('a/', 'a/b/c/')).toBe('a/b/');
    expect(parentFolder('a/', 'a/b/')).toBe('a/');
    expect(parentFolder('a/', 'a/')).toBe('a/');
    expect(parentFolder('a/', 'x/')).toBe('a/');
    expect(isWithin('a/', 'a/../x/')).toBe(false);
    expect(crumbs('a/', 'a/b/c/', 'bucket')).toEqual([{ label: 'a', path: 'a/' }, { label: 'b', path: 'a/b/' }, { label: 'c', path: 'a/b/c/' }]);
    expect(crumbs('', 'x/', 'bucket')[0]).toEqual({ label: 'bucket', path: '' });
    expect(crumbs('/', '/a/', 'FTP')).toEqual([{ label: 'FTP', path: '/' }, { label: 'a', path: '/a/' }]);
    expect(parentFolder('/', '/a/')).toBe('/');
  });
  test('listbox keys move within bounds; type-ahead wraps', () => {
    expect(moveIndex('ArrowDown', -1, 3)).toBe(0);
    expect(moveIndex('ArrowDown', 2, 3)).toBe(2);
    expect(moveIndex('ArrowUp', 0, 3)).toBe(0);
    expect(moveIndex('End', 0, 3)).toBe(2);
    expect(moveIndex('PageDown', 0, 30)).toBe(10);
    expect(moveIndex('x', 0, 3)).toBe(-1);
    expect(findByPrefix(['docs', 'pics', 'a.txt', 'pdf'], 'p', 1)).toBe(3);
    expect(findByPrefix(['docs', 'pics'], 'z', 0)).toBe(-1);
  });
  test('CUSTOMSOURCE is a supported source; its options no longer warn', () => {
    const plan = planSources(config());
    expect(plan).toMatchObject({ sources: ['COMPUTER', 'CUSTOMSOURCE'], first: 'CUSTOMSOURCE', unsupported: [] });
    expect(unsupportedWarnings(planSources(config({ sources: ['GENERIC', 'CUSTOMSOURCE'] })).unsupported).join('\n')).toMatch(/GENERIC yet; left out \(available: [A-Z, ]*CUSTOMSOURCE/);
  });
});

describe('the custom source panel (jsdom, fake uploader)', () => {
  test('lists the root, opens a folder with the keyboard, cannot leave the root, picks a file', async () => {
    const up = fakeUploader();
    const cb = callbacks();
    testDialog().open(config(), { location: 's3', path: 'in/' }, up, cb);
    await until(() => up.lists.length === 1);
    expect(up.lists[0]).toMatchObject({ container: 'bucket', path: 'top/' });
    up.lists[0].resolve(TOP);
    await until(() => !!q('.fp-cs-item'));
    expect(names()).toEqual(['docs', 'pics', 'a.txt', 'big.bin']);
    const list = q('.fp-cs-list');
    expect(document.activeElement).toBe(list);
    expect(list.getAttribute('role')).toBe('listbox');
    expect(list.getAttribute('aria-label')).toBe('Contents of top');
    expect(activeName()).toBe('docs');
    expect((q('.fp-cs-up') as HTMLButtonElement).disabled).toBe(true);
    key('Backspace');
    expect(up.lists.length).toBe(1);
    key('ArrowDown');
    key('ArrowDown');
    expect(activeName()).toBe('a.txt');
    key('Home');
    key('Enter');
    await until(() => up.lists.length === 2);
    expect(up.lists[1].path).toBe('top/docs/');
    up.lists[1].resolve(DOCS);
    await until(() => names()[0] === 'r.pdf');
    expect(qa('.fp-cs-crumbs li').map((n) => n.textContent)).toEqual(['top', 'docs']);
    expect(q('.fp-cs-here').getAttribute('aria-current')).toBe('location');
    expect(q('.fp-cs-more').hasAttribute('hidden')).toBe(false);
    (q('.fp-cs-more') as HTMLButtonElement).click();
    await until(() => up.lists.length === 3);
    expect(up.lists[2]).toMatchObject({ path: 'top/docs/', cursor: 'CUR' });
    up.lists[2].resolve({ folders: [], files: [{ name: 's.pdf', path: 'top/docs/s.pdf', size: 2, mimetype: 'application/pdf' }] });
    await until(() => names().length === 2);
    expect(activeName()).toBe('s.pdf');
    key('Backspace');
    await until(() => up.lists.length === 4);
    expect(up.lists[3].path).toBe('top/');
    up.lists[3].resolve(TOP);
    await until(() => names().length === 4);
    key('End');
    key('ArrowUp');
    key('Enter');
    await until(() => up.calls.length === 1);
    expect(up.calls[0]).toMatchObject({ kind: 'storeFromSource', source: { container: 'bucket', path: 'top/a.txt' }, store: { location: 's3', path: 'in/' } });
    expect(q('.fp-file-name').textContent).toBe('a.txt');
    up.calls[0].resolve(stored('a.txt', 3, 'text/plain'));
    await until(() => !!cb.done);
    expect(cb.done).toEqual([expect.objectContaining({ filename: 'a.txt', client: 'customsource' })]);
  });

  test('a fresh folder starts at the top without asking for a scroll (a big folder is not laid out at once); moves and More scroll the active row into view', async () => {
    const scrolled: string[] = [];
    const proto = HTMLElement.prototype as unknown as { scrollIntoView?: (this: HTMLElement) => void };
    proto.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this.querySelector('.fp-cs-name')!.textContent || '');
    };
    try {
      const up = fakeUploader();
      testDialog().open(config(), { location: 's3', path: 'in/' }, up, callbacks());
      await until(() => up.lists.length === 1);
      up.lists[0].resolve(TOP);
      await until(() => !!q('.fp-cs-item'));
      expect(activeName()).toBe('docs');
      expect(scrolled).toEqual([]);
      key('ArrowDown');
      expect(scrolled).toEqual(['pics']);
      key('Enter');
      await until(() => up.lists.length === 2);
      up.lists[1].resolve(DOCS);
      await until(() => names()[0] === 'r.pdf');
      expect(scrolled).toEqual(['pics']);
      (q('.fp-cs-more') as HTMLButtonElement).click();
      await until(() => up.lists.length === 3);
      up.lists[2].resolve({ folders: [], files: [{ name: 's.pdf', path: 'top/docs/s.pdf', size: 2, mimetype: 'application/pdf' }] });
      await until(() => names().length === 2);
      expect(scrolled).toEqual(['pics', 's.pdf']);
    } finally {
      delete proto.scrollIntoView;
    }
  });

  test('restrictions apply to the listed size and type before anything is copied', async () => {
    const up = fakeUploader();
    const cb = callbacks();
    testDialog().open(config({ maxSize: 100, accept: { mimetypes: ['text/*'], extensions: [] } }), {}, up, cb);
    await until(() => up.lists.length === 1);
    up.lists[0].resolve(TOP);
    await until(() => !!q('.fp-cs-item'));
    key('End');
    key('Enter');
    await tick();
    expect(up.calls).toEqual([]);
    expect(qa('.fp-errors li').map((n) => n.textContent)).toEqual(['big.bin is not an accepted type. Accepted types: Text files']);
  });

  test('multiple: Space and clicks select files, Add selected stores them with progress entries', async () => {
    const up = fakeUploader();
    const cb = callbacks();
    testDialog().open(config({ multiple: true, maxFiles: 5 }), {}, up, cb);
    await until(() => up.lists.length === 1);
    up.lists[0].resolve(TOP);
    await until(() => !!q('.fp-cs-item'));
    const list = q('.fp-cs-list');
    expect(list.getAttribute('aria-multiselectable')).toBe('true');
    key('ArrowDown');
    key('ArrowDown');
    key(' ');
    const files = qa('.fp-cs-file');
    expect(files.map((f) => f.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    files[1].click();
    expect(q('.fp-cs-add').textContent).toBe('Add selected (2)');
    (q('.fp-cs-add') as HTMLButtonElement).click();
    await until(() => up.calls.length === 2);
    expect(up.calls.map((c) => c.source!.path)).toEqual(['top/a.txt', 'top/big.bin']);
    expect(qa('.fp-cs-file').map((f) => f.getAttribute('aria-selected'))).toEqual(['false', 'false']);
    expect((q('.fp-cs-add') as HTMLButtonElement).disabled).toBe(true);
    up.calls[0].resolve(stored('a.txt', 3));
    up.calls[1].resolve(stored('big.bin', 5000));
    await until(() => qa('.fp-file-done').length === 2);
    (q('.fp-primary') as HTMLButtonElement).click();
    await until(() => !!cb.done);
    expect(cb.done!.map((f) => f.client)).toEqual(['customsource', 'customsource']);
  });

  test('a listing error shows the server message and a retry; an empty folder says so', async () => {
    const up = fakeUploader();
    testDialog().open(config(), {}, up, callbacks());
    await until(() => up.lists.length === 1);
    up.lists[0].reject(new Error('filepicker: the custom source listing failed: HTTP 403 container: bucket "bucket" is not a custom source this app may use'));
    await until(() => !q('.fp-cs-status').hasAttribute('hidden') && /could not/.test(q('.fp-cs-status').textContent || ''));
    expect(q('.fp-cs-status').textContent).toMatch(/^The folder could not be opened: the custom source listing failed: HTTP 403 container: bucket "bucket" is not a custom source/);
    expect(q('.fp-cs-list').hasAttribute('hidden')).toBe(true);
    const retry = q('.fp-cs-status button') as HTMLButtonElement;
    retry.click();
    await until(() => up.lists.length === 2);
    up.lists[1].resolve({ folders: [], files: [] });
    await until(() => q('.fp-cs-status').textContent === 'This folder is empty. Retry' || q('.fp-cs-status').textContent!.indexOf('This folder is empty.') === 0);
    expect(q('.fp-cs-status button').hasAttribute('hidden')).toBe(true);
  });

  test('without customSourceContainer the tab says the source is not configured and lists nothing', async () => {
    const up = fakeUploader();
    testDialog().open(config({ customSourceContainer: undefined, openTo: undefined }), {}, up, callbacks());
    const tab = q('.fp-source[data-fp-source=customsource]') as HTMLButtonElement;
    expect(tab.textContent).toBe('Cloud folder');
    tab.click();
    await tick();
    expect(q('.fp-cs-note').textContent).toBe('This source is not set up: no storage bucket was configured for it.');
    expect(up.lists).toEqual([]);
  });

  test('multiple: the selection survives opening another folder and going back; Add stores files of both folders', async () => {
    const up = fakeUploader();
    const cb = callbacks();
    testDialog().open(config({ multiple: true }), {}, up, cb);
    await until(() => up.lists.length === 1);
    up.lists[0].resolve(TOP);
    await until(() => !!q('.fp-cs-item'));
    qa('.fp-cs-file')[0].click();
    expect(q('.fp-cs-add').textContent).toBe('Add selected (1)');
    key('Home');
    key('Enter');
    await until(() => up.lists.length === 2);
    up.lists[1].resolve(DOCS);
    await until(() => names()[0] === 'r.pdf');
    expect(q('.fp-cs-add').textContent).toBe('Add selected (1)');
    key(' ');
    expect(q('.fp-cs-add').textContent).toBe('Add selected (2)');
    key('Backspace');
    await until(() => up.lists.length === 3);
    up.lists[2].resolve(TOP);
    await until(() => names().length === 4);
    // a.txt is still shown as selected in its folder
    expect(qa('.fp-cs-file').map((f) => f.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    (q('.fp-cs-add') as HTMLButtonElement).click();
    await until(() => up.calls.length === 2);
    expect(up.calls.map((c) => c.source!.path)).toEqual(['top/a.txt', 'top/docs/r.pdf']);
    expect(q('.fp-cs-add').textContent).toBe('Add selected (0)');
  });

  test('the panel loads only when its tab is chosen', async () => {
    const up = fakeUploader();
    testDialog().open(config({ openTo: 'COMPUTER' }), {}, up, callbacks());
    await tick();
    expect(up.lists).toEqual([]);
    expect(q('.fp-cs-note').textContent).toBe('Loading…');
    (q('.fp-source[data-fp-source=customsource]') as HTMLButtonElement).click();
    await until(() => up.lists.length === 1);
    up.lists[0].resolve(TOP);
    await until(() => !!q('.fp-cs-item'));
    // choosing the tab does not move focus (as for the other sources)
    expect(document.activeElement).toBe(q('.fp-drop'));
    expect(q('.fp-cs-note')).toBeNull();
  });
});
