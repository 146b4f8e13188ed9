import { PickedFile, PickerCallbacks, PickerConfig } from '../core/contracts';
import { testDialog } from './__tests__/testDialog';
import { fakeUploader, stored } from './__tests__/fakeUploader';

/** The dialog fills only the panel it opens on; the other sources' panels are filled when their tab is first chosen. */

function config(over: Partial<PickerConfig> = {}): PickerConfig {
  return { container: 'modal', multiple: false, accept: { mimetypes: [], extensions: [] }, folders: false, sources: ['COMPUTER', 'URL'], backgroundUpload: true, hide: false, ...over };
}

function callbacks(): PickerCallbacks & { done?: PickedFile[] } {
  const cb: PickerCallbacks & { done?: PickedFile[] } = {
    onDone(files) {
      cb.done = files;
    },
    onCancel() {},
    onError() {},
  };
  return cb;
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const q = <T extends Element>(sel: string): T | null => document.querySelector<T>(sel);
const tab = (source: string): HTMLButtonElement => q<HTMLButtonElement>('.fp-dialog button[data-fp-source="' + source + '"]')!;

afterEach(() => {
  document.body.textContent = '';
});

describe('source panels filled on first use (jsdom, fake uploader)', () => {
  test('the URL panel is empty until its tab is chosen, then works as the first panel would', async () => {
    const up = fakeUploader();
    const cb = callbacks();
    testDialog().open(config(), {}, up, cb);
    // the tab list is complete and every tab is a focusable button
    const buttons = document.querySelectorAll<HTMLButtonElement>('.fp-sources button.fp-source');
    expect(Array.prototype.map.call(buttons, (b: HTMLButtonElement) => b.getAttribute('data-fp-source'))).toEqual(['computer', 'url']);
    for (let i = 0; i < buttons.length; i++) {
      expect(buttons[i].hasAttribute('hidden')).toBe(false);
      expect(buttons[i].tabIndex).toBe(0);
    }
    expect(tab('url').getAttribute('aria-current')).toBe('false');
    const panels = document.querySelectorAll<HTMLElement>('.fp-main > .fp-panel');
    expect(panels).toHaveLength(2);
    const urlPanel = panels[1];
    expect(urlPanel.hasAttribute('hidden')).toBe(true);
    expect(urlPanel.childNodes).toHaveLength(0);
    expect(q('input[type=url]')).toBeNull();

    tab('url').focus();
    tab('url').click();
    expect(tab('url').getAttribute('aria-current')).toBe('true');
    expect(tab('computer').getAttribute('aria-current')).toBe('false');
    expect(urlPanel.hasAttribute('hidden')).toBe(false);
    expect(panels[0].hasAttribute('hidden')).toBe(true);
    const input = q<HTMLInputElement>('input[type=url]')!;
    expect(urlPanel.contains(input)).toBe(true);
    expect(document.activeElement).toBe(tab('url'));

    // choosing it again builds nothing more
    tab('computer').click();
    tab('url').click();
    expect(document.querySelectorAll('input[type=url]')).toHaveLength(1);

    input.value = 'https://example.com/pic.png';
    input.form!.dispatchEvent(new Event('submit', { cancelable: true }));
    await flush();
    expect(up.calls[0].kind).toBe('storeUrl');
    up.calls[0].resolve(stored('pic.png', 5));
    await flush();
    expect(cb.done![0].client).toBe('url');
  });

  test('opened on URL, the COMPUTER panel is filled when chosen and its file input uploads', async () => {
    const up = fakeUploader();
    const cb = callbacks();
    testDialog().open(config({ openTo: 'URL' }), {}, up, cb);
    expect(q('.fp-drop')).toBeNull();
    expect(q('.fp-dialog input[type=file]')).toBeNull();
    tab('computer').click();
    const drop = q<HTMLButtonElement>('.fp-drop')!;
    expect(drop).not.toBeNull();
    expect(q('.fp-panel-computer')!.hasAttribute('hidden')).toBe(false);
    const fileInput = q<HTMLInputElement>('.fp-dialog input[type=file]')!;
    const file = new File([new Uint8Array(10)], 'a.png', { type: 'image/png' });
    Object.defineProperty(fileInput, 'files', { value: [file], configurable: true });
    fileInput.dispatchEvent(new Event('change'));
    await flush();
    expect(up.calls[0].kind).toBe('upload');
    up.calls[0].resolve(stored('a.png', 10));
    await flush();
    expect(cb.done![0].filename).toBe('a.png');
  });

  test('a tab shown because the first one was left out gets its panel filled', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const up = fakeUploader();
    up.offers.answer = () => Promise.resolve([]);
    testDialog().open(config({ sources: ['DROPBOX', 'COMPUTER'] }), {}, up, callbacks());
    expect(q('.fp-drop')).toBeNull();
    await flush();
    await flush();
    expect(tab('dropbox').hasAttribute('hidden')).toBe(true);
    expect(tab('computer').getAttribute('aria-current')).toBe('true');
    expect(q('.fp-drop')).not.toBeNull();
    expect(q('.fp-panel-computer')!.hasAttribute('hidden')).toBe(false);
    warn.mockRestore();
  });
});
