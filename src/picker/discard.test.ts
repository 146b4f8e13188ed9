import { PickedFile, PickerConfig } from '../core/contracts';
import { testDialog } from './__tests__/testDialog';
import { fakeUploader, stored } from './__tests__/fakeUploader';

/** The dialog removes from storage every copy it stored but does not return (jsdom, fake uploader). */

function config(over: Partial<PickerConfig> = {}): PickerConfig {
  return { container: 'modal', multiple: true, accept: { mimetypes: [], extensions: [] }, folders: false, sources: ['COMPUTER'], backgroundUpload: true, hide: false, ...over };
}

function callbacks() {
  const log: string[] = [];
  const cb = {
    done: undefined as PickedFile[] | undefined,
    onDone(files: PickedFile[]) {
      log.push('done');
      cb.done = files;
    },
    onCancel() {
      log.push('cancel');
    },
    onError() {
      log.push('error');
    },
  };
  return { cb, log };
}

function choose(names: string[]): void {
  const input = document.querySelector('.fp-dialog input[type=file]') as HTMLInputElement;
  const files = names.map((n) => new File([new Uint8Array(10)], n, { type: 'text/plain' }));
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const handles = (up: ReturnType<typeof fakeUploader>) => up.discards.map((d) => d.stored.handle);

afterEach(() => {
  document.body.textContent = '';
  jest.restoreAllMocks();
});

describe('discarding stored copies that are not returned', () => {
  test('removing an uploaded file from the list discards it; the others are returned and kept', async () => {
    const up = fakeUploader();
    const { cb, log } = callbacks();
    testDialog().open(config(), {}, up, cb);
    choose(['a.txt', 'bb.txt']);
    await flush();
    up.calls[0].resolve(stored('a.txt', 10));
    up.calls[1].resolve(stored('bb.txt', 10));
    await flush();
    expect(up.discards).toHaveLength(0);
    (document.querySelector('.fp-file .fp-remove') as HTMLButtonElement).click();
    expect(handles(up)).toEqual(['H5']);
    (document.querySelector('.fp-primary') as HTMLButtonElement).click();
    await flush();
    expect(log).toEqual(['done']);
    expect(cb.done!.map((f) => f.handle)).toEqual(['H6']);
    expect(handles(up)).toEqual(['H5']);
  });

  test('removing a file still uploading cancels it and discards nothing', async () => {
    const up = fakeUploader();
    const { cb } = callbacks();
    testDialog().open(config(), {}, up, cb);
    choose(['a.txt']);
    await flush();
    (document.querySelector('.fp-file .fp-remove') as HTMLButtonElement).click();
    expect(up.calls[0].cancelled).toBe(true);
    expect(up.discards).toHaveLength(0);
  });

  test('closing the dialog (user close or session.close) discards the copies already stored', async () => {
    const up = fakeUploader();
    const { cb, log } = callbacks();
    testDialog().open(config(), {}, up, cb);
    choose(['a.txt', 'bb.txt']);
    await flush();
    up.calls[0].resolve(stored('a.txt', 10));
    await flush();
    (document.querySelector('.fp-close') as HTMLButtonElement).click();
    expect(log).toEqual(['cancel']);
    expect(up.calls[1].cancelled).toBe(true);
    expect(handles(up)).toEqual(['H5']);

    const up2 = fakeUploader();
    const s = testDialog().open(config(), {}, up2, cb);
    choose(['ccc.txt']);
    await flush();
    up2.calls[0].resolve(stored('ccc.txt', 10));
    await flush();
    s.close();
    expect(handles(up2)).toEqual(['H7']);
  });

  test('a refused discard does not change the pick: one console.warn, without policy or signature', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const up = fakeUploader();
    const { cb, log } = callbacks();
    testDialog().open(config(), {}, up, cb);
    choose(['a.txt', 'bb.txt', 'ccc.txt']);
    await flush();
    up.calls.forEach((c, i) => c.resolve(stored(['a.txt', 'bb.txt', 'ccc.txt'][i], 10)));
    await flush();
    (document.querySelector('.fp-file .fp-remove') as HTMLButtonElement).click();
    (document.querySelector('.fp-file .fp-remove') as HTMLButtonElement).click();
    up.discards.forEach((d) => d.reject(new Error('filepicker: the remove request failed: HTTP 403 policy: `call` does not allow "remove"')));
    await flush();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toBe('filepicker: could not remove the unused copy H5 (a.txt) from storage: the remove request failed: HTTP 403 policy: `call` does not allow "remove"');
    (document.querySelector('.fp-primary') as HTMLButtonElement).click();
    await flush();
    expect(log).toEqual(['done']);
    expect(cb.done!.map((f) => f.filename)).toEqual(['ccc.txt']);
  });
});
