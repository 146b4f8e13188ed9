import { PickerCallbacks, PickerConfig, Uploader } from '../core/contracts';
import { LegacyContext } from '../legacy/context';
import { createUploadQueue } from '../upload/batch';
import { folderSources, pickFolder } from './pickFolder';

/** A context whose dialog records how pickFolder opened it. */
function setup() {
  const opened: Array<{ config: PickerConfig; cb: PickerCallbacks; closed: boolean }> = [];
  const ctx = new LegacyContext({
    queue: createUploadQueue,
    dialog: () => ({
      open: (config, _store, _up, cb) => {
        const o = { config, cb, closed: false };
        opened.push(o);
        return { close: () => void (o.closed = true) };
      },
    }),
    uploader: () => ({ cloud: { folderLink: (cloud: string, path: string) => { asked.push(cloud + ' ' + path); return links.shift() || Promise.resolve(null); } } }) as unknown as Uploader,
  });
  ctx.configureHosts('https://fp.test');
  ctx.setKey('K');
  const asked: string[] = [];
  /** the cloud API's next answers to folderLink (then null: no link) */
  const links: Array<Promise<string | null>> = [];
  return { ctx, opened, asked, links };
}

const wait = (ms = 50) => new Promise((r) => setTimeout(r, ms));
/** Waits until `done()` holds (the callbacks come on a later turn). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) await wait(10);
}

test('opens the dialog in folder mode with the cloud services only (default: every cloud, one Google Drive)', () => {
  const { ctx, opened } = setup();
  pickFolder(ctx, [{ services: ['COMPUTER', 'ftp', 'URL', 'DROPBOX'], multiple: true }, jest.fn()]);
  expect(opened[0].config).toMatchObject({ folderMode: true, multiple: false, sources: ['FTP', 'DROPBOX'] });
  pickFolder(ctx, [jest.fn()]);
  expect(opened[1].config.sources).toEqual(['FTP', 'WEBDAV', 'DROPBOX', 'GOOGLE_DRIVE', 'BOX', 'SKYDRIVE', 'GITHUB', 'GMAIL', 'FACEBOOK', 'INSTAGRAM', 'FLICKR']);
  expect(folderSources(['GDRIVE', 'COMPUTER'])).toEqual(['GDRIVE']);
});

test('onSuccess gets the folder data object, its url the cloud API\'s folder link; close is FPError 101; close() calls nothing', async () => {
  const { ctx, opened, asked, links } = setup();
  const s = jest.fn();
  const e = jest.fn();
  links.push(Promise.resolve('https://fp.test/cloud/file/FOLDERLINK'));
  pickFolder(ctx, [{ services: ['FTP'] }, s, e]);
  opened[0].cb.onFolder!({ client: 'ftp', path: '/docs/2024/', name: '2024' });
  await until(() => s.mock.calls.length > 0);
  expect(asked).toEqual(['ftp /docs/2024/']);
  expect(s.mock.calls).toEqual([[{ url: 'https://fp.test/cloud/file/FOLDERLINK', filename: '2024', mimetype: 'text/directory', client: 'ftp', path: '/docs/2024/', folder: true }]]);
  expect(e).not.toHaveBeenCalled();

  const e2 = jest.fn();
  pickFolder(ctx, [s, e2]);
  opened[1].cb.onCancel();
  await until(() => e2.mock.calls.length > 0);
  expect(e2.mock.calls[0][0].code).toBe(101);

  const s3 = jest.fn();
  const e3 = jest.fn();
  const h = pickFolder(ctx, [s3, e3]);
  h.close();
  expect(opened[2].closed).toBe(true);
  links.push(Promise.resolve('https://fp.test/cloud/file/L'));
  opened[2].cb.onFolder!({ client: 'ftp', path: '/', name: 'FTP' });
  await wait();
  expect(s3).not.toHaveBeenCalled();
  expect(e3).not.toHaveBeenCalled();
});

test('a cloud API without folder links (or a failed call): url is the folder\'s path, with one warning', async () => {
  const { ctx, opened, links } = setup();
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const s = jest.fn();
    pickFolder(ctx, [{ services: ['DROPBOX'] }, s]);
    opened[0].cb.onFolder!({ client: 'dropbox', path: '/Photos/', name: 'Photos' });
    await until(() => s.mock.calls.length > 0);
    expect(s.mock.calls[0][0]).toEqual({ url: '/Photos/', filename: 'Photos', mimetype: 'text/directory', client: 'dropbox', path: '/Photos/', folder: true });
    links.push(Promise.reject(new Error('the cloud API part could not be loaded')));
    const s2 = jest.fn();
    pickFolder(ctx, [{ services: ['DROPBOX'] }, s2]);
    opened[1].cb.onFolder!({ client: 'dropbox', path: '/', name: 'Dropbox' });
    await until(() => s2.mock.calls.length > 0);
    expect(s2.mock.calls[0][0]).toMatchObject({ url: '/', path: '/' });
    expect(warn.mock.calls.filter((c) => String(c[0]).indexOf('pickFolder: the cloud API gave no link for the folder') >= 0)).toHaveLength(1);
  } finally {
    warn.mockRestore();
  }
});
