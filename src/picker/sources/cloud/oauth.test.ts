/** The Dropbox tab's OAuth sign-in: the popup opened from the click, its answer (checked by the cloud API), closing it. */
import { CloudListing, PickerConfig } from '../../../core/contracts';
import { NetworkError } from '../../../core/errors';
import { testDialog } from '../../__tests__/testDialog';
import { FAKE_CLOUD_ORIGIN, fakeUploader, stored } from '../../__tests__/fakeUploader';
import { registerLocale } from '../../i18n/registry';
import de from '../../i18n/locales/de';
import { clearPage, pickerConfig, q, qa, recordingCallbacks as callbacks, until, visible, wait } from '../__tests__/panelKit';

const config = (over: Partial<PickerConfig> = {}): PickerConfig => pickerConfig({ sources: ['COMPUTER', 'DROPBOX'], openTo: 'DROPBOX', ...over });

const button = () => q('.fp-cloud-oauth') as HTMLButtonElement;
const message = () => q('.fp-cloud-oauth-signin .fp-cloud-message');
const post = (origin: string, data: unknown) => window.dispatchEvent(new MessageEvent('message', { origin, data }));

const START = 'http://cloud.test/cloud/auth/dropbox/start?s=ST';
const SIGN_IN: CloudListing = { folders: [], files: [], signIn: { redirect: START } };
const ROOT: CloudListing = { folders: [], files: [{ name: 'a.txt', path: '/a.txt', size: 3, mimetype: 'text/plain' }] };

/** Opens the dialog on the Dropbox tab (`over`: more options), whose first listing asks for a sign-in: the button shows. */
async function openSignIn(over: Partial<PickerConfig> = {}) {
  const up = fakeUploader();
  const cb = callbacks();
  testDialog().open(config(over), {}, up, cb);
  await until(() => up.cloudLists.length === 1);
  expect(up.cloudLists[0]).toMatchObject({ cloud: 'dropbox', path: '/' });
  up.cloudLists[0].resolve(SIGN_IN);
  await until(() => visible('.fp-cloud-oauth'));
  return { up, cb };
}

let popup: { closed: boolean };
let open: jest.SpyInstance;
beforeEach(() => {
  popup = { closed: false };
  open = jest.spyOn(window, 'open').mockImplementation(() => popup as unknown as Window);
});
afterEach(() => {
  open.mockRestore();
  clearPage();
});

test('the button opens the OAuth page in a popup; only the cloud API\'s answer signs in; browse and pick', async () => {
  const { up, cb } = await openSignIn();
  expect(q('.fp-source[data-fp-source=dropbox]').textContent).toBe('Dropbox');
  expect(visible('.fp-cloud-form')).toBe(false);
  expect(button().textContent).toBe('Sign in to Dropbox');
  button().click();
  expect(open).toHaveBeenCalledWith(START, 'fp-cloud-dropbox', expect.stringMatching(/width=/));
  expect(button().hasAttribute('disabled')).toBe(true);
  expect(message().textContent).toBe('Signing in…');
  // another page's message, or a wrong shape: ignored
  post('http://evil.test', { type: 'fp-cloud-auth', cloud: 'dropbox', token: 'T' });
  post(FAKE_CLOUD_ORIGIN, { type: 'fp-cloud-auth', cloud: 'ftp', token: 'T' });
  post(FAKE_CLOUD_ORIGIN, 'hello');
  await wait(30);
  expect(up.cloudLists.length).toBe(1);
  post(FAKE_CLOUD_ORIGIN, { type: 'fp-cloud-auth', cloud: 'dropbox', token: 'T' });
  await until(() => up.cloudLists.length === 2);
  expect(visible('.fp-cloud-oauth')).toBe(false);
  up.cloudLists[1].resolve(ROOT);
  await until(() => qa('.fp-cs-file').length === 1);
  const list = q('.fp-cs-list');
  list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
  list.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  await until(() => up.calls.length === 1);
  expect(up.calls[0]).toMatchObject({ kind: 'cloudLink', cloud: { cloud: 'dropbox', path: '/a.txt' } });
  up.calls[0].resolve({ ...stored('a.txt', 3, 'text/plain'), url: 'http://cloud.test/cloud/file/L', linked: true });
  await until(() => !!cb.done);
  expect(cb.done!.map((f) => f.client)).toEqual(['dropbox']);
});

test('a refused consent says why; a popup closed without an answer goes back to the button, saying so', async () => {
  const { up } = await openSignIn();
  button().click();
  post(FAKE_CLOUD_ORIGIN, { type: 'fp-cloud-auth', cloud: 'dropbox', error: 'signin', message: 'dropbox: access denied' });
  await until(() => !button().hasAttribute('disabled'));
  expect(message().textContent).toBe('Could not sign in: dropbox: access denied');
  expect(document.activeElement).toBe(button());
  button().click();
  expect(open).toHaveBeenCalledTimes(2);
  popup.closed = true;
  await until(() => !button().hasAttribute('disabled'));
  expect(message().textContent).toBe('The sign-in window was closed before you signed in.');
  expect(up.cloudLists.length).toBe(1);
  // a blocked popup (window.open gives null) says how to allow it
  open.mockImplementation(() => null);
  button().click();
  expect(message().textContent).toBe('The sign-in window could not open. Allow pop-ups for this page and try again.');
});

test('an answer that arrives just after the popup is seen closed still signs in', async () => {
  const { up } = await openSignIn();
  button().click();
  popup.closed = true;
  // the closed popup is noticed (checked every 250 ms), then its message comes
  await wait(300);
  post(FAKE_CLOUD_ORIGIN, { type: 'fp-cloud-auth', cloud: 'dropbox', token: 'T2' });
  await until(() => up.cloudLists.length === 2);
  expect(message().textContent).not.toBe('The sign-in window was closed before you signed in.');
});

test('the button\'s text is translated; the tab keeps the brand name', async () => {
  registerLocale('de', de);
  await openSignIn({ language: 'de' });
  expect(button().textContent).toBe('Bei Dropbox anmelden');
  expect(q('.fp-source[data-fp-source=dropbox]').textContent).toBe('Dropbox');
});

test('sign out of a tab signed in from the start: the next listing gives the sign-in page, the button says so', async () => {
  const up = fakeUploader();
  testDialog().open(config(), {}, up, callbacks());
  await until(() => up.cloudLists.length === 1);
  up.cloudLists[0].resolve(ROOT);
  await until(() => qa('.fp-cs-file').length === 1);
  (q('.fp-cloud-signout') as HTMLButtonElement).click();
  expect(up.logouts.map((l) => l.cloud)).toEqual(['dropbox']);
  up.logouts[0].resolve();
  await until(() => up.cloudLists.length === 2);
  expect(visible('.fp-cloud-oauth')).toBe(false);
  up.cloudLists[1].resolve(SIGN_IN);
  await until(() => visible('.fp-cloud-oauth'));
  expect(visible('.fp-cloud-form')).toBe(false);
  expect(message().textContent).toBe('Signed out of Dropbox');
  expect(document.activeElement).toBe(button());
  button().click();
  expect(open).toHaveBeenCalledWith(START, 'fp-cloud-dropbox', expect.any(String));
});

test('the provider limiting requests or not answering: a sentence of the dialog\'s language naming the source, and Retry', async () => {
  registerLocale('de', de);
  const up = fakeUploader();
  testDialog().open(config(), {}, up, callbacks());
  await until(() => up.cloudLists.length === 1);
  const failure = (status: number, reason: string) => new NetworkError('filepicker: the dropbox source failed: dropbox: Dropbox limits requests; try again later (HTTP ' + status + ', ' + reason + ')', { method: 'POST', url: 'http://cloud.test/cloud/folder/list', status, provider: 'dropbox', reason });
  up.cloudLists[0].reject(failure(429, 'ratelimit'));
  await until(() => visible('.fp-cs-status button'));
  const status = () => q('.fp-cs-status span').textContent;
  const retry = () => q('.fp-cs-status button') as HTMLButtonElement;
  expect(status()).toBe('The folder could not be opened: Dropbox is limiting requests. Try again in a moment.');
  retry().focus();
  retry().click();
  await until(() => up.cloudLists.length === 2);
  up.cloudLists[1].reject(failure(502, 'upstream'));
  await until(() => /not answering/.test(status() || ''));
  expect(status()).toBe('The folder could not be opened: Dropbox is not answering. Try again later.');
  // Retry had the focus and is hidden once the folder is listed: the focus goes on to the list, not to the page
  expect(document.activeElement).toBe(retry());
  retry().click();
  await until(() => up.cloudLists.length === 3);
  up.cloudLists[2].resolve(ROOT);
  await until(() => qa('.fp-cs-file').length === 1);
  expect(visible('.fp-cs-status')).toBe(false);
  expect(document.activeElement).toBe(q('.fp-cs-list'));
  clearPage();
  // in German; another cause keeps the error's own text
  const de2 = fakeUploader();
  testDialog().open(config({ language: 'de' }), {}, de2, callbacks());
  await until(() => de2.cloudLists.length === 1);
  de2.cloudLists[0].reject(failure(504, 'timeout'));
  await until(() => visible('.fp-cs-status button'));
  expect(status()).toBe('Der Ordner konnte nicht geöffnet werden: Dropbox antwortet nicht. Versuchen Sie es später erneut.');
  retry().click();
  await until(() => de2.cloudLists.length === 2);
  de2.cloudLists[1].reject(failure(404, 'notfound'));
  await until(() => /HTTP 404/.test(status() || ''));
  expect(status()).toBe('Der Ordner konnte nicht geöffnet werden: the dropbox source failed: dropbox: Dropbox limits requests; try again later (HTTP 404, notfound)');
});
