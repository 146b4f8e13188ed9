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
    uploader: () => ({}) as Uploader,
  });
  ctx.configureHosts('https://fp.test');
  ctx.setKey('K');
  return { ctx, opened };
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

test('onSuccess gets the folder data object; close is FPError 101; close() calls nothing', async () => {
  const { ctx, opened } = setup();
  const s = jest.fn();
  const e = jest.fn();
  pickFolder(ctx, [{ services: ['FTP'] }, s, e]);
  opened[0].cb.onFolder!({ client: 'ftp', path: '/docs/2024/', name: '2024' });
  await until(() => s.mock.calls.length > 0);
  expect(s.mock.calls).toEqual([[{ url: '/docs/2024/', filename: '2024', mimetype: 'text/directory', client: 'ftp', path: '/docs/2024/', folder: true }]]);
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
  opened[2].cb.onFolder!({ client: 'ftp', path: '/', name: 'FTP' });
  await wait();
  expect(s3).not.toHaveBeenCalled();
  expect(e3).not.toHaveBeenCalled();
});
