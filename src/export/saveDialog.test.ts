import { openSaveDialog } from './saveDialog';
import { registerLocale } from '../picker/i18n/registry';
import de from '../picker/i18n/locales/de';

function opener(): HTMLButtonElement {
  const b = document.createElement('button');
  document.body.appendChild(b);
  b.focus();
  return b;
}

const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('openSaveDialog', () => {
  test('English text from the translator; the file name is the description; focus on Download', () => {
    const cb = { onDownload: jest.fn(), onCancel: jest.fn() };
    const d = openSaveDialog(document, 'a <b>.txt', cb);
    const dialog = d.root.querySelector('[role=dialog]') as HTMLElement;
    expect(dialog.getAttribute('lang')).toBe('en');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Save file');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe('a <b>.txt');
    const buttons = dialog.querySelectorAll('button');
    expect([buttons[0].textContent, buttons[1].textContent]).toEqual(['Download to this computer', 'Cancel']);
    expect(document.activeElement).toBe(buttons[0]);
    d.close();
  });

  test("the browser's language when its table is registered", () => {
    registerLocale('de', de);
    const nav = jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('de-DE');
    try {
      const d = openSaveDialog(document, 'x', { onDownload: jest.fn(), onCancel: jest.fn() });
      const dialog = d.root.querySelector('[role=dialog]') as HTMLElement;
      expect(dialog.getAttribute('lang')).toBe('de');
      expect(dialog.querySelector('h2')!.textContent).toBe('Datei speichern');
      expect(Array.prototype.map.call(dialog.querySelectorAll('button'), (b: Element) => b.textContent)).toEqual(['Auf diesen Computer herunterladen', 'Abbrechen']);
      d.close();
    } finally {
      nav.mockRestore();
    }
  });

  test('Escape, Cancel and a backdrop click cancel once; focus goes back to the opener', () => {
    for (const how of ['escape', 'cancel', 'backdrop']) {
      const before = opener();
      const cb = { onDownload: jest.fn(), onCancel: jest.fn() };
      const d = openSaveDialog(document, 'x', cb);
      if (how === 'escape') press('Escape');
      else if (how === 'cancel') (d.root.querySelectorAll('button')[1] as HTMLButtonElement).click();
      else d.root.click();
      expect(cb.onCancel).toHaveBeenCalledTimes(1);
      expect(cb.onDownload).not.toHaveBeenCalled();
      expect(d.root.parentNode).toBeNull();
      expect(document.activeElement).toBe(before);
      press('Escape');
      expect(cb.onCancel).toHaveBeenCalledTimes(1);
    }
  });

  test('a click inside the dialog (not on the backdrop) does not cancel; close() calls nothing', () => {
    const before = opener();
    const cb = { onDownload: jest.fn(), onCancel: jest.fn() };
    const d = openSaveDialog(document, 'x', cb);
    (d.root.querySelector('[role=dialog]') as HTMLElement).click();
    expect(cb.onCancel).not.toHaveBeenCalled();
    d.close();
    expect(d.root.parentNode).toBeNull();
    expect(document.activeElement).toBe(before);
    expect(cb.onCancel).not.toHaveBeenCalled();
    expect(cb.onDownload).not.toHaveBeenCalled();
  });
});
