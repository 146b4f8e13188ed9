import { CloudListing, PickerConfig } from '../../../core/contracts';
import { NetworkError } from '../../../core/errors';
import { testDialog } from '../../__tests__/testDialog';
import { fakeUploader, stored } from '../../__tests__/fakeUploader';
import { registerLocale } from '../../i18n/registry';
import de from '../../i18n/locales/de';
import { planSources, unsupportedWarnings } from '../../services';
import { clearPage, listKey as key, names, pickerConfig, q, qa, recordingCallbacks as callbacks, until, visible } from '../__tests__/panelKit';

const config = (over: Partial<PickerConfig> = {}): PickerConfig => pickerConfig({ sources: ['COMPUTER', 'FTP', 'WEBDAV'], openTo: 'FTP', ...over });

const input = (name: string) => q('.fp-cloud-form input[name=' + name + ']') as HTMLInputElement;
const submit = () => q('.fp-cloud-form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

const SIGN_IN: CloudListing = { folders: [], files: [], signIn: { fields: ['host', 'port', 'user', 'password', 'secure'] } };
const ROOT: CloudListing = {
  folders: [{ name: 'docs', path: '/docs/' }],
  files: [{ name: 'a.txt', path: '/a.txt', size: 3, mimetype: 'text/plain' }, { name: 'big.bin', path: '/big.bin', size: 5000, mimetype: 'application/octet-stream' }],
};
const DOCS: CloudListing = { folders: [], files: [{ name: 'r.pdf', path: '/docs/r.pdf', size: 9, mimetype: 'application/pdf' }] };
const signInError = () => new NetworkError('filepicker: the ftp source failed: ftp: sign-in failed (wrong user or password) (HTTP 401, signin)', { method: 'POST', url: 'u', status: 401, provider: 'ftp', reason: 'signin' });

afterEach(clearPage);

test('every cloud service is a tab (SKYDRIVE is OneDrive); services without a provider anywhere still warn', () => {
  const clouds = ['FTP', 'WEBDAV', 'DROPBOX', 'BOX', 'SKYDRIVE', 'GITHUB', 'GMAIL', 'FACEBOOK', 'INSTAGRAM', 'FLICKR'];
  expect(planSources(config({ sources: clouds.concat('PICASA') }))).toMatchObject({ sources: clouds, unsupported: ['PICASA'] });
  expect(unsupportedWarnings(['GENERIC']).join('\n')).toMatch(/GENERIC yet; left out \(available: .*FTP, WEBDAV, DROPBOX, GOOGLE_DRIVE, GDRIVE, BOX, SKYDRIVE/);
});

test('GOOGLE_DRIVE and GDRIVE are one "Google Drive" tab (openTo either); its id paths show as folder names in the crumbs', async () => {
  expect(planSources(config({ sources: ['GDRIVE', 'FTP', 'GOOGLE_DRIVE'], openTo: 'GOOGLE_DRIVE' }))).toMatchObject({ sources: ['GDRIVE', 'FTP'], first: 'GDRIVE', unsupported: [] });
  const up = fakeUploader();
  testDialog().open(config({ sources: ['COMPUTER', 'GOOGLE_DRIVE', 'GDRIVE'], openTo: 'GDRIVE' }), {}, up, callbacks());
  await until(() => up.cloudLists.length === 1);
  expect(up.cloudLists[0]).toMatchObject({ cloud: 'googledrive', path: '/' });
  expect(qa('.fp-source').map((b) => b.textContent)).toEqual(['My Device', 'Google Drive']);
  up.cloudLists[0].resolve({ folders: [{ name: 'Photos', path: '/1AbC_x/' }], files: [{ name: 'a.jpg', path: '/zz9', size: 3, mimetype: 'image/jpeg' }] });
  await until(() => names().length === 2);
  expect(q('.fp-cs-crumbs').textContent).toBe('Google Drive');
  key('Enter');
  await until(() => up.cloudLists.length === 2);
  expect(up.cloudLists[1]).toMatchObject({ cloud: 'googledrive', path: '/1AbC_x/' });
  expect(qa('.fp-cs-crumbs li').map((l) => l.textContent)).toEqual(['Google Drive', 'Photos']);
});

test('sign in to FTP with the form (a wrong password says why), browse, pick: the result links to the file', async () => {
  const up = fakeUploader();
  const cb = callbacks();
  testDialog().open(config(), {}, up, cb);
  await until(() => up.cloudLists.length === 1);
  expect(up.cloudLists[0]).toMatchObject({ cloud: 'ftp', path: '/' });
  expect(qa('.fp-source').map((b) => b.textContent)).toEqual(['My Device', 'FTP', 'WebDAV']);
  up.cloudLists[0].resolve(SIGN_IN);
  await until(() => visible('.fp-cloud-form'));
  expect(q('.fp-cloud-title').textContent).toBe('Sign in to FTP');
  expect(document.activeElement).toBe(input('host'));
  expect(qa('.fp-cloud-form label').map((l) => l.textContent)).toEqual(['Server', 'Port', 'User name', 'Password']);
  expect(input('password').type).toBe('password');
  submit();
  expect(up.signIns).toEqual([]);
  expect(input('host').getAttribute('aria-invalid')).toBe('true');
  input('host').value = ' 127.0.0.1 ';
  input('port').value = '2121';
  input('user').value = 'alice';
  input('password').value = 'bad';
  submit();
  expect(up.signIns.map((s) => s.fields)).toEqual([{ host: '127.0.0.1', port: '2121', user: 'alice', password: 'bad' }]);
  expect(q('.fp-cloud-message').textContent).toBe('Signing in…');
  up.signIns[0].reject(signInError());
  await until(() => /Could not sign in/.test(q('.fp-cloud-message').textContent || ''));
  expect(q('.fp-cloud-message').textContent).toBe('Could not sign in: the ftp source failed: ftp: sign-in failed (wrong user or password) (HTTP 401, signin)');
  expect(document.activeElement).toBe(input('password'));
  input('password').value = 'good';
  submit();
  up.signIns[1].resolve();
  await until(() => up.cloudLists.length === 2);
  expect(input('password').value).toBe('');
  expect(visible('.fp-cloud-form')).toBe(false);
  up.cloudLists[1].resolve(ROOT);
  await until(() => names().length === 3);
  expect(q('.fp-cs-crumbs').textContent).toBe('FTP');
  expect(document.activeElement).toBe(q('.fp-cs-list'));
  key('ArrowDown');
  key('Enter');
  await until(() => up.calls.length === 1);
  expect(up.calls[0]).toMatchObject({ kind: 'cloudLink', cloud: { cloud: 'ftp', path: '/a.txt' } });
  up.calls[0].resolve({ ...stored('a.txt', 3, 'text/plain'), url: 'http://127.0.0.1/cloud/file/L', linked: true });
  await until(() => !!cb.done);
  expect(cb.done).toEqual([expect.objectContaining({ filename: 'a.txt', client: 'ftp', url: 'http://127.0.0.1/cloud/file/L' })]);
});

test('pickAndStore, multiple: files selected in two folders are copied; restrictions refuse before any copy', async () => {
  const up = fakeUploader();
  const cb = callbacks();
  testDialog().open(config({ multiple: true, cloudStore: true, openTo: 'WEBDAV', maxSize: 100 }), { location: 's3', path: 'in/' }, up, cb);
  await until(() => up.cloudLists.length === 1);
  expect(up.cloudLists[0].cloud).toBe('webdav');
  up.cloudLists[0].resolve(ROOT);
  await until(() => names().length === 3);
  qa('.fp-cs-file')[0].click();
  qa('.fp-cs-file')[1].click();
  key('Home');
  key('Enter');
  await until(() => up.cloudLists.length === 2);
  expect(up.cloudLists[1].path).toBe('/docs/');
  up.cloudLists[1].resolve(DOCS);
  await until(() => names()[0] === 'r.pdf');
  key(' ');
  expect(q('.fp-cs-add').textContent).toBe('Add selected (3)');
  (q('.fp-cs-add') as HTMLButtonElement).click();
  await until(() => up.calls.length === 2);
  expect(up.calls.map((c) => [c.kind, c.cloud!.path, c.store.path])).toEqual([['cloudStore', '/a.txt', 'in/'], ['cloudStore', '/docs/r.pdf', 'in/']]);
  expect(qa('.fp-errors li').map((n) => n.textContent)).toEqual([expect.stringMatching(/^big\.bin is too large/)]);
  up.calls[0].resolve(stored('a.txt', 3));
  up.calls[1].resolve(stored('r.pdf', 9));
  await until(() => qa('.fp-file-done').length === 2);
  (q('.fp-primary') as HTMLButtonElement).click();
  await until(() => !!cb.done);
  expect(cb.done!.map((f) => f.client)).toEqual(['webdav', 'webdav']);
});

test('a photo listed without a size (FACEBOOK): no size shown, not refused as empty; its copy carries maxSize for the server to check', async () => {
  const up = fakeUploader();
  testDialog().open(config({ sources: ['COMPUTER', 'FACEBOOK'], openTo: 'FACEBOOK', multiple: true, cloudStore: true, maxSize: 100 }), { location: 's3' }, up, callbacks());
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve({ folders: [], files: [{ name: 'a.jpg', path: '/1/2', size: 0, sizeUnknown: true, mimetype: 'image/jpeg' }, { name: 'big.jpg', path: '/1/3', size: 5000, mimetype: 'image/jpeg' }] });
  await until(() => names().length === 2);
  expect(qa('.fp-cs-meta').map((m) => m.textContent)).toEqual(['', '4.9 KB']);
  qa('.fp-cs-file')[0].click();
  qa('.fp-cs-file')[1].click();
  (q('.fp-cs-add') as HTMLButtonElement).click();
  await until(() => up.calls.length === 1);
  expect(up.calls[0]).toMatchObject({ kind: 'cloudStore', cloud: { cloud: 'facebook', path: '/1/2', maxSize: 100 } });
  expect(qa('.fp-errors li').map((n) => n.textContent)).toEqual([expect.stringMatching(/^big\.jpg is too large/)]);
});

test('a photo listed without a size that the server refuses for the maxSize (413 toolarge, its size and the limit): the row says the size sentence in the dialog\'s language, no Retry', async () => {
  registerLocale('de', de);
  const up = fakeUploader();
  const cb = callbacks();
  testDialog().open(config({ sources: ['COMPUTER', 'FACEBOOK'], openTo: 'FACEBOOK', multiple: true, cloudStore: true, maxSize: 1000, language: 'de' }), { location: 's3' }, up, cb);
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve({ folders: [], files: [{ name: 'a.jpg', path: '/1/2', size: 0, sizeUnknown: true, mimetype: 'image/jpeg' }, { name: 'b.jpg', path: '/1/3', size: 0, sizeUnknown: true, mimetype: 'image/jpeg' }] });
  await until(() => names().length === 2);
  qa('.fp-cs-file')[0].click();
  qa('.fp-cs-file')[1].click();
  (q('.fp-cs-add') as HTMLButtonElement).click();
  await until(() => up.calls.length === 2);
  const message = 'filepicker: the facebook source failed: facebook: /1/2 is 3000 bytes, above the picker\'s maxSize of 1000 bytes (HTTP 413, toolarge)';
  const refused = new NetworkError(message, { method: 'POST', url: 'u', status: 413, provider: 'facebook', reason: 'toolarge', size: 3000, maxSize: 1000 });
  up.calls[0].reject(refused);
  // a 413 that does not name the sizes (another server): the server refused it
  up.calls[1].reject(new NetworkError('filepicker: the facebook source failed: HTTP 413 (HTTP 413, toolarge)', { method: 'POST', url: 'u', status: 413, provider: 'facebook', reason: 'toolarge' }));
  await until(() => qa('.fp-file-failed').length === 2);
  expect(qa('.fp-file-failed .fp-file-status').map((n) => n.textContent)).toEqual(['a.jpg ist zu groß (2.9 KB). Die maximale Dateigröße beträgt 1000 B.', 'Der Server hat das Hochladen abgelehnt.']);
  expect(qa('.fp-file-failed .fp-retry').map((n) => (n as HTMLElement).hidden)).toEqual([true, true]);
  expect(cb.error).toBe(refused);
});

test('a photo of unknown size whose copy the server stopped at the maxSize (413 toolarge naming only the limit): the row says it is larger than the limit, in the size sentence; onError has the refusal, as for a known size', async () => {
  const up = fakeUploader();
  const cb = callbacks();
  testDialog().open(config({ sources: ['COMPUTER', 'FACEBOOK'], openTo: 'FACEBOOK', cloudStore: true, maxSize: 1000 }), { location: 's3' }, up, cb);
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve({ folders: [], files: [{ name: 'a.jpg', path: '/1/2', size: 0, sizeUnknown: true, mimetype: 'image/jpeg' }] });
  await until(() => names().length === 1);
  qa('.fp-cs-file')[0].click();
  await until(() => up.calls.length === 1);
  const message = 'filepicker: the facebook source failed: facebook: /1/2 is above the picker\'s maxSize of 1000 bytes (HTTP 413, toolarge)';
  const refused = new NetworkError(message, { method: 'POST', url: 'u', status: 413, provider: 'facebook', reason: 'toolarge', maxSize: 1000 });
  up.calls[0].reject(refused);
  await until(() => qa('.fp-file-failed').length === 1);
  expect(qa('.fp-file-failed .fp-file-status').map((n) => n.textContent)).toEqual(['a.jpg is too large (> 1000 B). The largest file allowed is 1000 B.']);
  expect(qa('.fp-file-failed .fp-retry').map((n) => (n as HTMLElement).hidden)).toEqual([true]);
  expect(cb.error).toBe(refused);
});

test('sign out ends the session and shows the form; a sign-in that ended shows it again, saying so', async () => {
  const up = fakeUploader();
  testDialog().open(config({ multiple: true }), {}, up, callbacks());
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve(ROOT);
  await until(() => names().length === 3);
  qa('.fp-cs-file')[0].click();
  (q('.fp-cloud-signout') as HTMLButtonElement).click();
  expect(up.logouts.map((l) => l.cloud)).toEqual(['ftp']);
  up.logouts[0].resolve();
  await until(() => visible('.fp-cloud-form'));
  expect(q('.fp-cloud-message').textContent).toBe('Signed out of FTP');
  expect(names()).toEqual([]);
  expect(document.activeElement).toBe(input('host'));
  input('host').value = 'h';
  submit();
  up.signIns[0].resolve();
  await until(() => up.cloudLists.length === 2);
  up.cloudLists[1].resolve(ROOT);
  await until(() => names().length === 3);
  // the selection of the earlier sign-in is gone
  expect(q('.fp-cs-add').textContent).toBe('Add selected (0)');
  key('Home');
  key('Enter');
  await until(() => up.cloudLists.length === 3);
  up.cloudLists[2].reject(signInError());
  await until(() => visible('.fp-cloud-form'));
  expect(q('.fp-cloud-message').textContent).toBe('Your sign-in has ended. Sign in again.');
  expect(q('.fp-cs-status').hasAttribute('hidden')).toBe(true);
});

test('the values a demo source offers fill the form', async () => {
  const up = fakeUploader();
  testDialog().open(config({ openTo: 'WEBDAV' }), {}, up, callbacks());
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve({ folders: [], files: [], signIn: { fields: ['url', 'user', 'password'], defaults: { url: 'http://127.0.0.1:1/', user: 'demo', password: 'pw', other: 'x' } } });
  await until(() => visible('.fp-cloud-form'));
  expect(['url', 'user', 'password'].map((n) => input(n).value)).toEqual(['http://127.0.0.1:1/', 'demo', 'pw']);
  expect(qa('.fp-cloud-form label').map((l) => l.textContent)).toEqual(['Address (URL)', 'User name', 'Password']);
});

test('a source the server does not offer: its tab is left out with one warning, the first other tab is shown', async () => {
  const up = fakeUploader();
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    testDialog().open(config(), {}, up, callbacks());
    await until(() => up.cloudLists.length === 1);
    up.cloudLists[0].reject(new NetworkError('filepicker: the ftp source failed: ftp is not enabled on this server (HTTP 400, unavailable)', { method: 'POST', url: 'u', status: 400, provider: 'ftp', reason: 'unavailable' }));
    await until(() => q('.fp-source[data-fp-source=ftp]').hasAttribute('hidden'));
    expect(q('.fp-source[data-fp-source=computer]').getAttribute('aria-current')).toBe('true');
    expect(q('.fp-cloud').hasAttribute('hidden')).toBe(true);
    expect(warn.mock.calls.map((c) => c[0])).toEqual(['filepicker: the dialog leaves out FTP: the server does not offer it (the ftp source failed: ftp is not enabled on this server (HTTP 400, unavailable)).']);
  } finally {
    warn.mockRestore();
  }
});

test('another failure of a listing shows its message and Retry in the browser (a server not answering: a sentence naming the source)', async () => {
  const up = fakeUploader();
  testDialog().open(config(), {}, up, callbacks());
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].reject(new NetworkError('filepicker: the ftp source failed: ftp: the server failed (HTTP 502, upstream)', { method: 'POST', url: 'u', status: 502, provider: 'ftp', reason: 'upstream' }));
  await until(() => /could not be opened/.test(q('.fp-cs-status').textContent || ''));
  expect(q('.fp-cs-status').textContent).toBe('The folder could not be opened: FTP is not answering. Try again later. Retry');
  expect(visible('.fp-cloud-form')).toBe(false);
});

test('a copy that fails because the provider limits requests or is not answering: the row says so in the dialog\'s language, naming the source; Retry copies', async () => {
  registerLocale('de', de);
  const up = fakeUploader();
  const cb = callbacks();
  testDialog().open(config({ multiple: true, cloudStore: true, language: 'de' }), { location: 's3' }, up, cb);
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve(ROOT);
  await until(() => names().length === 3);
  qa('.fp-cs-file')[0].click();
  (q('.fp-cs-add') as HTMLButtonElement).click();
  await until(() => up.calls.length === 1);
  const failure = (status: number, reason: string) => new NetworkError('filepicker: the ftp source failed: ftp: the server failed (HTTP ' + status + ', ' + reason + ')', { method: 'POST', url: 'u', status, provider: 'ftp', reason });
  const status = () => q('.fp-file .fp-file-status').textContent;
  up.calls[0].reject(failure(502, 'upstream'));
  await until(() => qa('.fp-file-failed').length === 1);
  expect(status()).toBe('Fehlgeschlagen: FTP antwortet nicht. Versuchen Sie es später erneut.');
  expect(cb.error).toBeUndefined();
  (q('.fp-file .fp-retry') as HTMLButtonElement).click();
  await until(() => up.calls.length === 2);
  up.calls[1].reject(failure(429, 'ratelimit'));
  await until(() => qa('.fp-file-failed').length === 1);
  expect(status()).toBe('Fehlgeschlagen: FTP begrenzt gerade die Anfragen. Versuchen Sie es gleich noch einmal.');
  (q('.fp-file .fp-retry') as HTMLButtonElement).click();
  await until(() => up.calls.length === 3);
  up.calls[2].resolve(stored('a.txt', 3, 'text/plain'));
  await until(() => qa('.fp-file-done').length === 1);
  (q('.fp-primary') as HTMLButtonElement).click();
  await until(() => !!cb.done);
  expect(cb.done!.map((f) => [f.filename, f.client])).toEqual([['a.txt', 'ftp']]);
});
