import { PickedFile, PickedFileProgress, PickerCallbacks, PickerConfig } from '../core/contracts';
import { NetworkError } from '../core/errors';
import { testDialog } from './__tests__/testDialog';
import { fakeUploader, stored } from './__tests__/fakeUploader';

function config(over: Partial<PickerConfig> = {}): PickerConfig {
  return { container: 'modal', multiple: false, accept: { mimetypes: [], extensions: [] }, folders: false, sources: ['COMPUTER', 'URL'], backgroundUpload: true, hide: false, ...over };
}

function callbacks() {
  const log: string[] = [];
  const cb: PickerCallbacks & { done?: PickedFile[]; error?: Error; progress: PickedFileProgress[] } = {
    progress: [],
    onProgress(p) {
      cb.progress.push(p);
    },
    onDone(files) {
      log.push('done');
      cb.done = files;
    },
    onCancel() {
      log.push('cancel');
    },
    onError(e) {
      log.push('error');
      cb.error = e;
    },
  };
  return { cb, log };
}

function file(name: string, type = 'image/png', size = 10): File {
  return new File([new Uint8Array(size)], name, { type });
}

function choose(files: File[]): void {
  const input = document.querySelector('.fp-dialog input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.textContent = '';
});

describe('picker dialog (jsdom, fake uploader)', () => {
  test('opens an accessible modal, focuses the drop zone, ESC cancels and restores focus', () => {
    const before = document.createElement('button');
    document.body.appendChild(before);
    before.focus();
    const { cb, log } = callbacks();
    testDialog().open(config(), {}, fakeUploader(), cb);
    const dialog = document.querySelector('.fp-dialog') as HTMLElement;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title && title.textContent).toBe('Select a file to upload');
    expect(document.activeElement).toBe(document.querySelector('.fp-drop'));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(log).toEqual(['cancel']);
    expect(document.querySelector('.fp-overlay')).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  test('single mode: a chosen file is uploaded and reported once with client "computer"', async () => {
    const up = fakeUploader();
    const { cb, log } = callbacks();
    testDialog().open(config(), { location: 's3' }, up, cb);
    choose([file('a.png')]);
    await flush();
    expect(up.calls).toHaveLength(1);
    expect(up.calls[0].store).toEqual({ location: 's3' });
    up.calls[0].events.onProgress!({ loaded: 5, total: 10 });
    expect(cb.progress[0]).toEqual({ filename: 'a.png', mimetype: 'image/png', size: 10, loaded: 5, total: 10 });
    up.calls[0].resolve(stored('a.png', 10));
    await flush();
    expect(log).toEqual(['done']);
    expect(cb.done).toEqual([{ ...stored('a.png', 10), client: 'computer' }]);
    expect(document.querySelector('.fp-overlay')).toBeNull();
  });

  test('a file name with markup is shown as text', async () => {
    const { cb } = callbacks();
    testDialog().open(config({ multiple: true }), {}, fakeUploader(), cb);
    choose([file('<img src=x onerror=alert(1)>.png')]);
    await flush();
    const name = document.querySelector('.fp-file-name')!;
    expect(name.textContent).toBe('<img src=x onerror=alert(1)>.png');
    expect(document.querySelector('.fp-dialog img')).toBeNull();
  });

  test('restrictions: type and size are refused before any upload, with a message', async () => {
    const up = fakeUploader();
    const { cb } = callbacks();
    testDialog().open(config({ multiple: true, accept: { mimetypes: ['image/*'], extensions: [] }, maxSize: 100 }), {}, up, cb);
    choose([file('doc.pdf', 'application/pdf'), file('big.png', 'image/png', 200)]);
    await flush();
    expect(up.calls).toHaveLength(0);
    const errors = Array.prototype.map.call(document.querySelectorAll('.fp-errors li'), (n: Element) => n.textContent);
    expect(errors).toEqual(['doc.pdf is not an accepted type. Accepted types: Images', 'big.png is too large (200 B). The largest file allowed is 100 B.']);
  });

  test('multiple + backgroundUpload: uploads start at once, at most 3 at a time; Done finishes', async () => {
    const up = fakeUploader();
    const { cb, log } = callbacks();
    testDialog().open(config({ multiple: true }), {}, up, cb);
    choose([file('1.png'), file('2.png'), file('3.png'), file('4.png')]);
    await flush();
    expect(up.calls).toHaveLength(3);
    const primary = document.querySelector('.fp-primary') as HTMLButtonElement;
    expect(primary.textContent).toBe('Done');
    up.calls.forEach((c, i) => c.resolve(stored(i + '.png', 10)));
    await flush();
    expect(up.calls).toHaveLength(4);
    primary.click();
    expect(log).toEqual([]);
    up.calls[3].resolve(stored('4.png', 10));
    await flush();
    expect(log).toEqual(['done']);
    expect(cb.done).toHaveLength(4);
  });

  test('the primary button pressed while uploads run says it waits for them, and that is announced', async () => {
    const up = fakeUploader();
    const { cb, log } = callbacks();
    testDialog().open(config({ multiple: true }), {}, up, cb);
    choose([file('1.png'), file('2.png')]);
    await flush();
    const primary = document.querySelector('.fp-primary') as HTMLButtonElement;
    up.calls[0].resolve(stored('1.png', 10));
    await flush();
    expect([primary.textContent, primary.disabled]).toEqual(['Done', false]);
    primary.click();
    expect([primary.textContent, primary.disabled]).toEqual(['Waiting for the uploads to finish…', true]);
    expect(document.querySelector('.fp-dialog [role=status]')!.textContent).toBe('Waiting for the uploads to finish…');
    // a failure hands the choice back: the button is Done again (disabled until the file is retried or removed)
    up.calls[1].reject(new Error('filepicker: lost'));
    await flush();
    expect([primary.textContent, primary.disabled]).toEqual(['Done', true]);
    (document.querySelector('.fp-file-failed .fp-retry') as HTMLButtonElement).click();
    await flush();
    expect([primary.textContent, primary.disabled]).toEqual(['Done', false]);
    primary.click();
    expect(primary.textContent).toBe('Waiting for the uploads to finish…');
    up.calls[2].resolve(stored('2.png', 10));
    await flush();
    expect(log).toEqual(['done']);
    expect(cb.done).toHaveLength(2);
  });

  test('Upload (backgroundUpload false) then says it waits for the uploads it started; a single pick has no such button', async () => {
    const up = fakeUploader();
    const { cb } = callbacks();
    const session = testDialog().open(config({ multiple: true, backgroundUpload: false }), {}, up, cb);
    choose([file('1.png')]);
    await flush();
    const primary = document.querySelector('.fp-primary') as HTMLButtonElement;
    expect([primary.textContent, primary.disabled]).toEqual(['Upload', false]);
    primary.click();
    expect([primary.textContent, primary.disabled]).toEqual(['Waiting for the uploads to finish…', true]);
    session.close();
    testDialog().open(config(), {}, fakeUploader(), callbacks().cb);
    choose([file('a.png')]);
    await flush();
    expect((document.querySelector('.fp-primary') as HTMLButtonElement).hidden).toBe(true);
    expect(document.querySelector('.fp-dialog [role=status]')!.textContent).not.toContain('Waiting for the uploads');
  });

  test('backgroundUpload false: nothing is sent until Upload is pressed', async () => {
    const up = fakeUploader();
    const { cb, log } = callbacks();
    testDialog().open(config({ multiple: true, backgroundUpload: false }), {}, up, cb);
    choose([file('1.png'), file('2.png')]);
    await flush();
    expect(up.calls).toHaveLength(0);
    (document.querySelector('.fp-primary') as HTMLButtonElement).click();
    await flush();
    expect(up.calls).toHaveLength(2);
    up.calls.forEach((c) => c.resolve(stored('x.png', 10)));
    await flush();
    expect(log).toEqual(['done']);
  });

  test('a failure shows a retry button that uploads again; retries are shown as they happen', async () => {
    const up = fakeUploader();
    const { cb, log } = callbacks();
    testDialog().open(config({ multiple: true }), {}, up, cb);
    choose([file('a.png')]);
    await flush();
    up.calls[0].events.onRetry!(1, 2000);
    expect(document.querySelector('.fp-file-status')!.textContent).toBe('Connection problem, retrying in 2 s (attempt 1)');
    up.calls[0].reject(new Error('filepicker: the server said no'));
    await flush();
    expect(document.querySelector('.fp-file-status')!.textContent).toBe('Failed: the server said no');
    const retry = document.querySelector('.fp-file-failed .fp-btn:not([hidden])') as HTMLButtonElement;
    expect(retry.textContent).toBe('Retry');
    retry.click();
    await flush();
    expect(up.calls).toHaveLength(2);
    expect(log).toEqual([]);
  });

  test('a refusal (HTTP 400/403/404…) ends the call with the error; the row says so in a sentence, with no retry', async () => {
    const up = fakeUploader();
    const { cb, log } = callbacks();
    testDialog().open(config({ multiple: true }), {}, up, cb);
    choose([file('a.png'), file('b.png')]);
    await flush();
    expect(up.calls).toHaveLength(2);
    const refusal = new NetworkError('filepicker: POST /multipart/start answered HTTP 400', { method: 'POST', url: 'https://fp.test/multipart/start', status: 400, body: 'container: bucket "nope" does not exist' });
    up.calls[0].reject(refusal);
    await flush();
    expect(log).toEqual(['error']);
    expect(cb.error).toBe(refusal);
    const row = document.querySelector('.fp-file-failed') as HTMLElement;
    expect(row.querySelector('.fp-file-status')!.textContent).toBe('The server refused this upload.');
    expect(row.textContent).not.toContain('bucket');
    expect(row.querySelector('.fp-btn:not([hidden]):not(.fp-remove)')).toBeNull();
    // the call has ended: the other file's result is not delivered, and nothing else is reported
    up.calls[1].resolve(stored('b.png', 10));
    await flush();
    (document.querySelector('.fp-close') as HTMLButtonElement).click();
    await flush();
    expect(log).toEqual(['error']);
    expect(document.querySelector('.fp-dialog')).toBeNull();
    // the copy stored after the call ended was never delivered: it is removed from storage
    expect(up.discards.map((d) => d.stored.filename)).toEqual(['b.png']);
  });

  test.each([[408], [429], [503], [0]])('HTTP %p (retrying may help) keeps the Retry button and the call open', async (status) => {
    const up = fakeUploader();
    const { cb, log } = callbacks();
    testDialog().open(config({ multiple: true }), {}, up, cb);
    choose([file('a.png')]);
    await flush();
    up.calls[0].reject(new NetworkError('filepicker: HTTP ' + status, { method: 'PUT', url: 'https://fp.test/x', status }));
    await flush();
    expect(log).toEqual([]);
    expect(cb.error).toBeUndefined();
    expect((document.querySelector('.fp-file-failed .fp-btn:not([hidden])') as HTMLButtonElement).textContent).toBe('Retry');
  });

  test('user close cancels uploads in flight; session.close() calls nothing', async () => {
    const up = fakeUploader();
    const { cb, log } = callbacks();
    testDialog().open(config({ multiple: true }), {}, up, cb);
    choose([file('a.png')]);
    await flush();
    (document.querySelector('.fp-close') as HTMLButtonElement).click();
    expect(up.calls[0].cancelled).toBe(true);
    expect(log).toEqual(['cancel']);
    const s = testDialog().open(config(), {}, up, cb);
    s.close();
    expect(log).toEqual(['cancel']);
    expect(document.querySelector('.fp-overlay')).toBeNull();
  });

  test('hide: the modal hides after selection while progress goes on, then onDone', async () => {
    const up = fakeUploader();
    const { cb, log } = callbacks();
    testDialog().open(config({ hide: true }), {}, up, cb);
    choose([file('a.png')]);
    await flush();
    expect((document.querySelector('.fp-overlay') as HTMLElement).hasAttribute('hidden')).toBe(true);
    up.calls[0].events.onProgress!({ loaded: 10, total: 10 });
    expect(cb.progress).toHaveLength(1);
    up.calls[0].resolve(stored('a.png', 10));
    await flush();
    expect(log).toEqual(['done']);
  });

  test('URL source: the address goes to uploader.storeUrl and the result has client "url"', async () => {
    const up = fakeUploader();
    const { cb } = callbacks();
    testDialog().open(config({ openTo: 'URL' }), {}, up, cb);
    const input = document.querySelector('input[type=url]') as HTMLInputElement;
    expect(document.activeElement).toBe(input);
    input.value = 'not a url';
    input.form!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(document.querySelector('.fp-errors li')!.textContent).toBe('Enter a web address that starts with http:// or https://');
    input.value = 'https://example.com/pic.png';
    input.form!.dispatchEvent(new Event('submit', { cancelable: true }));
    await flush();
    expect(up.calls[0].kind).toBe('storeUrl');
    expect(up.calls[0].url).toBe('https://example.com/pic.png');
    up.calls[0].events.onProgress!({ loaded: 5, total: 5 });
    up.calls[0].resolve(stored('pic.png', 5));
    await flush();
    expect(cb.done![0].client).toBe('url');
    // the server's answer names the type and size: the page's progress carries them, as the Blob does
    expect(cb.progress).toEqual([{ filename: 'pic.png', mimetype: 'image/png', size: 5, loaded: 5, total: 5 }]);
  });

  test('unsupported services are left out with one warning; a missing iframe throws the v2 text', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { cb } = callbacks();
    testDialog().open(config({ sources: ['PICASA', 'COMPUTER', 'EVERNOTE'] }), {}, fakeUploader(), cb);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toContain('PICASA, EVERNOTE');
    expect(document.querySelectorAll('.fp-source')).toHaveLength(0);
    warn.mockRestore();
    expect(() => testDialog().open(config({ container: 'nope' }), {}, fakeUploader(), cb)).toThrow(
      'Container "nope" not found. This should either be set to "window","modal", or the ID of an iframe that is currently in the document.',
    );
  });

  test('popup blocked: onError with a clear message, never alert', async () => {
    const open = jest.spyOn(window, 'open').mockImplementation(() => null);
    const { cb, log } = callbacks();
    testDialog().open(config({ container: 'window' }), {}, fakeUploader(), cb);
    await flush();
    expect(log).toEqual(['error']);
    expect(cb.error!.message).toMatch(/^filepicker: the popup was blocked/);
    open.mockRestore();
  });

  test('iframe container renders into the iframe document', () => {
    const frame = document.createElement('iframe');
    frame.id = 'host';
    document.body.appendChild(frame);
    const { cb } = callbacks();
    const s = testDialog().open(config({ container: 'host' }), {}, fakeUploader(), cb);
    expect(frame.contentDocument!.querySelector('.fp-dialog')).not.toBeNull();
    expect(document.querySelector('.fp-overlay')).toBeNull();
    s.close();
    expect(frame.contentDocument!.querySelector('.fp-dialog')).toBeNull();
  });

  test('backdrop: a click that began inside the dialog does not close; one on the backdrop cancels', () => {
    const { cb, log } = callbacks();
    testDialog().open(config(), {}, fakeUploader(), cb);
    const overlay = document.querySelector('.fp-overlay') as HTMLElement;
    document.querySelector('.fp-title')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    overlay.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(log).toEqual([]);
    overlay.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    overlay.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(log).toEqual(['cancel']);
  });

  test('backgroundUpload false: a failed file is retried at once by its Retry button', async () => {
    const up = fakeUploader();
    const { cb } = callbacks();
    testDialog().open(config({ multiple: true, backgroundUpload: false }), {}, up, cb);
    choose([file('a.png')]);
    (document.querySelector('.fp-primary') as HTMLButtonElement).click();
    await flush();
    up.calls[0].reject(new Error('boom'));
    await flush();
    expect(document.querySelector('.fp-file-status')!.textContent).toBe('Failed: boom');
    (document.querySelector('.fp-file-failed .fp-btn:not([hidden])') as HTMLButtonElement).click();
    await flush();
    expect(up.calls).toHaveLength(2);
  });

  test('Hebrew is right-to-left; the language comes from config, else the browser', () => {
    const { cb } = callbacks();
    const s = testDialog().open(config({ language: 'he' }), {}, fakeUploader(), cb);
    const d = document.querySelector('.fp-dialog')!;
    expect([d.getAttribute('dir'), d.getAttribute('lang')]).toEqual(['rtl', 'he']);
    s.close();
    const nav = jest.spyOn(navigator, 'language', 'get').mockReturnValue('pt-BR');
    const s2 = testDialog().open(config(), {}, fakeUploader(), cb);
    expect(document.querySelector('.fp-dialog')!.getAttribute('lang')).toBe('pt-BR');
    s2.close();
    nav.mockRestore();
  });
});
